import { resolveFrom, type DnsRecord, type RRType } from '../dns/index.ts';
import type { Txn } from '../registry/txn.ts';
import { why } from './explain.ts';
import type { Source } from './send.ts';
import type { Walk } from './walk.ts';

export interface ResolveOptions {
  /** `client`, `node/NAME` or `pod/NAME`. */
  from: string;
  type?: RRType;
  namespace?: string;
}

export interface ResolveResult {
  rcode: 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';
  answers: Pick<DnsRecord, 'name' | 'ttl' | 'type' | 'data'>[];
  /** Set when the caller's DNS server could not be reached. */
  error?: string;
}

const sourceName = (src: Source): string =>
  src.kind === 'client'
    ? 'client'
    : src.kind === 'node'
      ? `node/${src.node}`
      : `pod/${src.pod.metadata.name}`;

/** `cluster.resolve`: what the caller's stub resolver gets (search list, ndots, hosts file). */
export function resolveName(txn: Txn, name: string, opts: ResolveOptions): ResolveResult {
  const { result, rng } = resolveFrom(
    txn.state,
    opts.from,
    name,
    { type: opts.type ?? 'A', ...(opts.namespace ? { namespace: opts.namespace } : {}) },
    txn.rng,
  );
  txn.rng = rng;
  if (result === 'timeout')
    return {
      rcode: 'SERVFAIL',
      answers: [],
      error: 'connection timed out; no servers could be reached',
    };
  return {
    rcode: result.rcode,
    answers: result.answers.map(({ name: n, ttl, type, data }) => ({ name: n, ttl, type, data })),
  };
}

/** getaddrinfo for a request: the first A record after following CNAMEs. */
export function lookupHost(
  w: Walk,
  src: Source,
  host: string,
  port: number,
  srcAddr: string,
):
  | { ok: true; address: string; addresses: string[]; cname?: string }
  | { ok: false; timeout: boolean } {
  const from = sourceName(src);
  const namespace = src.kind === 'pod' ? src.pod.metadata.namespace : undefined;
  const { result, rng } = resolveFrom(
    w.state,
    from,
    host,
    { type: 'A', ...(namespace ? { namespace } : {}) },
    w.txn.rng,
  );
  w.txn.rng = rng;
  const where = src.kind === 'client' ? { place: 'client' } : { node: src.node };
  const before = { src: srcAddr, dst: `${host}:${port}` };
  if (result === 'timeout') {
    w.hop({
      ...where,
      action: 'dns',
      before,
      latencyMs: 5000,
      why: why('dnsTimeout', { host }),
    });
    return { ok: false, timeout: true };
  }
  const addresses = result.answers.filter((a) => a.type === 'A').map((a) => a.data);
  const cname = result.answers.find((a) => a.type === 'CNAME')?.data.replace(/\.$/, '');
  const server = result.source === 'hosts' ? '/etc/hosts' : result.server;
  const tried =
    result.triedNames.length > 1 ? why('dnsTried', { names: result.triedNames.join(', ') }) : '';
  if (result.rcode !== 'NOERROR' || addresses.length === 0) {
    w.hop({
      ...where,
      action: 'dns',
      before,
      latencyMs: w.latency.local * 2,
      why: why('dnsNxdomain', { host, server, tried }),
    });
    return { ok: false, timeout: false };
  }
  const address = addresses[0] as string;
  const via = cname ? why('dnsViaCname', { cname }) : '';
  w.hop({
    ...where,
    action: 'dns',
    before,
    after: { src: srcAddr, dst: `${address}:${port}` },
    latencyMs: w.latency.local * 2,
    why: why('dnsResolved', { host, addresses: addresses.join(', '), via, server, tried }),
  });
  return { ok: true, address, addresses, ...(cname ? { cname } : {}) };
}
