/**
 * The `kubernetes` plugin's ServeDNS (handler.go) with the record builders of
 * plugin/backend_lookup.go (A/AAAA with CNAME chasing, SRV weights, PTR, TXT, CNAME, SOA, NS).
 */

import { canonical, fqdn, isSubdomain, trimZone } from './names.ts';
import { NAME_ERROR, hostType, records, reverse } from './k8sRecords.ts';
import type { Item, Items, K8sContext } from './k8sRecords.ts';
import type { DnsRecord, RRType } from './types.ts';

export interface PluginContext extends K8sContext {
  /** Addresses of the DNS Service (`ns.dns.<zone>` and NS glue): the kube-dns ClusterIP. */
  nsAddrs: string[];
  /** Upstream.Lookup: the answer section CoreDNS gets for a name outside its zones. */
  upstream: (name: string, type: RRType) => DnsRecord[];
}

export type PluginResult =
  | { kind: 'answer'; answers: DnsRecord[]; additional: DnsRecord[] }
  | { kind: 'nodata' }
  | { kind: 'nxdomain' }
  /** `fallthrough in-addr.arpa ip6.arpa`: the next plugin (forward) answers. */
  | { kind: 'fallthrough' };

type Records = DnsRecord[] | typeof NAME_ERROR;

export const REVERSE_ZONES = ['in-addr.arpa.', 'ip6.arpa.'];
const DNS_SCHEMA_VERSION = '1.1.0';

/** Kubernetes.Services: Records plus the TXT, `ns.dns` special names, and SRV's CNAME filter. */
function services(ctx: PluginContext, zone: string, name: string, qtype: RRType): Items {
  if (qtype === 'TXT') {
    if (trimZone(name, zone) !== 'dns-version') return [];
    return [{ host: '', port: 0, domain: '', text: DNS_SCHEMA_VERSION, ttl: 28800 }];
  }
  if (name === `ns.dns.${zone}`) {
    if (qtype !== 'A') return [];
    return ctx.nsAddrs.map((ip) => ({ host: ip, port: 0, domain: name, ttl: ctx.ttl }));
  }
  // checkForApex: the zone itself has no records of its own (apex.dns.<zone> does not parse).
  if (name === zone) return [];
  const items = records(ctx, name, zone);
  if (items === NAME_ERROR || qtype !== 'SRV') return items;
  // SRV for external services is not implemented: drop the CNAME items.
  return items.filter((i) => hostType(i.host) !== 'CNAME');
}

/** plugin.A / plugin.AAAA: address records, following CNAMEs inside the zone and upstream. */
function address(
  ctx: PluginContext,
  zone: string,
  qname: string,
  qtype: 'A' | 'AAAA',
  previous: DnsRecord[],
): Records {
  const items = services(ctx, zone, canonical(qname), qtype);
  if (items === NAME_ERROR) return items;
  const out: DnsRecord[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const what = hostType(it.host);
    if (what === 'CNAME') {
      const target = fqdn(it.host);
      if (canonical(qname) === canonical(target)) continue; // x CNAME x is a direct loop
      const rec: DnsRecord = { name: qname, ttl: it.ttl, type: 'CNAME', data: target };
      if (previous.length > 7) continue;
      if (previous.some((p) => p.name === rec.name && p.data === rec.data)) continue;
      if (isSubdomain(canonical(target), zone)) {
        const next = address(ctx, zone, target, qtype, [...previous, rec]);
        if (next !== NAME_ERROR && next.length > 0) out.push(rec, ...next);
        continue;
      }
      // The target is outside the zone: ask the upstream and append whatever it answers.
      out.push(rec, ...ctx.upstream(target, qtype));
      continue;
    }
    if (what === qtype && !seen.has(it.host)) {
      seen.add(it.host);
      out.push({ name: qname, ttl: it.ttl, type: qtype, data: it.host });
    }
  }
  return out;
}

/** plugin.SRV: one record per (target, port); weight ⌊100/n⌋ over all n items of priority 0. */
function srv(ctx: PluginContext, zone: string, qname: string): PluginResult | typeof NAME_ERROR {
  const items = services(ctx, zone, canonical(qname), 'SRV');
  if (items === NAME_ERROR) return items;
  const weight = Math.max(1, Math.floor((100 / (items.length * 100)) * 100));
  const answers: DnsRecord[] = [];
  const additional: DnsRecord[] = [];
  const dup = new Set<string>();
  for (const it of items) {
    const what = hostType(it.host);
    // Port -1 is a slice without ports: A records only, no SRV.
    if (it.port === -1 || what === 'CNAME') continue;
    const target = it.domain;
    if (!dup.has(`${target}|${it.port}`)) {
      dup.add(`${target}|${it.port}`);
      const data = `0 ${weight} ${it.port} ${target}`;
      answers.push({ name: qname, ttl: it.ttl, type: 'SRV', data });
    }
    if (!dup.has(`${target}|@${it.host}`)) {
      dup.add(`${target}|@${it.host}`);
      additional.push({ name: target, ttl: it.ttl, type: what, data: it.host });
    }
  }
  return answers.length > 0 ? { kind: 'answer', answers, additional } : { kind: 'nodata' };
}

