/**
 * The Service field fix-ups the registry applies around allocation (k8s
 * pkg/registry/core/service/storage/storage.go normalizeClusterIPs, patchAllocatedValues,
 * defaultOnReadService; pkg/registry/core/service/strategy.go dropTypeDependentFields).
 * All mutate `svc` in place.
 */
import { externallyAccessible, needsHealthCheck } from '../defaults/service.ts';
import { deepEqual } from '../json.ts';
import type { ServiceW } from '../wire.ts';
import { PRIMARY_IP_FAMILY } from '../allocator.ts';
import { isIPv6String } from '../validation/ip.ts';

const sameSlice = (a: readonly string[] | undefined, b: readonly string[] | undefined): boolean =>
  (a?.length ?? 0) === (b?.length ?? 0) && (a ?? []).every((x, i) => x === b?.[i]);

export const needsClusterIP = (svc: ServiceW): boolean => svc.spec?.type !== 'ExternalName';
export const needsNodePort = (svc: ServiceW): boolean =>
  svc.spec?.type === 'NodePort' || svc.spec?.type === 'LoadBalancer';

/** normalizeClusterIPs: keep `clusterIP` and `clusterIPs` in sync the way the user meant. */
export function normalizeClusterIPs(svc: ServiceW, old?: ServiceW): void {
  const spec = (svc.spec ??= {});
  const ip = spec.clusterIP ?? '';
  if (!old) {
    if (ip !== '' && (spec.clusterIPs?.length ?? 0) === 0) spec.clusterIPs = [ip];
    return;
  }
  const oldIP = old.spec?.clusterIP ?? '';
  const oldIPs = old.spec?.clusterIPs ?? [];
  if (oldIPs.length > 0 && (spec.clusterIPs?.length ?? 0) === 0 && oldIP === ip)
    spec.clusterIPs = [...oldIPs];
  if (oldIP !== ip) {
    if (oldIP !== '' && ip === '') {
      if (sameSlice(oldIPs, spec.clusterIPs)) delete spec.clusterIPs;
    } else if (sameSlice(oldIPs, spec.clusterIPs)) {
      spec.clusterIPs = [ip];
    }
  }
}

/** patchAllocatedValues: re-supply values the server allocated and the client left out. */
export function patchAllocatedValues(svc: ServiceW, old: ServiceW): void {
  const spec = (svc.spec ??= {});
  if (needsClusterIP(old) && needsClusterIP(svc)) {
    if (!spec.clusterIP && old.spec?.clusterIP) spec.clusterIP = old.spec.clusterIP;
    if ((spec.clusterIPs?.length ?? 0) === 0 && (old.spec?.clusterIPs?.length ?? 0) > 0)
      spec.clusterIPs = [...(old.spec?.clusterIPs ?? [])];
  }
  if (needsNodePort(old) && needsNodePort(svc)) {
    const used = (s: ServiceW): Set<number> =>
      new Set((s.spec?.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0));
    const newUsed = used(svc);
    const both = new Set([...used(old)].filter((n) => newUsed.has(n)));
    const byName = new Map<string, number>();
    for (const p of old.spec?.ports ?? []) byName.set(p.name ?? '', p.nodePort ?? 0);
    for (const p of spec.ports ?? []) {
      if ((p.nodePort ?? 0) !== 0) continue;
      const oldVal = byName.get(p.name ?? '') ?? 0;
      if (!both.has(oldVal) && oldVal !== 0) p.nodePort = oldVal;
    }
  }
  if (needsHealthCheck(old.spec) && needsHealthCheck(spec)) {
    if (!spec.healthCheckNodePort && old.spec?.healthCheckNodePort)
      spec.healthCheckNodePort = old.spec.healthCheckNodePort;
  }
}

/** defaultOnReadService: fields a stored object may lack (ipFamilies/policy; ITP on ExternalName). */
export function defaultOnReadService(svc: ServiceW): void {
  normalizeClusterIPs(svc);
  const spec = (svc.spec ??= {});
  if (spec.type === 'ExternalName') {
    delete spec.internalTrafficPolicy;
    return;
  }
  if ((spec.ipFamilies?.length ?? 0) > 0) return;
  if (spec.clusterIP === 'None') {
    if (Object.keys(spec.selector ?? {}).length === 0) {
      spec.ipFamilyPolicy = 'RequireDualStack';
      spec.ipFamilies = [PRIMARY_IP_FAMILY, 'IPv6'];
    } else {
      spec.ipFamilyPolicy = 'SingleStack';
      spec.ipFamilies = [PRIMARY_IP_FAMILY];
    }
  } else {
    const ips = spec.clusterIPs ?? [];
    spec.ipFamilies = ips.map((ip) => (isIPv6String(ip) ? 'IPv6' : 'IPv4'));
    if (ips.length === 1) spec.ipFamilyPolicy = 'SingleStack';
    else if (ips.length === 2) spec.ipFamilyPolicy = 'RequireDualStack';
  }
}

const nodePortSet = (s: ServiceW): Set<number> =>
  new Set((s.spec?.ports ?? []).map((p) => p.nodePort ?? 0).filter((n) => n !== 0));

/**
 * dropTypeDependentFields (update only): when the new type no longer uses a field and the client
 * did not change it, clear it; clear the LoadBalancer status when the type is not LoadBalancer.
 */
export function dropTypeDependentFields(svc: ServiceW, old: ServiceW): void {
  const spec = (svc.spec ??= {});
  const o = old.spec ?? {};
  if (needsClusterIP(old) && !needsClusterIP(svc)) {
    if (
      (o.clusterIP ?? '') === (spec.clusterIP ?? '') &&
      sameSlice(o.clusterIPs, spec.clusterIPs)
    ) {
      delete spec.clusterIP;
      delete spec.clusterIPs;
    }
    if (deepEqual(o.ipFamilies, spec.ipFamilies)) delete spec.ipFamilies;
    if ((o.ipFamilyPolicy ?? '') === (spec.ipFamilyPolicy ?? '')) delete spec.ipFamilyPolicy;
  }
  if (needsNodePort(old) && !needsNodePort(svc)) {
    const oldPorts = nodePortSet(old);
    if ([...nodePortSet(svc)].every((p) => oldPorts.has(p)))
      for (const p of spec.ports ?? []) delete p.nodePort;
  }
  if (
    needsHealthCheck(o) &&
    !needsHealthCheck(spec) &&
    (o.healthCheckNodePort ?? 0) === (spec.healthCheckNodePort ?? 0)
  )
    delete spec.healthCheckNodePort;
  if (o.type === 'LoadBalancer' && spec.type !== 'LoadBalancer') {
    if (
      spec.allocateLoadBalancerNodePorts !== undefined &&
      o.allocateLoadBalancerNodePorts !== undefined &&
      spec.allocateLoadBalancerNodePorts === o.allocateLoadBalancerNodePorts
    )
      delete spec.allocateLoadBalancerNodePorts;
    if (o.loadBalancerClass === spec.loadBalancerClass) delete spec.loadBalancerClass;
  }
  if (
    externallyAccessible(o) &&
    !externallyAccessible(spec) &&
    (o.externalTrafficPolicy ?? '') === (spec.externalTrafficPolicy ?? '')
  )
    delete spec.externalTrafficPolicy;
  if (spec.type !== 'LoadBalancer') svc.status = { ...(svc.status ?? {}), loadBalancer: {} };
}
