/**
 * The caller's stub resolver: hosts file, then the search list under `ndots`, one query at a
 * time to the first nameserver — what getaddrinfo (curl), nslookup and `dig +search` do.
 */

import type { SimState } from '../model/state.ts';
import { callerDns } from './callers.ts';
import { countDots, fqdn, isIPv4Literal } from './names.ts';
import { queryServer } from './server.ts';
import type { DnsRecord, DnsResponse, RRType } from './types.ts';

/**
 * `glibc` (getaddrinfo in Debian-based images): a name with ≥ ndots dots is tried as-is first
 * and then with each search domain; NODATA moves on to the next candidate.
 * `musl` (Alpine images such as netshoot) and BIND's nslookup/host/`dig +search`: a name with
 * ≥ ndots dots is tried as-is only; NODATA ends the search. A trailing dot always means as-is only.
 */
export type StubStyle = 'glibc' | 'musl';

export interface ResolveOptions {
  type: RRType;
  namespace?: string;
  /** Consult /etc/hosts first (getaddrinfo does; nslookup, host and dig do not). Default true. */
  useHosts?: boolean;
  style?: StubStyle;
}

export interface ResolveResult {
  /** NOERROR with no address answers is NODATA. */
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  /** Answer section of the response that ended the search (CNAMEs included). */
  answers: DnsRecord[];
  /** Absolute names queried, in order. */
  triedNames: string[];
  /** The name that produced the answer (absolute), when one did. */
  finalName?: string;
  /** Target of the first CNAME in the answer (absolute). */
  cname?: string;
  /** The nameserver asked (the caller's first `nameserver`). */
  server: string;
  source: 'dns' | 'hosts' | 'literal';
  /** Addresses of the requested type, in answer order. */
  addresses: string[];
  /** Every response received, in order (nslookup prints per response). */
  responses: DnsResponse[];
}

/** The absolute names a stub resolver tries for `name`, in order. */
export function candidateNames(
  name: string,
  search: readonly string[],
  ndots: number,
  style: StubStyle,
): string[] {
  if (name.endsWith('.')) return [name];
  const asIs = fqdn(name);
  const withSearch = search.map((d) => fqdn(`${name}.${d}`));
  if (countDots(name) >= ndots) return style === 'glibc' ? [asIs, ...withSearch] : [asIs];
  return [...withSearch, asIs];
}

const hasType = (r: DnsResponse, t: RRType) => r.answers.some((a) => a.type === t || t === 'ANY');

/**
 * Whether the caller's nameserver answers: `refused` is kube-proxy's REJECT for a kube-dns
 * Service without ready endpoints (fails at once), `timeout` is nothing there (5 s per try).
 */
export function dnsServerStatus(
  state: SimState,
  from: string,
  namespace?: string,
): 'ok' | 'timeout' | 'refused' {
  const server = callerDns(state, from, namespace).nameservers[0] ?? '';
  const q = queryServer(state, server, 'status.invalid.', 'A', 0, { from });
  return q.response === 'timeout' || q.response === 'refused' ? q.response : 'ok';
}

/**
 * What a caller's resolver gets for `name`: `from` is `client`, `node/NAME` or `pod/NAME`
 * (with `opts.namespace`). `'timeout'` when the nameserver cannot be reached (no reply, or
 * refused: see dnsServerStatus).
 *
 * @example resolveFrom(state, 'pod/netshoot', 'web', { type: 'A' }, rng).result.addresses
 */
export function resolveFrom(
  state: SimState,
  from: string,
  name: string,
  opts: ResolveOptions,
  rng: number,
): { result: ResolveResult | 'timeout'; rng: number } {
  const caller = callerDns(state, from, opts.namespace);
  const server = caller.nameservers[0] ?? '';
  const base = { triedNames: [] as string[], server, responses: [] as DnsResponse[] };
  if (opts.type === 'A' && isIPv4Literal(name)) {
    const rec: DnsRecord = { name: fqdn(name), ttl: 0, type: 'A', data: name };
    return {
      result: { ...base, rcode: 'NOERROR', answers: [rec], source: 'literal', addresses: [name] },
      rng,
    };
  }
  if (opts.useHosts !== false && opts.type === 'A') {
    const key = name.toLowerCase();
    const hit = caller.hosts.find(
      (h) => isIPv4Literal(h.ip) && h.names.some((n) => n.toLowerCase() === key),
    );
    if (hit) {
      const rec: DnsRecord = { name: fqdn(name), ttl: 0, type: 'A', data: hit.ip };
      const result: ResolveResult = {
        ...base,
        rcode: 'NOERROR',
        answers: [rec],
        source: 'hosts',
        addresses: [hit.ip],
      };
      return { result, rng };
    }
  }
  const style = opts.style ?? 'glibc';
  let g = rng;
  let nodata: DnsResponse | undefined;
  let last: DnsResponse | undefined;
  for (const cand of candidateNames(name, caller.search, caller.ndots, style)) {
    base.triedNames.push(cand);
    const q = queryServer(state, server, cand, opts.type, g, { from });
    g = q.rng;
    if (q.response === 'timeout' || q.response === 'refused') {
      // getaddrinfo gives up either way (EAI_AGAIN); an ICMP refusal only makes it fail sooner.
      // dnsServerStatus tells the two apart for explanations.
      return { result: 'timeout', rng: g };
    }
    const r = q.response;
    base.responses.push(r);
    last = r;
    if (r.rcode === 'NOERROR' && hasType(r, opts.type)) {
      const cname = r.answers.find((a) => a.type === 'CNAME')?.data;
      const addresses = r.answers.filter((a) => a.type === opts.type).map((a) => a.data);
      const result: ResolveResult = {
        ...base,
        rcode: 'NOERROR',
        answers: r.answers,
        finalName: cand,
        ...(cname ? { cname } : {}),
        source: 'dns',
        addresses,
      };
      return { result, rng: g };
    }
    if (r.rcode === 'NOERROR') {
      nodata = r;
      if (style === 'musl') break;
    }
  }
  const end = nodata ?? last;
  const rcode = nodata ? 'NOERROR' : (last?.rcode ?? 'NXDOMAIN');
  return {
    result: { ...base, rcode, answers: end?.answers ?? [], source: 'dns', addresses: [] },
    rng: g,
  };
}
