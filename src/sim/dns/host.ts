/**
 * BIND 9.18 `host` (bin/dig/host.c): A for the name (through the search list), then AAAA and MX
 * for its canonical name. MX is not modelled: neither CoreDNS nor the simulated internet has MX
 * records, so that lookup prints nothing. Formats checked against host 9.18.
 */

import type { SimState } from '../model/state.ts';
import { callerDns } from './callers.ts';
import { isIPv4Literal, reverseName } from './names.ts';
import type { ToolRun } from './nslookup.ts';
import { candidateNames } from './resolver.ts';
import { queryServer } from './server.ts';
import type { DnsRecord, DnsResponse, QueryOutcome, RRType } from './types.ts';
import { isResponse } from './types.ts';

export interface HostArgs {
  name: string;
  /** `-t TYPE`. */
  type?: RRType;
  server?: string;
  namespace?: string;
}

const bare = (n: string) => (n.length > 1 && n.endsWith('.') ? n.slice(0, -1) : n);

const RCODE_NUM = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

/** One answer record in host's words. */
export function hostRecord(rr: DnsRecord): string {
  const o = bare(rr.name);
  switch (rr.type) {
    case 'A':
      return `${o} has address ${rr.data}`;
    case 'AAAA':
      return `${o} has IPv6 address ${rr.data}`;
    case 'CNAME':
      return `${o} is an alias for ${rr.data}`;
    case 'PTR':
      return `${o} domain name pointer ${rr.data}`;
    case 'SRV':
      return `${o} has SRV record ${rr.data}`;
    case 'TXT':
      return `${o} descriptive text ${rr.data}`;
    case 'NS':
      return `${o} name server ${rr.data}`;
    case 'SOA':
      return `${o} has SOA record ${rr.data}`;
    case 'ANY':
      return o;
  }
}

/**
 * Runs `host [-t type] name [server]` from a caller.
 *
 * @example formatHost(state, 'pod/netshoot', { name: 'web' }, rng).output
 */
export function formatHost(state: SimState, from: string, args: HostArgs, rng: number): ToolRun {
  const caller = callerDns(state, from, args.namespace);
  const server = args.server ?? caller.nameservers[0] ?? '';
  const out: string[] = [];
  if (args.server !== undefined) {
    out.push('Using domain server:', `Name: ${server}`, `Address: ${server}#53`, 'Aliases: ', '');
  }
  let g = rng;
  const ask = (qname: string, qtype: RRType): QueryOutcome => {
    const q = queryServer(state, server, qname, qtype, g, { from });
    g = q.rng;
    return q.response;
  };
  const done = (code: number): ToolRun => ({
    output: out.length ? `${out.join('\n')}\n` : '',
    exitCode: code,
    rng: g,
  });
  const unreachable = (o: QueryOutcome) => {
    const why = o === 'timeout' ? 'timed out' : 'connection refused';
    out.push(
      `;; communications error to ${server}#53: ${why}`,
      `;; communications error to ${server}#53: ${why}`,
    );
    out.push(';; no servers could be reached');
    return done(1);
  };
  const reverse = isIPv4Literal(args.name);
  const firstType: RRType = args.type ?? (reverse ? 'PTR' : 'A');
  const names = reverse
    ? [reverseName(args.name)]
    : candidateNames(args.name, caller.search, caller.ndots, 'musl');
  let r: DnsResponse | undefined;
  for (const cand of names) {
    const o = ask(cand, firstType);
    if (!isResponse(o)) return unreachable(o);
    r = o;
    if (o.rcode !== 'NXDOMAIN') break;
  }
  if (!r) return done(1);
  if (r.rcode !== 'NOERROR') {
    const shown = reverse ? r.question.name : args.name;
    out.push(`Host ${shown} not found: ${RCODE_NUM[r.rcode]}(${r.rcode})`);
    return done(1);
  }
  for (const rr of r.answers) out.push(hostRecord(rr));
  if (r.answers.length === 0 && args.type !== undefined) {
    out.push(`${bare(r.question.name)} has no ${args.type} record`);
  }
  if (args.type === undefined && !reverse) {
    let canon = r.question.name;
    for (const a of r.answers)
      if (a.type === 'CNAME' && a.name.toLowerCase() === canon.toLowerCase()) canon = a.data;
    const o = ask(canon, 'AAAA');
    if (!isResponse(o)) return unreachable(o);
    for (const rr of o.answers) if (rr.type === 'AAAA') out.push(hostRecord(rr));
    if (o.rcode !== 'NOERROR') {
      // The AAAA and MX lookups for a canonical name that does not exist each report it (MX has
      // no records anywhere in the simulation, so it fails exactly when AAAA does).
      const line = `Host ${bare(canon)} not found: ${RCODE_NUM[o.rcode]}(${o.rcode})`;
      out.push(line, line);
      return done(1);
    }
  }
  return done(0);
}
