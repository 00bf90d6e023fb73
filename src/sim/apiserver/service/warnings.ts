/**
 * GetWarningsForService as of v1.33 (k8s pkg/api/service/warnings.go). The headless-service
 * warnings (`spec.SessionAffinity is ignored for headless services`, …) arrived in v1.34 (PR
 * #132214) and the `PreferClose is deprecated` warning with PreferSameZone in v1.34; neither is
 * emitted here.
 */
import { warningsForCIDR, warningsForIP } from '../validation/ip.ts';
import { TOPOLOGY_HINTS, TOPOLOGY_MODE } from '../validation/service.ts';
import type { ServiceW } from '../wire.ts';

export function getWarningsForService(svc: ServiceW): string[] {
  const spec = svc.spec ?? {};
  const warnings: string[] = [];
  if (svc.metadata?.annotations?.[TOPOLOGY_HINTS] !== undefined)
    warnings.push(
      `annotation ${TOPOLOGY_HINTS} is deprecated, please use ${TOPOLOGY_MODE} instead`,
    );
  if (spec.clusterIP && spec.clusterIP !== 'None')
    (spec.clusterIPs ?? []).forEach((ip, i) =>
      warnings.push(...warningsForIP(`spec.clusterIPs[${i}]`, ip)),
    );
  (spec.externalIPs ?? []).forEach((ip, i) =>
    warnings.push(...warningsForIP(`spec.externalIPs[${i}]`, ip)),
  );
  if (spec.loadBalancerIP)
    warnings.push(...warningsForIP('spec.loadBalancerIP', spec.loadBalancerIP));
  (spec.loadBalancerSourceRanges ?? []).forEach((c, i) =>
    warnings.push(...warningsForCIDR(`spec.loadBalancerSourceRanges[${i}]`, c)),
  );
  if (spec.type === 'ExternalName' && (spec.externalIPs?.length ?? 0) > 0)
    warnings.push('spec.externalIPs is ignored when spec.type is "ExternalName"');
  if (spec.type !== 'ExternalName' && spec.externalName)
    warnings.push('spec.externalName is ignored when spec.type is not "ExternalName"');
  return warnings;
}
