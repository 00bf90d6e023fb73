/**
 * A small structural model of the iptables rules a node holds, close enough to the kernel's own
 * representation to render both `iptables-save` and `iptables -L` exactly, and to let a packet
 * tracer walk the chains.
 */

export type L4 = 'tcp' | 'udp' | 'sctp';

export type Match =
  | { m: 'comment'; text: string }
  /** `-m tcp|udp|sctp [--dport N]` */
  | { m: 'l4'; proto: L4; dport?: number }
  | { m: 'addrtype'; src?: 'LOCAL'; dst?: 'LOCAL' }
  | { m: 'conntrack'; states: ConntrackState[]; invert?: boolean }
  | { m: 'mark'; value: number; mask: number; invert?: boolean }
  /** `-m statistic --mode random --probability`; `probability` is the kernel-rounded text. */
  | { m: 'statistic'; probability: string }
  | { m: 'recent'; op: 'set' | 'rcheck'; name: string; seconds?: number; reap?: boolean };

export type ConntrackState = 'INVALID' | 'NEW' | 'RELATED' | 'ESTABLISHED' | 'DNAT';

export type Target =
  /** ACCEPT, DROP, RETURN or a user chain. */
  | { t: 'jump'; to: string }
  | { t: 'REJECT' }
  | { t: 'DNAT'; to: string }
  | { t: 'MASQUERADE'; randomFully: boolean }
  | { t: 'MARK'; value: number; mask: number };

export interface Rule {
  /** CIDR with prefix length (`10.244.1.5/32`). */
  src?: string;
  srcInvert?: boolean;
  dst?: string;
  dstInvert?: boolean;
  proto?: L4;
  matches: Match[];
  /** Absent for a rule that only counts (the last KUBE-FW rule). */
  target?: Target;
}

export type TableName = 'mangle' | 'filter' | 'nat';

export interface Table {
  name: TableName;
  /** Built-in chains in hook order. */
  builtins: string[];
  /** User chains sorted the way iptables-save lists them (byte order). */
  userChains: string[];
  /** Rules of every chain (built-in and user), in chain order. */
  rules: Map<string, Rule[]>;
}

const BUILTINS: Record<TableName, string[]> = {
  mangle: ['PREROUTING', 'INPUT', 'FORWARD', 'OUTPUT', 'POSTROUTING'],
  filter: ['INPUT', 'FORWARD', 'OUTPUT'],
  nat: ['PREROUTING', 'INPUT', 'OUTPUT', 'POSTROUTING'],
};

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Accumulates rules per chain; chains may be declared before they get rules (or never get any). */
export class TableBuilder {
  private readonly chains = new Map<string, Rule[]>();

  constructor(readonly name: TableName) {
    for (const b of BUILTINS[name]) this.chains.set(b, []);
  }

  chain(name: string): Rule[] {
    let list = this.chains.get(name);
    if (!list) {
      list = [];
      this.chains.set(name, list);
    }
    return list;
  }

  add(chain: string, rule: Rule): void {
    this.chain(chain).push(rule);
  }

  build(): Table {
    const builtins = BUILTINS[this.name];
    const userChains = [...this.chains.keys()].filter((c) => !builtins.includes(c)).sort(byteOrder);
    const rules = new Map<string, Rule[]>();
    for (const c of [...builtins, ...userChains]) rules.set(c, this.chains.get(c) ?? []);
    return { name: this.name, builtins, userChains, rules };
  }
}

export const host = (ip: string) => (ip.includes('/') ? ip : `${ip}/32`);
export const comment = (text: string): Match => ({ m: 'comment', text });
export const jump = (to: string): Target => ({ t: 'jump', to });

/** Number of rules in the table that jump to `chain` (what `iptables -L` calls references). */
export function references(table: Table, chain: string): number {
  let n = 0;
  for (const rules of table.rules.values())
    for (const r of rules) if (r.target?.t === 'jump' && r.target.to === chain) n++;
  return n;
}
