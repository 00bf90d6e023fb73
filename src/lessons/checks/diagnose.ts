/**
 * Why a request ended as it did, in the learner's terms, read from the trace's hops and the state
 * (never from the simulator's English `explain` strings, so every language gets the same facts).
 */
import type { Hop, Pod, Service, SimState, Trace } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import { same } from '../languages.ts';
import {
  containerPorts,
  inCidr,
  ipOf,
  isReady,
  labelString,
  lbAddress,
  podsSelectedBy,
  portOf,
} from './cluster.ts';
import { describeFrom } from './describe.ts';
import { msg } from './msg.ts';
import { selectorWhy, type ResolvedTarget } from './query.ts';

/** `80 (http), 8080 (http-alt)`. */
export const portsText = (pod: Pod): string =>
  containerPorts(pod)
    .map((p) => (p.name ? `${p.port} (${p.name})` : String(p.port)))
    .join(', ') || '—';

export const podByIP = (state: SimState, ip: string): Pod | undefined =>
  Object.values(state.pods).find((p) => p.status.podIP === ip && !p.spec.hostNetwork);

/** The Service an address belongs to: cluster IP, load-balancer IP, node port or health check. */
export function serviceByAddress(state: SimState, addr: string): Service | undefined {
  const ip = ipOf(addr);
  const port = portOf(addr);
  const isNode = state.config.nodes.some((n) => n.ip === ip);
  return Object.values(state.services).find((s) => {
    const ports = s.spec.ports ?? [];
    if (s.spec.clusterIP === ip || lbAddress(s) === ip) return ports.some((p) => p.port === port);
    if (isNode)
      return ports.some((p) => p.nodePort === port) || s.spec.healthCheckNodePort === port;
    return false;
  });
}

/** Why a Service has no ready endpoints: selector, readiness, or a named port no pod has. */
export function diagnoseNoEndpoints(state: SimState, svc: Service): Localized {
  const name = svc.metadata.name;
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return msg('noSelector', { svc: name });
  const matched = podsSelectedBy(state, svc);
  if (matched.length === 0) return selectorWhy(state, svc, {});
  const ready = matched.filter(isReady);
  if (ready.length === 0)
    return msg('notReady', {
      svc: name,
      selector: labelString(selector),
      count: matched.length,
      pods: matched.map((p) => p.metadata.name).join(', '),
    });
  for (const sp of svc.spec.ports ?? []) {
    const tp = sp.targetPort;
    if (typeof tp !== 'string') continue;
    const found = ready.some((p) => containerPorts(p).some((c) => c.name === tp));
    if (!found)
      return msg('namedPortMissing', { svc: name, name: tp, ports: portsText(ready[0] as Pod) });
  }
  return msg('noReadyEndpoints', { svc: name });
}

const lastHop = (trace: Trace, action: Hop['action']): Hop | undefined =>
  [...trace.hops].reverse().find((h) => h.action === action);

const where = (hop: Hop): Localized =>
  hop.node ? describeFrom(`node/${hop.node}`) : same(hop.place ?? '?');

/** The request as typed: "the client → node3:30001". */
export const requestLabel = (trace: Trace): Localized =>
  msg('arrow', { from: describeFrom(trace.request.from), to: trace.request.to });

/** What happened to a request and why, in one or two sentences. */
export function explainTrace(
  trace: Trace,
  state: SimState,
  target?: ResolvedTarget,
  label: Localized = requestLabel(trace),
): Localized {
  const req = label;
  if (trace.error) return msg('traceError', { from: trace.request.from });
  const svcOf = (addr: string): Service | undefined => target?.svc ?? serviceByAddress(state, addr);
  switch (trace.outcome) {
    case 'delivered': {
      if (trace.server) {
        const status = trace.response?.status;
        return status !== undefined
          ? msg('answeredByStatus', { req, server: trace.server, status })
          : msg('answeredBy', { req, server: trace.server });
      }
      const node = lastHop(trace, 'deliver')?.node ?? '?';
      return msg('answered', { req, pod: (trace.pod ?? '').split('/').pop() ?? '', node });
    }
    case 'nxdomain': {
      const typed = trace.hops.find((h) => h.action === 'dns')?.before.dst ?? trace.request.to;
      const name = ipOf(typed) || typed;
      const clusterName = !name.includes('.') || name.endsWith(`.${state.config.clusterDomain}`);
      return trace.request.from === 'client' && clusterName
        ? msg('nxdomainOutside', { req, name })
        : msg('nxdomain', { req, name });
    }
    case 'refused': {
      const hop = lastHop(trace, 'reject');
      if (!hop) return msg('refusedAt', { req, where: '?' });
      const pod = podByIP(state, ipOf(hop.before.dst));
      if (pod) {
        const dnat = trace.hops.find((h) => h.action === 'dnat');
        const svc = dnat ? svcOf(dnat.before.dst) : undefined;
        const port = portOf(hop.before.dst);
        return svc
          ? msg('portClosedService', {
              req,
              svc: svc.metadata.name,
              pod: pod.metadata.name,
              port,
              ports: portsText(pod),
            })
          : msg('portClosed', { req, pod: pod.metadata.name, port, ports: portsText(pod) });
      }
      const svc = hop.chain?.startsWith('KUBE-') ? svcOf(hop.before.dst) : undefined;
      if (svc) return msg('noEndpoints', { req, reason: diagnoseNoEndpoints(state, svc) });
      return msg('refusedAt', { req, where: where(hop) });
    }
    case 'timeout': {
      const hop = lastHop(trace, 'drop');
      if (!hop) return msg('timedOut', { req });
      const dst = hop.before.dst;
      if (hop.place === 'client' && inCidr(ipOf(dst), state.config.serviceCIDR))
        return msg('dropClusterIP', { req, ip: ipOf(dst), cidr: state.config.serviceCIDR });
      if (hop.node && hop.chain === 'KUBE-EXTERNAL-SERVICES') {
        const svc = svcOf(dst);
        return msg('dropLocal', { req, node: hop.node, svc: svc?.metadata.name ?? '?' });
      }
      if (!hop.node) return msg('dropNowhere', { req, dst });
      return msg('dropAt', { req, where: where(hop) });
    }
  }
}

/** The pod that answered a trace, if it is still there. */
export const answeringPod = (state: SimState, trace: Trace): Pod | undefined =>
  trace.pod ? state.pods[trace.pod] : undefined;

/** `app=my-app` of a pod, without `pod-template-hash`. */
export const podLabels = (pod: Pod | undefined): string =>
  labelString(
    Object.fromEntries(
      Object.entries(pod?.metadata.labels ?? {}).filter(([k]) => k !== 'pod-template-hash'),
    ),
  );
