/**
 * BIND 9.18 `nslookup` (bin/dig/nslookup.c) as in the netshoot and dnsutils images. Its output
 * interleaves with its queries (one line per reply without RA, the header before the first
 * result, an AAAA lookup for the canonical name after an A answer), so this runs the queries.
 * Formats checked against nslookup 9.18 talking to a test server that replays CoreDNS replies.
 */

import type { SimState } from '../model/state.ts';
import { callerDns } from './callers.ts';
import { isIPv4Literal, reverseName } from './names.ts';
import { candidateNames } from './resolver.ts';
import { queryServer } from './server.ts';
import type { DnsRecord, DnsResponse, QueryOutcome, RRType } from './types.ts';
import { isResponse } from './types.ts';

export interface NslookupArgs {
  name: string;
  /** `-type=X`; absent means nslookup's default A-then-AAAA lookups. */
  type?: RRType;
  /** Server given on the command line (`nslookup name 10.96.0.10`). */
  server?: string;
  namespace?: string;
}

export interface ToolRun {
  output: string;
  exitCode: number;
  rng: number;
}

const bare = (n: string) => (n.length > 1 && n.endsWith('.') ? n.slice(0, -1) : n);

/** printsection: one answer record in nslookup's words. */
export function nslookupRecord(rr: DnsRecord): string[] {
  const owner = bare(rr.name);
  switch (rr.type) {
    case 'A':
    case 'AAAA':
      return [`Name:\t${owner}`, `Address: ${rr.data}`];
    case 'CNAME':
      return [`${owner}\tcanonical name = ${rr.data}`];
    case 'PTR':
      return [`${owner}\tname = ${rr.data}`];
    case 'SRV':
      return [`${owner}\tservice = ${rr.data}`];
    case 'TXT':
      return [`${owner}\ttext = ${rr.data}`];
    case 'NS':
      return [`${owner}\tnameserver = ${rr.data}`];
    case 'SOA': {
      const [mname = '', rname = '', serial, refresh, retry, expire, minimum] = rr.data.split(' ');
      return [
        owner,
        `\torigin = ${bare(mname)}`,
        `\tmail addr = ${bare(rname)}`,
        `\tserial = ${serial}`,
        `\trefresh = ${refresh}`,
        `\tretry = ${retry}`,
        `\texpire = ${expire}`,
        `\tminimum = ${minimum}`,
      ];
    }
    case 'ANY':
      return [];
  }
}

/** The last CNAME target in the answer chain starting at `name` (chase_cnamechain). */
function chaseCname(r: DnsResponse, name: string): string {
  let cur = name;
  for (let i = 0; i < 16; i++) {
    const c = r.answers.find(
      (a) => a.type === 'CNAME' && a.name.toLowerCase() === cur.toLowerCase(),
    );
    if (!c) return cur;
    cur = c.data;
  }
  return cur;
}

/**
 * Runs `nslookup [-type=X] name [server]` from a caller and returns what the terminal shows.
 *
 * @example formatNslookup(state, 'pod/netshoot', { name: 'web.other' }, rng).output
 */
export function formatNslookup(
  state: SimState,
  from: string,
  args: NslookupArgs,
  rng: number,
): ToolRun {
  const caller = callerDns(state, from, args.namespace);
  const server = args.server ?? caller.nameservers[0] ?? '';
  const out: string[] = [];
  let g = rng;
  let failed = false;
  let headerShown = false;
  const defaults = args.type === undefined;
  const reverse = isIPv4Literal(args.name) && defaults;
  const ask = (qname: string, qtype: RRType): QueryOutcome => {
    const q = queryServer(state, server, qname, qtype, g, { from });
    g = q.rng;
    if (isResponse(q.response) && !q.response.ra && args.server === undefined) {
      out.push(`;; Got recursion not available from ${server}`);
    }
    return q.response;
  };
  const unreachable = (o: QueryOutcome): boolean => {
    if (isResponse(o)) return false;
    const why = o === 'timeout' ? 'timed out' : 'connection refused';
    for (let i = 0; i < 3; i++) out.push(`;; communications error to ${server}#53: ${why}`);
    out.push(';; no servers could be reached');
    failed = true;
    return true;
  };
  /** printmessage for one reply; `typed` is the lookup's text name. */
  let aNoAnswer = false;
  const print = (r: DnsResponse, qtype: RRType, typed: string) => {
    const isA = qtype === 'A';
    if ((!defaults || isA) && !headerShown) {
      out.push(`Server:\t\t${server}`, `Address:\t${server}#53`, '');
      headerShown = true;
    }
    if (r.rcode !== 'NOERROR') {
      out.push(`** server can't find ${bare(r.question.name)}: ${r.rcode}`);
      failed = true;
      return;
    }
    if (!r.aa && (!defaults || isA)) out.push('Non-authoritative answer:');
    if (r.answers.length > 0) {
      for (const rr of r.answers) out.push(...nslookupRecord(rr));
    } else if (defaults && isA) {
      aNoAnswer = true;
    } else if (!defaults || (qtype === 'AAAA' && aNoAnswer)) {
      out.push(`*** Can't find ${bare(typed)}: No answer`);
    }
    if (!r.aa && qtype !== 'A' && qtype !== 'AAAA') {
      out.push('', 'Authoritative answers can be found from:');
      for (const rr of [...r.authority, ...r.additional]) out.push(...nslookupRecord(rr));
    }
  };

  if (reverse) {
    const o = ask(reverseName(args.name), 'PTR');
    if (!unreachable(o)) print(o as DnsResponse, 'PTR', args.name);
  } else {
    const firstType = args.type ?? 'A';
    let final: DnsResponse | undefined;
    for (const cand of candidateNames(args.name, caller.search, caller.ndots, 'musl')) {
      const o = ask(cand, firstType);
      if (unreachable(o)) break;
      final = o as DnsResponse;
      if (final.rcode !== 'NXDOMAIN') break;
    }
    if (final && !failed) {
      // An NXDOMAIN after the whole search list names the lookup as typed.
      const shown =
        final.rcode === 'NOERROR'
          ? final
          : { ...final, question: { ...final.question, name: args.name } };
      print(shown, firstType, args.name);
      if (defaults && final.rcode === 'NOERROR') {
        const next = chaseCname(final, final.question.name);
        const o = ask(next, 'AAAA');
        if (!unreachable(o)) print(o as DnsResponse, 'AAAA', next);
      }
    }
  }
  out.push('');
  return { output: `${out.join('\n')}\n`, exitCode: failed ? 1 : 0, rng: g };
}
