/**
 * CoreDNS as kubeadm deploys it: the plugin chain of the Corefile (§4.1) in plugin.cfg order —
 * loadbalance → cache 30 → kubernetes (cluster.local, in-addr.arpa, ip6.arpa; fallthrough for the
 * reverse zones) → forward . /etc/resolv.conf (the node's resolver).
 */

import type { SimState } from '../model/state.ts';
import { nextInt } from '../util/rand.ts';
import { canonical } from './names.ts';
import { internetAnswer } from './internet.ts';
import type { UpstreamAnswer } from './internet.ts';
import { matchZone, serveKubernetes, soaRecord } from './k8sPlugin.ts';
import type { PluginContext } from './k8sPlugin.ts';
import type { DnsRecord, DnsResponse, RRType } from './types.ts';
import { zoneIndex, zoneSerial } from './zone.ts';

/** `kubernetes ... { ttl 30 }`. */
export const CLUSTER_TTL = 30;
/** `cache 30`: the most a success or denial is cached, and so the TTL cap on every reply. */
export const CACHE_MAX_TTL = 30;
/** dig 9.18 advertises a 1232-byte EDNS buffer; CoreDNS copies the client's size into the reply. */
export const EDNS_UDP_SIZE = 1232;

/** The `forward` plugin: the node resolver answers, CoreDNS relays its flags and records. */
function forward(state: SimState, qname: string, qtype: RRType): UpstreamAnswer {
  return internetAnswer(state, qname, qtype);
}

function pluginContext(state: SimState): PluginContext {
  const idx = zoneIndex(state);
  const dnsSvc = idx.byClusterIP.get(state.config.dnsServiceIP);
  return {
    idx,
    zone: canonical(state.config.clusterDomain),
    ttl: CLUSTER_TTL,
    serial: () => zoneSerial(state),
    nsAddrs: dnsSvc ? [state.config.dnsServiceIP] : [],
    // Upstream.Lookup re-enters the server, so the cache caps these TTLs too.
    upstream: (name, type) => capTtl(forward(state, name, type).answers, CACHE_MAX_TTL),
  };
}

function capTtl(rrs: DnsRecord[], ttl: number): DnsRecord[] {
  return rrs.map((r) => (r.ttl > ttl ? { ...r, ttl } : r));
}

/**
 * cache.ResponseWriter.WriteMsg: every record of the reply gets the message's minimal TTL
 * (dnsutil.MinimalTTL; for denials the SOA MINIMUM counts too) capped at 30 s — which is why the
 * article shows `google.com. 30 IN A` behind the ExternalName CNAME although google.com's own
 * TTL is 300: the answer went through CoreDNS's cache on its way to the pod.
 */
function applyCache(r: DnsResponse): DnsResponse {
  const all = [...r.answers, ...r.authority, ...r.additional];
  if (all.length === 0) return r;
  let min = 3600;
  for (const rr of all) min = Math.min(min, rr.ttl);
  const negative = r.rcode === 'NXDOMAIN' || r.answers.length === 0;
  if (negative) {
    for (const rr of r.authority) {
      if (rr.type === 'SOA') min = Math.min(min, Number(rr.data.split(' ')[6]));
    }
  }
  const ttl = Math.min(min, CACHE_MAX_TTL);
  const set = (rrs: DnsRecord[]) => rrs.map((rr) => ({ ...rr, ttl }));
  return {
    ...r,
    answers: set(r.answers),
    authority: set(r.authority),
    additional: set(r.additional),
  };
}

/** loadbalance roundRobinShuffle, with dns.Id() drawn from the simulator's generator. */
function shuffle(rrs: DnsRecord[], rng: number): { rrs: DnsRecord[]; rng: number } {
  const cname = rrs.filter((r) => r.type === 'CNAME');
  const addr = rrs.filter((r) => r.type === 'A' || r.type === 'AAAA');
  const rest = rrs.filter((r) => r.type !== 'CNAME' && r.type !== 'A' && r.type !== 'AAAA');
  let g = rng;
  const id = () => {
    const d = nextInt(g, 65536);
    g = d.rng;
    return d.value;
  };
  const l = addr.length;
  if (l === 2) {
    if (id() % 2 === 0) addr.reverse();
  } else if (l > 2) {
    for (let j = 0; j < l; j++) {
      const p = j + (id() % (l - j));
      if (p === j) continue;
      const t = addr[j] as DnsRecord;
      addr[j] = addr[p] as DnsRecord;
      addr[p] = t;
    }
  }
  return { rrs: [...cname, ...rest, ...addr], rng: g };
}

function loadbalance(r: DnsResponse, rng: number): { response: DnsResponse; rng: number } {
  if (r.rcode !== 'NOERROR') return { response: r, rng };
  const a = shuffle(r.answers, rng);
  const n = shuffle(r.authority, a.rng);
  const x = shuffle(r.additional, n.rng);
  return { response: { ...r, answers: a.rrs, authority: n.rrs, additional: x.rrs }, rng: x.rng };
}

/** One query answered by a CoreDNS replica (through the kube-dns Service or a pod IP). */
export function coreDnsQuery(
  state: SimState,
  server: string,
  qname: string,
  qtype: RRType,
  rng: number,
): { response: DnsResponse; rng: number } {
  const ctx = pluginContext(state);
  const base = {
    question: { name: qname, type: qtype },
    server,
    compressed: false,
    answers: [] as DnsRecord[],
    authority: [] as DnsRecord[],
    additional: [] as DnsRecord[],
  };
  let response: DnsResponse | undefined;
  const zone = matchZone(ctx, canonical(qname));
  if (zone !== undefined) {
    const res = serveKubernetes(ctx, qname, qtype);
    const authoritative = {
      ...base,
      aa: true,
      ra: false,
      opt: { udpSize: EDNS_UDP_SIZE, echoCookie: true },
    };
    const zoneAsAsked = qname.slice(qname.length - zone.length);
    if (res.kind === 'answer') {
      response = {
        ...authoritative,
        rcode: 'NOERROR',
        answers: res.answers,
        additional: res.additional,
      };
    } else if (res.kind === 'nodata' || res.kind === 'nxdomain') {
      const rcode = res.kind === 'nodata' ? 'NOERROR' : 'NXDOMAIN';
      response = { ...authoritative, rcode, authority: [soaRecord(ctx, zone, zoneAsAsked)] };
    }
  }
  if (!response) {
    const up = forward(state, qname, qtype);
    response = {
      ...base,
      rcode: up.rcode,
      aa: false,
      ra: true,
      answers: up.answers,
      authority: up.authority,
      // The upstream's own OPT is kept (no cookie); only its UDP size is rewritten.
      opt: { udpSize: EDNS_UDP_SIZE, echoCookie: false },
    };
  }
  return loadbalance(applyCache(response), rng);
}
