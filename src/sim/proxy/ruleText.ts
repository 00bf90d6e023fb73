/**
 * Rendering of rules the way iptables 1.8.9 prints them: `iptables-save` (each extension's save
 * function) and `iptables -L` (each extension's print function). Formats follow
 * iptables/xshared.c, extensions/libxt_{comment,tcp,udp,addrtype,conntrack,mark,statistic,recent,
 * MARK,MASQUERADE,NAT}.c and libipt_REJECT.c.
 */
import type { ConntrackState, Match, Rule, Target } from './rules.ts';

const NO_QUOTE = /^[A-Za-z0-9_-]+$/;

/** xtables_save_string: bare when only [A-Za-z0-9_-], else double-quoted with \ " ' escaped. */
export function saveString(value: string): string {
  if (NO_QUOTE.test(value)) return value;
  return `"${value.replace(/["\\']/g, (c) => `\\${c}`)}"`;
}

const hex = (n: number) => `0x${(n >>> 0).toString(16)}`;
const states = (s: ConntrackState[]) => s.join(',');

function matchSave(m: Match): string {
  switch (m.m) {
    case 'comment':
      return ` -m comment --comment ${saveString(m.text)}`;
    case 'l4':
      return ` -m ${m.proto}${m.dport !== undefined ? ` --dport ${m.dport}` : ''}`;
    case 'addrtype':
      return ` -m addrtype${m.src ? ` --src-type ${m.src}` : ''}${m.dst ? ` --dst-type ${m.dst}` : ''}`;
    case 'conntrack':
      return ` -m conntrack${m.invert ? ' !' : ''} --ctstate ${states(m.states)}`;
    case 'mark':
      return ` -m mark${m.invert ? ' !' : ''} --mark ${hex(m.value)}/${hex(m.mask)}`;
    case 'statistic':
      return ` -m statistic --mode random --probability ${m.probability}`;
    case 'recent': {
      let s = ` -m recent ${m.op === 'set' ? '--set' : '--rcheck'}`;
      if (m.seconds) s += ` --seconds ${m.seconds}`;
      if (m.reap) s += ' --reap';
      return `${s} --name ${m.name} --mask 255.255.255.255 --rsource`;
    }
  }
}

function targetSave(t: Target): string {
  switch (t.t) {
    case 'jump':
      return ` -j ${t.to}`;
    case 'REJECT':
      return ' -j REJECT --reject-with icmp-port-unreachable';
    case 'DNAT':
      return ` -j DNAT --to-destination ${t.to}`;
    case 'MASQUERADE':
      return ` -j MASQUERADE${t.randomFully ? ' --random-fully' : ''}`;
    case 'MARK':
      return ` -j MARK --set-xmark ${hex(t.value)}/${hex(t.mask)}`;
  }
}

/** One `-A` line as iptables-save prints it: addresses, `-p`, matches in order, target. */
export function ruleSave(chain: string, r: Rule): string {
  let s = `-A ${chain}`;
  if (r.src) s += `${r.srcInvert ? ' !' : ''} -s ${r.src}`;
  if (r.dst) s += `${r.dstInvert ? ' !' : ''} -d ${r.dst}`;
  if (r.proto) s += ` -p ${r.proto}`;
  for (const m of r.matches) s += matchSave(m);
  if (r.target) s += targetSave(r.target);
  return s;
}

/** A few /etc/services names (Debian netbase) used when -L runs without -n. */
const SERVICES: Record<string, Record<number, string>> = {
  tcp: { 22: 'ssh', 53: 'domain', 80: 'http', 443: 'https', 8080: 'http-alt' },
  udp: { 53: 'domain', 123: 'ntp' },
  sctp: {},
};

function matchPrint(m: Match, numeric: boolean): string {
  switch (m.m) {
    case 'comment':
      return ` /* ${m.text} */`;
    case 'l4': {
      if (m.dport === undefined) return ` ${m.proto}`;
      const name = numeric ? undefined : SERVICES[m.proto]?.[m.dport];
      return ` ${m.proto} dpt:${name ?? m.dport}`;
    }
    case 'addrtype':
      return ` ADDRTYPE match${m.src ? ` src-type ${m.src}` : ''}${m.dst ? ` dst-type ${m.dst}` : ''}`;
    case 'conntrack':
      return `${m.invert ? ' !' : ''} ctstate ${states(m.states)}`;
    case 'mark':
      return ` mark match${m.invert ? ' !' : ''} ${hex(m.value)}/${hex(m.mask)}`;
    case 'statistic':
      return ` statistic mode random probability ${m.probability}`;
    case 'recent': {
      let s = ` recent: ${m.op === 'set' ? 'SET' : 'CHECK'}`;
      if (m.seconds) s += ` seconds: ${m.seconds}`;
      if (m.reap) s += ' reap';
      return `${s} name: ${m.name} side: source mask: 255.255.255.255`;
    }
  }
}

function targetPrint(t: Target): string {
  switch (t.t) {
    case 'jump':
      return '';
    case 'REJECT':
      return ' reject-with icmp-port-unreachable';
    case 'DNAT':
      return ` to:${t.to}`;
    case 'MASQUERADE':
      return t.randomFully ? ' random-fully' : '';
    case 'MARK': {
      const { value, mask } = t;
      if (value === 0) return ` MARK and ${hex(~mask)}`;
      if (value === mask) return ` MARK or ${hex(value)}`;
      if (mask === 0) return ` MARK xor ${hex(value)}`;
      if (mask >>> 0 === 0xffffffff) return ` MARK set ${hex(value)}`;
      return ` MARK xset ${hex(value)}/${hex(mask)}`;
    }
  }
}

/** The text after the address columns: each match's print output, then the target's. */
export function ruleExtras(r: Rule, numeric: boolean): string {
  let s = '';
  for (const m of r.matches) s += matchPrint(m, numeric);
  if (r.target) s += targetPrint(r.target);
  return s;
}

export function targetName(r: Rule): string {
  if (!r.target) return '';
  return r.target.t === 'jump' ? r.target.to : r.target.t;
}
