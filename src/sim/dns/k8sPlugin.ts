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

export const REVERSE_ZONES = ['in-addr.arpa.', 'ip6.arpa.'];
const DNS_SCHEMA_VERSION = '1.1.0';

/** Kubernetes.Services: Records plus the TXT, `ns.dns` special names, and SRV's CNAME filter. */
function services(ctx: PluginContext, name: string, qtype: RRType): Items {
  if (qtype === 'TXT') {
    const rel = trimZone(name, ctx.zone);
    if (rel !== 'dns-version') return [];
    return [{ host: '', port: 0, domain: '', text: DNS_SCHEMA_VERSION, ttl: 28800 }];
  }
  if (name === `ns.dns.${ctx.zone}`) {
    if (qtype !== 'A') return [];
    return ctx.nsAddrs.map((ip) => ({ host: ip, port: 0, domain: name, ttl: ctx.ttl }));
  }
  // checkForApex: the zone itself has no records of its own (apex.dns.<zone> does not parse).
  if (name === ctx.zone) return [];
  const items = records(ctx, name);
  if (items === NAME_ERROR || qtype !== 'SRV') return items;
  // SRV for external services is not implemented: drop the CNAME items.
  return items.filter((i) => hostType(i.host) !== 'CNAME');
}

/** plugin.A / plugin.AAAA: address records, following CNAMEs inside the zone and upstream. */
function address(
  ctx: PluginContext,
  qname: string,
  qtype: 'A' | 'AAAA',
  previous: DnsRecord[],
): DnsRecord[] | typeof NAME_ERROR {
  const items = services(ctx, canonical(qname), qtype);
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
      if (isSubdomain(canonical(target), ctx.zone)) {
        const next = address(ctx, target, qtype, [...previous, rec]);
        if (next !== NAME_ERROR && next.length > 0) out.push(rec, ...next);
        continue;
      }
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
function srv(ctx: PluginContext, qname: string): PluginResult | Items {
  const items = services(ctx, canonical(qname), 'SRV');
  if (items === NAME_ERROR) return items;
  const total = items.length * 100;
  const answers: DnsRecord[] = [];
  const additional: DnsRecord[] = [];
  const dup = new Set<string>();
  for (const it of items) {
    if (it.port === -1) continue; // a slice without ports: A records only
    const weight = Math.max(1, Math.floor((100 / total) * 100));
    const what = hostType(it.host);
    if (what === 'CNAME') continue;
    const target = it.domain;
    if (!dup.has(`${target}|${it.port}`)) {
      dup.add(`${target}|${it.port}`);
      answers.push({
        name: qname,
        ttl: it.ttl,
        type: 'SRV',
        data: `0 ${weight} ${it.port} ${target}`,
      });
    }
    if (!dup.has(`${target}|@${it.host}`)) {
      dup.add(`${target}|@${it.host}`);
      additional.push({ name: target, ttl: it.ttl, type: what, data: it.host });
    }
  }
  return { kind: 'answer', answers, additional };
}

function ptr(ctx: PluginContext, qname: string, inPrimary: boolean): Items | DnsRecord[] {
  const name = canonical(qname);
  const items = inPrimary ? records(ctx, name) : reverse(ctx, name);
  if (items === NAME_ERROR) return items;
  const seen = new Set<string>();
  const out: DnsRecord[] = [];
  for (const it of items as Item[]) {
    if (hostType(it.host) !== 'CNAME' || seen.has(it.host)) continue;
    seen.add(it.host);
    out.push({ name: qname, ttl: it.ttl, type: 'PTR', data: it.host });
  }
  return out;
}

/** The SOA every negative answer carries (plugin.SOA): TTL min(ttl, 300), minimum = ttl. */
export function soaRecord(ctx: K8sContext, zoneAsAsked: string): DnsRecord {
  const z = ctx.zone;
  const ttl = Math.min(ctx.ttl, 300);
  const data = `ns.dns.${z} hostmaster.${z} ${ctx.serial()} 7200 1800 86400 ${ctx.ttl}`;
  return { name: zoneAsAsked, ttl, type: 'SOA', data };
}

/** Which of the plugin's zones a canonical name falls in (longest match), if any. */
export function matchZone(ctx: K8sContext, name: string): string | undefined {
  for (const z of [ctx.zone, ...REVERSE_ZONES]) if (isSubdomain(name, z)) return z;
  return undefined;
}

/** Kubernetes.ServeDNS for a question whose name is inside one of the plugin's zones. */
export function serveKubernetes(ctx: PluginContext, qname: string, qtype: RRType): PluginResult {
  const name = canonical(qname);
  const zone = matchZone(ctx, name) ?? ctx.zone;
  const zoneAsAsked = qname.slice(qname.length - zone.length);
  let result: DnsRecord[] | Items | PluginResult;
  let additional: DnsRecord[] = [];
  switch (qtype) {
    case 'A':
    case 'AAAA':
      result = address(ctx, qname, qtype, []);
      break;
    case 'TXT': {
      const items = services(ctx, name, 'TXT');
      result = items === NAME_ERROR ? items : items.map((i) => txt(qname, i));
      break;
    }
    case 'CNAME': {
      const items = services(ctx, name, 'CNAME');
      const first = items === NAME_ERROR ? undefined : items[0];
      result = items === NAME_ERROR ? items : [];
      if (first && hostType(first.host) === 'CNAME') {
        result = [{ name: qname, ttl: first.ttl, type: 'CNAME', data: fqdn(first.host) }];
      }
      break;
    }
    case 'PTR':
      result = ptr(ctx, qname, zone === ctx.zone);
      break;
    case 'SRV':
      result = srv(ctx, qname);
      break;
    case 'SOA':
      result = [soaRecord(ctx, zoneAsAsked)];
      break;
    case 'NS':
      if (name === zone && zone === ctx.zone) {
        const target = `ns.dns.${zoneAsAsked}`;
        result =
          ctx.nsAddrs.length > 0 ? [{ name: qname, ttl: ctx.ttl, type: 'NS', data: target }] : [];
        additional = ctx.nsAddrs.map((ip) => ({ name: target, ttl: ctx.ttl, type: 'A', data: ip }));
        break;
      }
      result = nodataOrError(address(ctx, qname, 'A', []));
      break;
    default:
      // Do a fake A lookup, so we can distinguish between NODATA and NXDOMAIN.
      result = nodataOrError(address(ctx, qname, 'A', []));
  }
  if (result === NAME_ERROR) {
    return REVERSE_ZONES.includes(zone) ? { kind: 'fallthrough' } : { kind: 'nxdomain' };
  }
  if (!Array.isArray(result))
    return result.kind === 'answer' && result.answers.length === 0 ? { kind: 'nodata' } : result;
  if (result.length === 0) return { kind: 'nodata' };
  return { kind: 'answer', answers: result as DnsRecord[], additional };
}

function txt(qname: string, it: Item): DnsRecord {
  return { name: qname, ttl: it.ttl, type: 'TXT', data: `"${it.text ?? ''}"` };
}

function nodataOrError(r: DnsRecord[] | typeof NAME_ERROR): DnsRecord[] | typeof NAME_ERROR {
  return r === NAME_ERROR ? r : [];
}
