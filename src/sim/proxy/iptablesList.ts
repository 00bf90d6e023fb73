/**
 * `iptables [-t table] -L [chain] [-n] [-v] [--line-numbers]` and `iptables -S [chain]` on a node.
 * Column layout from iptables/xshared.c (print_header, print_rule_details, print_fragment,
 * print_ifaces, print_ipv4_addresses); chain order as iptables-save (nft-cache.c).
 */
import type { SimState } from '../model/state.ts';
import { nodeTable } from './nodeRules.ts';
import type { Rule, Table, TableName } from './rules.ts';
import { references } from './rules.ts';
import { ruleExtras, ruleSave, targetName } from './ruleText.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export interface ListOptions {
  table?: TableName;
  chain?: string;
  /** `-n`: addresses and ports as numbers. */
  numeric?: boolean;
  /** `-v`: packet/byte counters (always 0 here) and interfaces. */
  verbose?: boolean;
  lineNumbers?: boolean;
}

export const NO_CHAIN_ERROR = 'iptables: No chain/target/match by that name.\n';

const fail = (): CommandResult => ({ stdout: '', stderr: NO_CHAIN_ERROR, exitCode: 1 });
const pad = (s: string, n: number) => s.padEnd(n, ' ');

function address(cidr: string | undefined, numeric: boolean): string {
  if (!cidr || cidr.endsWith('/0')) return numeric ? '0.0.0.0/0' : 'anywhere';
  return cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr;
}

function header(o: ListOptions): string {
  let s = '';
  if (o.lineNumbers) s += `${pad('num', 4)} `;
  if (o.verbose) s += ' pkts bytes ';
  s += `${pad('target', 9)} `;
  s += ' prot opt';
  if (o.verbose) s += ` ${pad('in', 6)} ${pad('out', 6)} `;
  s += ` ${pad('source', 19)} `;
  s += ` ${pad('destination', 19)} `;
  return s;
}

function ruleLine(r: Rule, num: number, o: ListOptions): string {
  const numeric = o.numeric ?? false;
  let s = '';
  if (o.lineNumbers) s += `${pad(String(num), 4)} `;
  if (o.verbose) s += '    0     0 ';
  s += `${pad(targetName(r), 9)} `;
  s += ` ${pad(r.proto ?? 'all', 4)} `;
  s += '-- ';
  if (o.verbose) {
    const any = numeric ? '*' : 'any';
    s += ` ${pad(any, 6)} ${pad(any, 6)} `;
  }
  s += `${r.srcInvert ? '!' : ' '}${pad(address(r.src, numeric), 19)} `;
  s += `${r.dstInvert ? '!' : ' '}${pad(address(r.dst, numeric), 19)} `;
  return s + ruleExtras(r, numeric);
}

function chainBlock(table: Table, chain: string, o: ListOptions): string {
  const builtin = table.builtins.includes(chain);
  const title = builtin
    ? `Chain ${chain} (policy ACCEPT${o.verbose ? ' 0 packets, 0 bytes' : ''})`
    : `Chain ${chain} (${references(table, chain)} references)`;
  const lines = [title, header(o)];
  (table.rules.get(chain) ?? []).forEach((r, i) => lines.push(ruleLine(r, i + 1, o)));
  return `${lines.join('\n')}\n`;
}

/** `iptables -t <table> -L [chain] ...` on `node`. */
export function iptablesList(state: SimState, node: string, o: ListOptions = {}): CommandResult {
  const table = nodeTable(state, node, o.table ?? 'filter');
  if (o.chain !== undefined && !table.rules.has(o.chain)) return fail();
  const chains = o.chain !== undefined ? [o.chain] : [...table.rules.keys()];
  return { stdout: chains.map((c) => chainBlock(table, c, o)).join('\n'), stderr: '', exitCode: 0 };
}

/** `iptables -t <table> -S [chain]`: policies and `-N` lines first, then every `-A` rule. */
export function iptablesRules(
  state: SimState,
  node: string,
  o: { table?: TableName; chain?: string } = {},
): CommandResult {
  const table = nodeTable(state, node, o.table ?? 'filter');
  if (o.chain !== undefined && !table.rules.has(o.chain)) return fail();
  const chains = o.chain !== undefined ? [o.chain] : [...table.rules.keys()];
  const lines: string[] = [];
  for (const c of chains) lines.push(table.builtins.includes(c) ? `-P ${c} ACCEPT` : `-N ${c}`);
  for (const c of chains) for (const r of table.rules.get(c) ?? []) lines.push(ruleSave(c, r));
  return { stdout: `${lines.join('\n')}\n`, stderr: '', exitCode: 0 };
}
