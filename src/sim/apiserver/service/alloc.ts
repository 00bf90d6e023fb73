/**
 * ClusterIP and NodePort allocation for Service create/update (k8s
 * pkg/registry/core/service/storage/alloc.go: allocateCreate, allocateUpdate, allocIPs,
 * initNodePorts, allocHealthCheckNodePort, updateClusterIPs, txnUpdateNodePorts, updateNodePorts,
 * updateHealthCheckNodePort). Allocations take effect at once and are undone by `revert()`;
 * releases are deferred to `commit()` (the portallocator's ReleaseDeferred / txn commit).
 * Failures are returned as API errors, alone: an Invalid with one cause, or an InternalError.
 */
import type { ApiError } from '../../model/errors.ts';
import type { ServiceAllocator } from '../allocator.ts';
import { needsHealthCheck } from '../defaults/service.ts';
import { SERVICE_GK, internalApiError, invalid, invalidApiError } from '../fieldErrors.ts';
import { goSlice } from '../goValue.ts';
import type { ServiceW } from '../wire.ts';
import { isMatchingPreferDualStack } from './ipFamilies.ts';
import { needsNodePort } from './prepare.ts';

export class AllocTxn {
  private readonly ips: string[] = [];
  private readonly ports: number[] = [];
  private readonly releaseIPs: string[] = [];
  private readonly releasePorts: number[] = [];

  constructor(private readonly alloc: ServiceAllocator) {}

  ip(ip?: string): { ip: string } | { error: string } {
    const r = this.alloc.allocateClusterIP(ip);
    if ('ip' in r) this.ips.push(r.ip);
    return r;
  }

  port(port?: number): { port: number } | { error: string } {
    const r = this.alloc.allocateNodePort(port);
    if ('port' in r) this.ports.push(r.port);
    return r;
  }

  deferIPRelease(ip: string): void {
    if (ip && ip !== 'None' && !this.releaseIPs.includes(ip)) this.releaseIPs.push(ip);
  }

  deferPortRelease(port: number): void {
    if (port !== 0 && !this.releasePorts.includes(port)) this.releasePorts.push(port);
  }

  /** Undo this request's allocations; deferred releases are dropped. */
  revert(): void {
    for (const p of this.ports.splice(0).reverse()) this.alloc.releaseNodePort(p);
    for (const ip of this.ips.splice(0).reverse()) this.alloc.releaseClusterIP(ip);
    this.releaseIPs.length = 0;
    this.releasePorts.length = 0;
  }

  /** Keep the allocations and perform the deferred releases. */
  commit(): void {
    for (const ip of this.releaseIPs.splice(0)) this.alloc.releaseClusterIP(ip);
    for (const p of this.releasePorts.splice(0)) this.alloc.releaseNodePort(p);
    this.ips.length = 0;
    this.ports.length = 0;
  }
}

const name = (svc: ServiceW): string => svc.metadata?.name ?? '';
const one = (svc: ServiceW, field: string, value: string, detail: string): ApiError =>
  invalidApiError(SERVICE_GK, name(svc), [invalid(field, value, detail)]);

/** allocClusterIPs: one IP per family (single-stack: the first), requested or next free. */
export function allocClusterIPs(svc: ServiceW, txn: AllocTxn): ApiError | undefined {
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') return undefined;
  if ((spec.clusterIPs?.length ?? 0) > 0 && spec.clusterIPs?.[0] === 'None') return undefined;
  const ips = [...(spec.clusterIPs ?? [])];
  (spec.ipFamilies ?? []).forEach((_, i) => {
    if (i > ips.length - 1) ips.push('');
  });
  spec.clusterIPs = ips;
  for (let i = 0; i < (spec.ipFamilies ?? []).length; i++) {
    const want = ips[i] ?? '';
    if (want === '') {
      const r = txn.ip();
      if ('error' in r) return internalApiError(`failed to allocate a serviceIP: ${r.error}`);
      ips[i] = r.ip;
    } else {
      const r = txn.ip(want);
      if ('error' in r)
        return one(
          svc,
          'spec.clusterIPs',
          goSlice(ips),
          `failed to allocate IP ${want}: ${r.error}`,
        );
    }
  }
  spec.clusterIP = ips[0] ?? '';
  return undefined;
}

const shouldAllocateNodePorts = (svc: ServiceW): boolean =>
  svc.spec?.type === 'NodePort' ||
  (svc.spec?.type === 'LoadBalancer' && svc.spec.allocateLoadBalancerNodePorts !== false);

/** initNodePorts (create): ports sharing a `port` number share one node port. */
export function initNodePorts(svc: ServiceW, txn: AllocTxn): ApiError | undefined {
  const ports = svc.spec?.ports ?? [];
  const byPort = new Map<number, number>();
  for (let i = 0; i < ports.length; i++) {
    const sp = ports[i];
    if (!sp) continue;
    if (!sp.nodePort && !shouldAllocateNodePorts(svc)) continue;
    const allocated = byPort.get(sp.port ?? 0) ?? 0;
    if (allocated === 0) {
      const np =
        ports.find((p) => (p.port ?? 0) === (sp.port ?? 0) && (p.nodePort ?? 0) !== 0)?.nodePort ??
        0;
      if (np !== 0) {
        const r = txn.port(np);
        if ('error' in r) return one(svc, `spec.ports[${i}].nodePort`, String(np), r.error);
        sp.nodePort = np;
        byPort.set(sp.port ?? 0, np);
      } else {
        const r = txn.port();
        if ('error' in r) return internalApiError(`failed to allocate a nodePort: ${r.error}`);
        sp.nodePort = r.port;
        byPort.set(sp.port ?? 0, r.port);
      }
    } else if ((sp.nodePort ?? 0) !== allocated) {
      if (!sp.nodePort) sp.nodePort = allocated;
      else {
        const r = txn.port(sp.nodePort);
        if ('error' in r)
          return one(svc, `spec.ports[${i}].nodePort`, String(sp.nodePort), r.error);
      }
    }
  }
  return undefined;
}

