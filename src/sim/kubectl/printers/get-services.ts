/** `kubectl get services` (printers.go serviceColumnDefinitions, printService). */

import type { Service } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import { byteCompare, formatLabels } from './format.ts';
import type { Column, TableSpec } from './table.ts';

/** printers.go loadBalancerWidth. */
const LOAD_BALANCER_WIDTH = 16;

/** loadBalancerStatusStringer: ingress IPs (else hostnames), de-duplicated, sorted, clipped unless wide. */
export function loadBalancerStatusString(svc: Service, wide: boolean): string {
  const set = new Set<string>();
  for (const ing of svc.status.loadBalancer.ingress ?? []) {
    if (ing.ip) set.add(ing.ip);
    else if (ing.hostname) set.add(ing.hostname);
  }
  let r = [...set].sort(byteCompare).join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = `${r.slice(0, LOAD_BALANCER_WIDTH - 3)}...`;
  return r;
}

/** getServiceExternalIP. */
export function serviceExternalIP(svc: Service, wide: boolean): string {
  const ext = svc.spec.externalIPs ?? [];
  switch (svc.spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return ext.length > 0 ? ext.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(svc, wide);
      if (ext.length > 0) return [...(lb ? lb.split(',') : []), ...ext].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return svc.spec.externalName ?? '';
  }
  return '<unknown>';
}

/** makePortString: `80/TCP`, `80:30080/TCP`, joined by `,`. */
export function servicePortString(svc: Service): string {
  return (svc.spec.ports ?? [])
    .map((p) =>
      p.nodePort && p.nodePort > 0
        ? `${p.port}:${p.nodePort}/${p.protocol}`
        : `${p.port}/${p.protocol}`,
    )
    .join(',');
}

export const SERVICE_COLUMNS: readonly Column<Service>[] = [
  { header: 'NAME', cell: (s) => s.metadata.name },
  { header: 'TYPE', cell: (s) => s.spec.type },
  { header: 'CLUSTER-IP', cell: (s) => s.spec.clusterIPs?.[0] ?? '<none>' },
  { header: 'EXTERNAL-IP', cell: (s, ctx) => serviceExternalIP(s, ctx.wide) },
  { header: 'PORT(S)', cell: (s) => servicePortString(s) || '<none>' },
  {
    header: 'AGE',
    cell: (s, ctx) => translateTimestampSince(s.metadata.creationTimestamp, ctx.now),
  },
  { header: 'SELECTOR', wide: true, cell: (s) => formatLabels(s.spec.selector) },
];

export const SERVICE_TABLE: TableSpec<Service> = {
  columns: SERVICE_COLUMNS,
  namespaced: true,
  kindPrefix: 'service',
  meta: (s) => s.metadata,
};
