/** `kubectl describe service` (describe.go describeService, formatEndpointSlices, buildIngressString). */

import type { SimState } from '../../model/state.ts';
import type { EndpointSlice, LoadBalancerIngress, Service } from '../../model/types.ts';
import {
  LEVEL_0,
  printAnnotationsMultiline,
  printLabelsMultiline,
  tabbedString,
} from './describe-writer.ts';
import { slicesForService } from './endpoints.ts';
import { describeEvents, eventsFor } from './events.ts';
import { formatLabels, joinHostPort } from './format.ts';

const MAX = 3;

/**
 * formatEndpointSlices for one Service port name: `<none>` without slices; ready (or unknown)
 * endpoints only, `ip:port` per slice port of that name (bare IPs for port-less slices), at most 3 then
 * ` + N more...` (kubectl's quirks kept: `more` is set as soon as the list is full).
 */
export function formatEndpointSlices(
  slices: readonly EndpointSlice[],
  portName: string | undefined,
): string {
  if (slices.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const slice of slices) {
    const ports = slice.ports ?? [];
    if (ports.length === 0) {
      for (const ep of slice.endpoints) {
        if (list.length === MAX) more = true;
        if (ep.conditions.ready === false) continue;
        if (!more) list.push(ep.addresses[0] ?? '');
        count++;
      }
      continue;
    }
    for (const port of ports) {
      if (portName !== undefined && (port.name ?? '') !== portName) continue;
      for (const ep of slice.endpoints) {
        if (list.length === MAX) more = true;
        const addr = ep.addresses[0] ?? '';
        if (ep.conditions.ready === false) continue;
        if (!more) list.push(joinHostPort(addr, port.port ?? 0));
        count++;
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - MAX} more...` : ret;
}

/** buildIngressString: `ip (ipMode)` or hostname, joined by `, `. */
export function buildIngressString(ingress: readonly LoadBalancerIngress[]): string {
  return ingress
    .map((i) => (i.ip ? (i.ipMode ? `${i.ip} (${i.ipMode})` : i.ip) : (i.hostname ?? '')))
    .join(', ');
}

export interface DescribeOptions {
  now: number;
  /** --show-events (default true). */
  showEvents?: boolean;
}

/** describeService with the Service's EndpointSlices and events taken from `state`. */
export function describeService(state: SimState, svc: Service, opts: DescribeOptions): string {
  const slices = slicesForService(state, svc);
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, {
          kind: 'Service',
          name: svc.metadata.name,
          namespace: svc.metadata.namespace,
          uid: svc.metadata.uid,
        });
  const spec = svc.spec;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${svc.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${svc.metadata.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', svc.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', svc.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabels(spec.selector)}\n`);
    w.write(LEVEL_0, `Type:\t${spec.type}\n`);
    if (spec.ipFamilyPolicy) w.write(LEVEL_0, `IP Family Policy:\t${spec.ipFamilyPolicy}\n`);
    const families = spec.ipFamilies ?? [];
    w.write(LEVEL_0, `IP Families:\t${families.length ? families.join(',') : '<none>'}\n`);
    w.write(LEVEL_0, `IP:\t${spec.clusterIP ?? ''}\n`);
    const ips = spec.clusterIPs ?? [];
    w.write(LEVEL_0, `IPs:\t${ips.length ? ips.join(',') : '<none>'}\n`);
    if (spec.externalIPs?.length)
      w.write(LEVEL_0, `External IPs:\t${spec.externalIPs.join(',')}\n`);
    if (spec.loadBalancerIP) w.write(LEVEL_0, `Desired LoadBalancer IP:\t${spec.loadBalancerIP}\n`);
    if (spec.externalName) w.write(LEVEL_0, `External Name:\t${spec.externalName}\n`);
    const ingress = svc.status.loadBalancer.ingress ?? [];
    if (ingress.length) w.write(LEVEL_0, `LoadBalancer Ingress:\t${buildIngressString(ingress)}\n`);
    for (const sp of spec.ports ?? []) {
      const name = sp.name || '<unset>';
      w.write(LEVEL_0, `Port:\t${name}\t${sp.port}/${sp.protocol}\n`);
      w.write(LEVEL_0, `TargetPort:\t${sp.targetPort}/${sp.protocol}\n`);
      if (sp.nodePort) w.write(LEVEL_0, `NodePort:\t${name}\t${sp.nodePort}/${sp.protocol}\n`);
      w.write(LEVEL_0, `Endpoints:\t${formatEndpointSlices(slices, sp.name ?? '')}\n`);
    }
    w.write(LEVEL_0, `Session Affinity:\t${spec.sessionAffinity}\n`);
    if (spec.externalTrafficPolicy) {
      w.write(LEVEL_0, `External Traffic Policy:\t${spec.externalTrafficPolicy}\n`);
    }
    if (spec.internalTrafficPolicy) {
      w.write(LEVEL_0, `Internal Traffic Policy:\t${spec.internalTrafficPolicy}\n`);
    }
    if (spec.healthCheckNodePort)
      w.write(LEVEL_0, `HealthCheck NodePort:\t${spec.healthCheckNodePort}\n`);
    if (spec.loadBalancerSourceRanges?.length) {
      w.write(LEVEL_0, `LoadBalancer Source Ranges:\t${spec.loadBalancerSourceRanges.join(',')}\n`);
    }
    if (spec.trafficDistribution)
      w.write(LEVEL_0, `Traffic Distribution:\t${spec.trafficDistribution}\n`);
    describeEvents(w, events, opts.now);
  });
}
