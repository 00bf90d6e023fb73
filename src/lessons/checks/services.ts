/** Goal checks about the Service objects themselves (any name passes unless the task names one). */
import type { Service, SimState, TrafficPolicy } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import type { Check, ServiceQuery } from '../types.ts';
import { inCidr, cidrBounds, labelString, lastApplied, lbAddress } from './cluster.ts';
import { commaList } from './describe.ts';
import { msg } from './msg.ts';
import { explainNoService, findServices, type Criterion } from './query.ts';

export interface ServiceWanted extends ServiceQuery {
  externalTrafficPolicy?: TrafficPolicy;
  /** The learner set `spec.clusterIP` (inside the service CIDR) rather than letting it be allocated. */
  clusterIPChosen?: boolean;
  /** The learner set `nodePort` rather than letting it be allocated. */
  nodePortChosen?: boolean;
  /** No port of the Service uses this node port. */
  nodePortNot?: number;
  /** Each of these port → targetPort pairs is among the Service's ports. */
  ports?: readonly { port: number; targetPort: number | string }[];
  loadBalancer?: 'pending' | 'assigned';
  healthCheckNodePort?: boolean;
}

/** What `kubectl get svc` would show for it, as one line. */
export function serviceSummary(svc: Service): string {
  const s = svc.spec;
  const ext =
    s.type === 'ExternalName'
      ? (s.externalName ?? '<none>')
      : s.type === 'LoadBalancer'
        ? (lbAddress(svc) ?? '<pending>')
        : '<none>';
  const ports =
    (s.ports ?? [])
      .map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol}`)
      .join(',') || '<none>';
  return `TYPE ${s.type}, CLUSTER-IP ${s.clusterIP ?? '<none>'}, EXTERNAL-IP ${ext}, PORT(S) ${ports}`;
}

/** Whether an address lies in one of the load-balancer pool's ranges (`a-b` or CIDR). */
export function inPool(state: SimState, ip: string): boolean {
  const toInt = (a: string) => a.split('.').reduce((n, p) => n * 256 + Number(p), 0);
  return (state.config.loadBalancer?.pool ?? []).some((range) => {
    if (range.includes('/')) return inCidr(ip, range);
    const [a, b] = range.split('-');
    const x = toInt(ip);
    return a !== undefined && b !== undefined && x >= toInt(a) && x <= toInt(b);
  });
}

const appliedSpec = (svc: Service): Record<string, unknown> | undefined => {
  const spec = lastApplied(svc)?.['spec'];
  return spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : undefined;
};

function wantedCriteria(state: SimState, w: ServiceWanted): Criterion[] {
  const out: Criterion[] = [];
  const cidr = state.config.serviceCIDR;
  const range = state.config.nodePortRange;
  const name = (s: Service) => s.metadata.name;
  if (w.externalTrafficPolicy) {
    const wanted = w.externalTrafficPolicy;
    out.push({
      test: (s) => (s.spec.externalTrafficPolicy ?? 'Cluster') === wanted,
      why: (s) =>
        msg('wrongPolicy', {
          svc: name(s),
          actual: s.spec.externalTrafficPolicy ?? 'Cluster',
          wanted,
        }),
    });
  }
  if (w.clusterIPChosen)
    out.push({
      // Without a last-applied configuration (kubectl create) there is no telling: accepted.
      test: (s) => {
        const ip = s.spec.clusterIP ?? '';
        const applied = appliedSpec(s);
        return inCidr(ip, cidr) && (!lastApplied(s) || applied?.['clusterIP'] === ip);
      },
      why: (s) => {
        const ip = s.spec.clusterIP ?? '';
        if (!inCidr(ip, cidr)) {
          const [first, last] = cidrBounds(cidr);
          return msg('clusterIPOutside', { svc: name(s), ip, cidr, first, last });
        }
        return msg('clusterIPNotChosen', { svc: name(s), ip, cidr });
      },
    });
  if (w.nodePortNot !== undefined) {
    const not = w.nodePortNot;
    out.push({
      test: (s) => (s.spec.ports ?? []).every((p) => p.nodePort !== not),
      why: (s) =>
        msg('nodePortStill', {
          svc: name(s),
          port: not,
          min: range.base,
          max: range.base + range.size - 1,
        }),
    });
  }
  if (w.nodePortChosen)
    out.push({
      test: (s) => {
        if (!lastApplied(s)) return true;
        const ports = appliedSpec(s)?.['ports'];
        return (
          Array.isArray(ports) &&
          ports.some((p) => p && typeof p === 'object' && 'nodePort' in p && p.nodePort)
        );
      },
      why: (s) =>
        msg('nodePortNotChosen', { svc: name(s), port: s.spec.ports?.[0]?.nodePort ?? '' }),
    });
  for (const want of w.ports ?? [])
    out.push({
      test: (s) =>
        (s.spec.ports ?? []).some(
          (p) => p.port === want.port && String(p.targetPort) === String(want.targetPort),
        ),
      why: (s) =>
        msg('missingPort', {
          svc: name(s),
          port: want.port,
          targetPort: want.targetPort,
          have:
            (s.spec.ports ?? []).map((p) => `${p.port} → ${p.targetPort}`).join(', ') || '<none>',
        }),
    });
  if (w.loadBalancer === 'pending')
    out.push({
      test: (s) => !lbAddress(s),
      why: (s) => msg('lbAssigned', { svc: name(s), ip: lbAddress(s) ?? '' }),
    });
  if (w.loadBalancer === 'assigned')
    out.push({
      test: (s) => {
        const ip = lbAddress(s);
        return !!ip && inPool(state, ip);
      },
      why: (s) => {
        const ip = lbAddress(s);
        if (!ip) return msg('lbPending', { svc: name(s) });
        const pool = (state.config.loadBalancer?.pool ?? []).join(', ');
        return msg('lbNotInPool', { svc: name(s), ip, pool });
      },
    });
  if (w.healthCheckNodePort)
    out.push({
      test: (s) => !!s.spec.healthCheckNodePort,
      why: (s) => msg('noHealthCheckPort', { svc: name(s) }),
    });
  return out;
}

function title(w: ServiceWanted, cidr: Localized | string): Localized {
  const extras: Localized[] = [];
  if (w.name) extras.push(msg('extraName', { name: w.name }));
  if (w.headless) extras.push(msg('extraHeadless'));
  if (w.externalName) extras.push(msg('extraExternalName', { name: w.externalName }));
  if (w.externalTrafficPolicy) extras.push(msg('extraPolicy', { policy: w.externalTrafficPolicy }));
  if (w.clusterIPChosen) extras.push(msg('extraClusterIPChosen', { cidr }));
  if (w.nodePortChosen) extras.push(msg('extraNodePortChosen'));
  if (w.nodePortNot !== undefined) extras.push(msg('extraNodePortNot', { port: w.nodePortNot }));
  for (const p of w.ports ?? [])
    extras.push(msg('extraPort', { port: p.port, targetPort: p.targetPort }));
  if (w.loadBalancer === 'pending') extras.push(msg('extraPending'));
  if (w.loadBalancer === 'assigned') extras.push(msg('extraAssigned'));
  if (w.healthCheckNodePort) extras.push(msg('extraHealthCheck'));
  return msg('serviceTitle', {
    type: w.type ?? '',
    selects: w.selects ? labelString(w.selects) : '',
    extras: commaList(extras),
  });
}

/**
 * A Service like this exists. `serviceExists({ type: 'NodePort', selects: { app: 'my-app' } })`
 * passes for any name and explains the closest miss ("web is type ClusterIP; …", "selector
 * app=my-ap matches 0 pods; pods are labelled app=my-app").
 */
export function serviceExists(
  wanted: ServiceWanted,
  options: { id?: string; serviceCIDR?: string } = {},
): Check {
  return {
    id: options.id ?? 'service-exists',
    title: title(wanted, options.serviceCIDR ?? '10.96.0.0/12'),
    run(ctx) {
      const extra = wantedCriteria(ctx.state, wanted);
      const found = findServices(ctx.state, wanted, extra);
      const svc = found[0];
      if (svc)
        return {
          pass: true,
          explanation: msg('serviceFound', {
            svc: svc.metadata.name,
            summary: serviceSummary(svc),
          }),
        };
      return { pass: false, explanation: explainNoService(ctx.state, wanted, extra) };
    },
  };
}