/** plugin.PTR: names only (a ClusterIP item under a forward name has no PTR). */
function ptr(ctx: PluginContext, zone: string, qname: string): Records {
  const name = canonical(qname);
  const items = zone === ctx.zone ? records(ctx, name, zone) : reverse(ctx, name);
  if (items === NAME_ERROR) return items;
  const seen = new Set<string>();
  const out: DnsRecord[] = [];
  for (const it of items) {
    if (hostType(it.host) !== 'CNAME' || seen.has(it.host)) continue;
    seen.add(it.host);
    out.push({ name: qname, ttl: it.ttl, type: 'PTR', data: it.host });
  }
  return out;
}

function cname(ctx: PluginContext, zone: string, qname: string): Records {
  const items = services(ctx, zone, canonical(qname), 'CNAME');
  if (items === NAME_ERROR) return items;
  const first = items[0];
  if (!first || hostType(first.host) !== 'CNAME') return [];
  return [{ name: qname, ttl: first.ttl, type: 'CNAME', data: fqdn(first.host) }];
}

function txt(ctx: PluginContext, zone: string, qname: string): Records {
  const items = services(ctx, zone, canonical(qname), 'TXT');
  if (items === NAME_ERROR) return items;
  return items.map((i: Item) => ({
    name: qname,
    ttl: i.ttl,
    type: 'TXT',
    data: `"${i.text ?? ''}"`,
  }));
}

/**
 * plugin.SOA for a zone of the plugin: `ns.dns.<zone> hostmaster.<zone>`, TTL min(ttl, 300),
 * minimum = ttl. The owner keeps the case of the question.
 */
export function soaRecord(ctx: K8sContext, zone: string, zoneAsAsked: string): DnsRecord {
  const ttl = Math.min(ctx.ttl, 300);
  const data = `ns.dns.${zone} hostmaster.${zone} ${ctx.serial()} 7200 1800 86400 ${ctx.ttl}`;
  return { name: zoneAsAsked, ttl, type: 'SOA', data };
}

/** Which of the plugin's zones a canonical name falls in, if any. */
export function matchZone(ctx: K8sContext, name: string): string | undefined {
  for (const z of [ctx.zone, ...REVERSE_ZONES]) if (isSubdomain(name, z)) return z;
  return undefined;
}

/** The records of one question, NAME_ERROR, or a finished result (SRV, NS). */
function lookup(
  ctx: PluginContext,
  zone: string,
  qname: string,
  qtype: RRType,
  asked: string,
): Records | PluginResult {
  const name = canonical(qname);
  switch (qtype) {
    case 'A':
    case 'AAAA':
      return address(ctx, zone, qname, qtype, []);
    case 'TXT':
      return txt(ctx, zone, qname);
    case 'CNAME':
      return cname(ctx, zone, qname);
    case 'PTR':
      return ptr(ctx, zone, qname);
    case 'SRV':
      return srv(ctx, zone, qname);
    case 'SOA':
      return [soaRecord(ctx, zone, asked)];
    case 'NS':
      if (name === zone && zone === ctx.zone && ctx.nsAddrs.length > 0) {
        const target = `ns.dns.${asked}`;
        const additional = ctx.nsAddrs.map((ip): DnsRecord => ({
          name: target,
          ttl: ctx.ttl,
          type: 'A',
          data: ip,
        }));
        return {
          kind: 'answer',
          answers: [{ name: qname, ttl: ctx.ttl, type: 'NS', data: target }],
          additional,
        };
      }
      break;
    default:
      break;
  }
  // Do a fake A lookup, so we can distinguish between NODATA and NXDOMAIN.
  const fake = address(ctx, zone, qname, 'A', []);
  return fake === NAME_ERROR ? fake : [];
}

/** Kubernetes.ServeDNS for a question whose name is inside one of the plugin's zones. */
export function serveKubernetes(ctx: PluginContext, qname: string, qtype: RRType): PluginResult {
  const zone = matchZone(ctx, canonical(qname)) ?? ctx.zone;
  const asked = qname.slice(qname.length - zone.length);
  const result = lookup(ctx, zone, qname, qtype, asked);
  if (result === NAME_ERROR) {
    return REVERSE_ZONES.includes(zone) ? { kind: 'fallthrough' } : { kind: 'nxdomain' };
  }
  if (!Array.isArray(result)) return result;
  return result.length > 0
    ? { kind: 'answer', answers: result, additional: [] }
    : { kind: 'nodata' };
}
