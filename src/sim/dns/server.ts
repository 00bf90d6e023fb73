/**
 * `dig @server name type`: which simulated server answers an address, and whether it can be
 * reached at all.
 */

import { formatIPv4, parseCidr, parseIPv4 } from '../net/ip.ts';
import type { SimState } from '../model/state.ts';
import { coreDnsQuery, EDNS_UDP_SIZE } from './coredns.ts';
import { internetAnswer } from './internet.ts';
import type { DnsResponse, QueryOutcome, RRType } from './types.ts';
import { zoneIndex } from './zone.ts';

/** Public recursive resolvers anyone can query. */
const PUBLIC_RESOLVERS = new Set(['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9']);

/** The `.1` of an address's /24: the router a node or the client points its resolv.conf at. */
function gatewayOf(ip: string): string {
  const n = parseIPv4(ip);
  return n === undefined ? ip : formatIPv4((n - (n % 256) + 1) >>> 0);
}

/** The resolver in the nodes' /etc/resolv.conf (the LAN router, e.g. 192.168.0.1). */
export function nodeResolverIP(state: SimState): string {
  const first = state.config.nodes[0];
  return first ? gatewayOf(first.ip) : '192.168.0.1';
}

/** The resolver in the outside client's /etc/resolv.conf. */
export function clientResolverIP(state: SimState): string {
  return gatewayOf(state.config.client.ip);
}

export type DnsServerKind = 'coredns' | 'coredns-unavailable' | 'resolver' | 'none';

/**
 * What sits at `server`: CoreDNS behind the kube-dns ClusterIP (or a ready CoreDNS pod IP); the
 * kube-dns ClusterIP with no ready endpoint (kube-proxy REJECTs: `coredns-unavailable`); a
 * recursive resolver; or nothing.
 */
export function dnsServerKind(state: SimState, server: string): DnsServerKind {
  const idx = zoneIndex(state);
  const svc = idx.byClusterIP.get(server);
  if (svc) {
    const ready = svc.subsets.some((s) => s.addresses.length > 0);
    const servesDns = svc.ports.some((p) => p.port === 53 && p.protocol === 'UDP');
    if (!servesDns) return 'none';
    return ready ? 'coredns' : 'coredns-unavailable';
  }
  const dnsSvc = idx.byClusterIP.get(state.config.dnsServiceIP);
  if (dnsSvc?.subsets.some((s) => s.addresses.some((a) => a.ip === server))) return 'coredns';
  if (server === nodeResolverIP(state) || server === clientResolverIP(state)) return 'resolver';
  if (PUBLIC_RESOLVERS.has(server)) return 'resolver';
  return 'none';
}

function inCluster(state: SimState, ip: string): boolean {
  const n = parseIPv4(ip);
  if (n === undefined) return false;
  for (const c of [state.config.serviceCIDR, state.config.clusterCIDR]) {
    const cidr = parseCidr(c);
    if (cidr && n >= cidr.base && n < cidr.base + cidr.size) return true;
  }
  return false;
}

/** A recursive resolver on the LAN or the internet: compresses names, sets RA, no cookie. */
function resolverQuery(state: SimState, server: string, qname: string, qtype: RRType): DnsResponse {
  const up = internetAnswer(state, qname, qtype);
  return {
    rcode: up.rcode,
    aa: false,
    ra: true,
    question: { name: qname, type: qtype },
    answers: up.answers,
    authority: up.authority,
    additional: [],
    server,
    opt: { udpSize: EDNS_UDP_SIZE, echoCookie: false },
    compressed: true,
  };
}

/**
 * One query to one server, no search list: what `dig @server name type` gets. `name` is used as
 * given (dig makes it absolute); answers echo its case. `opts.from` makes cluster-internal
 * addresses unreachable from the outside client.
 *
 * @example queryServer(state, '10.96.0.10', 'web.default.svc.cluster.local', 'A', rng)
 */
export function queryServer(
  state: SimState,
  server: string,
  name: string,
  type: RRType,
  rng: number,
  opts: { from?: string } = {},
): { response: QueryOutcome; rng: number } {
  const qname = name.endsWith('.') ? name : `${name}.`;
  if (opts.from === 'client' && inCluster(state, server)) return { response: 'timeout', rng };
  switch (dnsServerKind(state, server)) {
    case 'coredns':
      return coreDnsQuery(state, server, qname, type, rng);
    case 'coredns-unavailable':
      // `-j REJECT` for "kube-system/kube-dns:dns has no endpoints": ICMP port unreachable.
      return { response: 'refused', rng };
    case 'resolver':
      return { response: resolverQuery(state, server, qname, type), rng };
    case 'none':
      return { response: 'timeout', rng };
  }
}

/** Simulated round trip of a query, for dig's `Query time`. */
export function queryTimeMs(state: SimState, r: DnsResponse): number {
  if (r.aa) return 0;
  return Math.round(2 * state.config.latency.internet);
}
