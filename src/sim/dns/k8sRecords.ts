/**
 * plugin/kubernetes Records/findServices/findPods and Reverse: the "msg.Service" items a name
 * stands for, before plugin/backend_lookup.go turns them into resource records.
 */

import { parseIPv4 } from '../net/ip.ts';
import { addressFromReverse } from './names.ts';
import { matchPortAndProtocol, parseRequest } from './k8sRequest.ts';
import type { RecordRequest } from './k8sRequest.ts';
import type { ZoneIndex, ZoneService } from './zone.ts';

/** One msg.Service: a host (IP or name), the port, and the domain its key spells. */
export interface Item {
  host: string;
  port: number;
  /** msg.Domain(key): the owner name SRV targets and extra A records use. */
  domain: string;
  text?: string;
  ttl: number;
}

/** errNoItems / errNsNotExposed / errInvalidRequest: all name errors (NXDOMAIN). */
export const NAME_ERROR = 'nameError';
export type Items = Item[] | typeof NAME_ERROR;

export type HostType = 'A' | 'AAAA' | 'CNAME';

/** msg.Service.HostType: an IPv4 literal, an IPv6 literal, or a name. */
export function hostType(host: string): HostType {
  if (parseIPv4(host) !== undefined) return 'A';
  if (host.includes(':') && /^[0-9a-fA-F:.]+$/.test(host)) return 'AAAA';
  return 'CNAME';
}

export interface K8sContext {
  idx: ZoneIndex;
  /** Canonical primary zone, `cluster.local.`. */
  zone: string;
  ttl: number;
  /** SOA serial, computed only when a reply needs the SOA. */
  serial: () => number;
}

function findPods(ctx: K8sContext, r: RecordRequest): Items {
  const podname = r.service;
  if (podname === '') return [];
  const dashes = podname.split('-').length - 1;
  const v4 = dashes === 3 && !podname.includes('--');
  const ip = v4 ? podname.replaceAll('-', '.') : podname.replaceAll('-', ':');
  // pods insecure: answer with the address spelled by the name, without looking for the pod.
  if (hostType(ip) === 'CNAME') return NAME_ERROR;
  const domain = `${podname}.${r.namespace}.pod.${ctx.zone}`;
  return [{ host: ip, port: 0, domain, ttl: ctx.ttl }];
}

function serviceItems(ctx: K8sContext, r: RecordRequest, svc: ZoneService): Item[] | undefined {
  const base = `${svc.name}.${svc.namespace}.svc.${ctx.zone}`;
  if (svc.type === 'ExternalName') {
    // External services cannot have endpoints; an endpoint query for one is a name error.
    if (r.endpoint !== '' || !svc.externalName || hostType(svc.externalName) !== 'CNAME') {
      return undefined;
    }
    return [{ host: svc.externalName, port: 0, domain: base, ttl: ctx.ttl }];
  }
  if (svc.headless || r.endpoint !== '') {
    const out: Item[] = [];
    for (const sub of svc.subsets) {
      for (const a of sub.addresses) {
        if (r.endpoint !== '' && r.endpoint !== a.hostname.toLowerCase()) continue;
        for (const p of sub.ports) {
          if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
          out.push({ host: a.ip, port: p.port, domain: `${a.hostname}.${base}`, ttl: ctx.ttl });
        }
      }
    }
    return out.length > 0 ? out : undefined;
  }
  let found = false;
  const out: Item[] = [];
  for (const p of svc.ports) {
    if (!matchPortAndProtocol(r.port, p.name, r.protocol, p.protocol)) continue;
    found = true;
    for (const ip of svc.clusterIPs)
      out.push({ host: ip, port: p.port, domain: base, ttl: ctx.ttl });
  }
  return found ? out : undefined;
}

/** Kubernetes.Records for a canonical name inside `zone` (one of the plugin's zones). */
export function records(ctx: K8sContext, name: string, zone: string): Items {
  const r = parseRequest(name, zone);
  if (!r) return NAME_ERROR;
  if (r.podOrSvc === '') return [];
  if (!ctx.idx.namespaces.has(r.namespace)) return NAME_ERROR;
  if (r.podOrSvc === 'pod') return findPods(ctx, r);
  if (r.service === '') return [];
  const svc = ctx.idx.services.get(`${r.namespace}/${r.service}`);
  if (!svc) return NAME_ERROR;
  return serviceItems(ctx, r, svc) ?? NAME_ERROR;
}

/** Kubernetes.Reverse: a ClusterIP names its Service; else every ready endpoint with that IP. */
export function reverse(ctx: K8sContext, name: string): Items {
  const ip = addressFromReverse(name);
  if (ip === undefined) return NAME_ERROR;
  const svc = ctx.idx.byClusterIP.get(ip);
  if (svc) {
    return [
      { host: `${svc.name}.${svc.namespace}.svc.${ctx.zone}`, port: 0, domain: '', ttl: ctx.ttl },
    ];
  }
  const eps = ctx.idx.byEndpointIP.get(ip);
  if (!eps || eps.length === 0) return NAME_ERROR;
  return eps.map((e) => ({
    host: `${e.hostname}.${e.service.name}.${e.service.namespace}.svc.${ctx.zone}`,
    port: 0,
    domain: '',
    ttl: ctx.ttl,
  }));
}
