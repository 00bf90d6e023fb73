/**
 * dig, nslookup and host: argument handling here, queries and output from the DNS module.
 * The DNS module's tools are pure functions of (state, rng); the shell hands them the command's
 * wall clock and a generator derived from the state and that time, and does not store the advanced
 * generator (no reducer action carries it yet — see the report).
 */

import type { SimState } from '../model/state.ts';
import { formatHost, formatNslookup, runDig, RR_TYPES, type RRType, type ToolRun } from './deps.ts';
import type { Session } from './session.ts';
import { isPodHost, sourceOf, type ProcResult } from './types.ts';

/** The state as of the command (for `;; WHEN:`) and a generator that differs from one command to the next. */
function snapshot(s: Session): { state: SimState; rng: number } {
  const rng = (s.state.rng ^ Math.imul(Math.floor(s.at / 1000) | 0, 0x9e3779b1)) >>> 0;
  return { state: { ...s.state, now: s.at }, rng };
}

const namespaceOf = (s: Session): string | undefined =>
  isPodHost(s.ctx.host) ? s.ctx.host.namespace : undefined;

const toProc = (r: ToolRun): ProcResult => ({ stdout: r.output, stderr: '', code: r.exitCode });

const isType = (t: string): t is RRType =>
  (RR_TYPES as readonly string[]).includes(t.toUpperCase());

export function dig(s: Session, argv: string[]): ProcResult {
  const { state, rng } = snapshot(s);
  return toProc(runDig(state, sourceOf(s.ctx.host), argv.slice(1), rng, namespaceOf(s)));
}

/** `nslookup [-type=T] [-debug] name [server]`. */
export function nslookup(s: Session, argv: string[]): ProcResult {
  let type: RRType | undefined;
  const rest: string[] = [];
  for (const a of argv.slice(1)) {
    const m = /^-(?:type|query|querytype|q|t)=(.+)$/i.exec(a);
    if (m) {
      const t = (m[1] as string).toUpperCase();
      if (isType(t)) type = t as RRType;
      continue;
    }
    if (a.startsWith('-')) continue;
    rest.push(a);
  }
  const name = rest[0];
  if (name === undefined) {
    return { stdout: '', stderr: '', code: 0 };
  }
  const { state, rng } = snapshot(s);
  const ns = namespaceOf(s);
  return toProc(
    formatNslookup(
      state,
      sourceOf(s.ctx.host),
      {
        name,
        ...(type ? { type } : {}),
        ...(rest[1] !== undefined ? { server: rest[1] } : {}),
        ...(ns ? { namespace: ns } : {}),
      },
      rng,
    ),
  );
}

const HOST_USAGE = `Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]
            [-R number] [-m flag] [-p port] hostname [server]
       -a is equivalent to -v -t ANY
       -A is like -a but omits RRSIG, NSEC, NSEC3
       -c specifies query class for non-IN data
       -C compares SOA records on authoritative nameservers
       -d is equivalent to -v
       -l lists all hosts in a domain, using AXFR
       -m set memory debugging flag (trace|record|usage)
       -N changes the number of dots allowed before root lookup is done
       -p specifies the port on the server to query
       -r disables recursive processing
       -R specifies number of retries for UDP packets
       -s a SERVFAIL response should stop query
       -t specifies the query type
       -T enables TCP/IP mode
       -U enables UDP mode
       -v enables verbose output
       -V print version number and exit
       -w specifies to wait forever for a reply
       -W specifies how long to wait for a reply
       -4 use IPv4 query transport only
       -6 use IPv6 query transport only
`;

/** `host [-t type] name [server]`. */
export function host(s: Session, argv: string[]): ProcResult {
  let type: RRType | undefined;
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-t') {
      const t = (argv[++i] ?? '').toUpperCase();
      if (isType(t)) type = t as RRType;
      else return { stdout: '', stderr: `host: invalid type: ${argv[i] ?? ''}\n`, code: 1 };
    } else if (a === '-a') type = 'ANY';
    else if (a.startsWith('-')) continue;
    else rest.push(a);
  }
  const name = rest[0];
  if (name === undefined) return { stdout: '', stderr: HOST_USAGE, code: 1 };
  const { state, rng } = snapshot(s);
  const ns = namespaceOf(s);
  return toProc(
    formatHost(
      state,
      sourceOf(s.ctx.host),
      {
        name,
        ...(type ? { type } : {}),
        ...(rest[1] !== undefined ? { server: rest[1] } : {}),
        ...(ns ? { namespace: ns } : {}),
      },
      rng,
    ),
  );
}