/** allocHealthCheckNodePort: failures are InternalErrors. */
export function allocHealthCheckNodePort(svc: ServiceW, txn: AllocTxn): ApiError | undefined {
  const spec = svc.spec ?? {};
  const hc = spec.healthCheckNodePort ?? 0;
  if (hc !== 0) {
    const r = txn.port(hc);
    if ('error' in r)
      return internalApiError(
        `failed to allocate requested HealthCheck NodePort ${hc}: ${r.error}`,
      );
    return undefined;
  }
  const r = txn.port();
  if ('error' in r)
    return internalApiError(`failed to allocate a HealthCheck NodePort 0: ${r.error}`);
  spec.healthCheckNodePort = r.port;
  return undefined;
}

export function allocateCreatePortsAndIPs(svc: ServiceW, txn: AllocTxn): ApiError | undefined {
  const ipErr = allocClusterIPs(svc, txn);
  if (ipErr) return ipErr;
  if (needsNodePort(svc)) {
    const npErr = initNodePorts(svc, txn);
    if (npErr) return npErr;
  }
  if (needsHealthCheck(svc.spec)) return allocHealthCheckNodePort(svc, txn);
  return undefined;
}

const collectNodePorts = (svc: ServiceW): number[] =>
  (svc.spec?.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0);

/** updateClusterIPs: ExternalName→other allocates; other→ExternalName releases (on commit). */
export function updateClusterIPs(
  svc: ServiceW,
  old: ServiceW,
  txn: AllocTxn,
): ApiError | undefined {
  if (isMatchingPreferDualStack(svc, old)) return undefined;
  if (old.spec?.type === 'ExternalName' && svc.spec?.type !== 'ExternalName')
    return allocClusterIPs(svc, txn);
  if ((old.spec?.clusterIPs?.length ?? 0) > 0 && old.spec?.clusterIPs?.[0] === 'None')
    return undefined;
  if (old.spec?.type !== 'ExternalName' && svc.spec?.type === 'ExternalName') {
    (old.spec?.clusterIPs ?? []).forEach((ip) => txn.deferIPRelease(ip));
    return undefined;
  }
  const oldN = old.spec?.ipFamilies?.length ?? 0;
  const newN = svc.spec?.ipFamilies?.length ?? 0;
  if (oldN === 2 && newN === 1) txn.deferIPRelease(old.spec?.clusterIPs?.[1] ?? '');
  return undefined;
}

/** updateNodePorts: keep the old ports still listed, allocate new/requested ones. */
function updateNodePorts(svc: ServiceW, old: ServiceW, txn: AllocTxn): ApiError | undefined {
  const oldNumbers = collectNodePorts(old);
  const seen: string[] = [];
  const allocatedNow = new Set<number>();
  const ports = svc.spec?.ports ?? [];
  for (let i = 0; i < ports.length; i++) {
    const sp = ports[i];
    if (!sp) continue;
    if (!sp.nodePort && !shouldAllocateNodePorts(svc)) continue;
    if (sp.nodePort) {
      if (!oldNumbers.includes(sp.nodePort) && !allocatedNow.has(sp.nodePort)) {
        const r = txn.port(sp.nodePort);
        if ('error' in r)
          return one(svc, `spec.ports[${i}].nodePort`, String(sp.nodePort), r.error);
        allocatedNow.add(sp.nodePort);
      }
    } else {
      const r = txn.port();
      if ('error' in r) return internalApiError(`failed to allocate a nodePort: ${r.error}`);
      sp.nodePort = r.port;
    }
    const key = `${sp.protocol ?? ''} ${sp.nodePort}`;
    // A plain Go error in the real code (no status), so no "Internal error occurred" prefix.
    if (seen.includes(key))
      return { reason: 'InternalError', message: `duplicate nodePort: {${key}}` };
    seen.push(key);
  }
  const newNumbers = collectNodePorts(svc);
  for (const p of oldNumbers) if (!newNumbers.includes(p)) txn.deferPortRelease(p);
  return undefined;
}

export function updateNodePortsAndHealthCheck(
  svc: ServiceW,
  old: ServiceW,
  txn: AllocTxn,
): ApiError | undefined {
  const t = svc.spec?.type;
  if (needsNodePort(old) && (t === 'ExternalName' || t === 'ClusterIP'))
    for (const p of collectNodePorts(old)) txn.deferPortRelease(p);
  if (needsNodePort(svc)) {
    const err = updateNodePorts(svc, old, txn);
    if (err) return err;
  }
  const needed = needsHealthCheck(old.spec);
  const needs = needsHealthCheck(svc.spec);
  if (!needed && needs) return allocHealthCheckNodePort(svc, txn);
  if (needed && !needs) txn.deferPortRelease(old.spec?.healthCheckNodePort ?? 0);
  return undefined;
}
