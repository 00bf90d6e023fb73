/**
 * Finding the learner's Services by what they are (any name passes) and turning a `Target` into
 * the `HOST:PORT` a request would use. When nothing matches, the explanation names the closest
 * Service and the first thing wrong with it.
 */
import type { Service, SimState } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import type { Labels, ServiceQuery, Target, TargetVia } from '../types.ts';
import {
  labelString,
  lbAddress,
  learnerServices,
  podLabelPairs,
  podsIn,
  podsSelectedBy,
  portOf,
  selectorMatches,
} from './cluster.ts';
import { msg } from './msg.ts';

/** One test a Service must pass, and what to say when it does not. */
export interface Criterion {
  test(svc: Service): boolean;
  why(svc: Service): Localized;
}

/** Why a Service's selector does not pick the pods labelled `wanted`. */
export function selectorWhy(state: SimState, svc: Service, wanted: Labels): Localized {
  const name = svc.metadata.name;
  const selector = svc.spec.selector;
  if (!selector || Object.keys(selector).length === 0) return msg('noSelector', { svc: name });
  const matched = podsSelectedBy(state, svc);
  if (matched.length === 0) {
    const pods = podsIn(state, svc.metadata.namespace);
    if (pods.length === 0)
      return msg('selectorNoPods', {
        svc: name,
        selector: labelString(selector),
        namespace: svc.metadata.namespace ?? 'default',
      });
    return msg('selectorMatchesNothing', {
      svc: name,
      selector: labelString(selector),
      labels: podLabelPairs(pods).join(', '),
    });
  }
  return msg('selectorMatchesOther', {
    svc: name,
    selector: labelString(selector),
    count: matched.length,
    wanted: labelString(wanted),
  });
}

/** The criteria a ServiceQuery stands for (the name is handled separately). */
export function queryCriteria(state: SimState, q: ServiceQuery): Criterion[] {
  const out: Criterion[] = [];
  const { type, selects, externalName } = q;
  if (type)
    out.push({
      test: (s) => s.spec.type === type,
      why: (s) => msg('wrongType', { svc: s.metadata.name, actual: s.spec.type, wanted: type }),
    });
  if (selects)
    out.push({
      test: (s) => selectorMatches(s.spec.selector, selects),
      why: (s) => selectorWhy(state, s, selects),
    });
  if (q.headless)
    out.push({
      test: (s) => s.spec.clusterIP === 'None',
      why: (s) => msg('notHeadless', { svc: s.metadata.name, ip: s.spec.clusterIP ?? '' }),
    });
  if (externalName)
    out.push({
      test: (s) => s.spec.externalName === externalName,
      why: (s) =>
        msg('wrongExternalName', {
          svc: s.metadata.name,
          actual: s.spec.externalName ?? s.spec.type,
          wanted: externalName,
        }),
    });
  return out;
}

/** The learner's Services in the query's namespace, narrowed to the query's name if it has one. */
function named(state: SimState, q: ServiceQuery): Service[] {
  const all = learnerServices(state, q.namespace);
  return q.name ? all.filter((s) => s.metadata.name === q.name) : all;
}

/** Services passing every criterion. */
export function findServices(
  state: SimState,
  q: ServiceQuery,
  extra: readonly Criterion[] = [],
): Service[] {
  const criteria = [...queryCriteria(state, q), ...extra];
  return named(state, q).filter((s) => criteria.every((c) => c.test(s)));
}

/** Why no Service passes: the closest Service (most criteria passed) and its first failure. */
export function explainNoService(
  state: SimState,
  q: ServiceQuery,
  extra: readonly Criterion[] = [],
): Localized {
  if (learnerServices(state, q.namespace).length === 0) return msg('noServices');
  const candidates = named(state, q);
  if (candidates.length === 0) return msg('noServiceNamed', { name: q.name ?? '' });
  const criteria = [...queryCriteria(state, q), ...extra];
  let best = candidates[0] as Service;
  let bestScore = -1;
  // On a tie, prefer a Service whose name mentions a wanted label value (green-service for app=green).
  const hint = Object.values(q.selects ?? {});
  for (const s of candidates) {
    const named = hint.some((v) => s.metadata.name.includes(v)) ? 0.5 : 0;
    const score = criteria.filter((c) => c.test(s)).length + named;
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  const failing = criteria.find((c) => !c.test(best));
  return failing ? failing.why(best) : msg('noServiceNamed', { name: q.name ?? '' });
}

/** A target made concrete for one Service (or a literal address). */
export interface ResolvedTarget {
  /** `HOST:PORT`, as the learner would type it. */
  to: string;
  svc?: Service;
  via?: TargetVia;
  /** The Service port (or the literal port). */
  port: number;
  /** For node ports: the node, or `*` for any node. */
  node?: string;
}

export type Resolution =
  { ok: true; targets: ResolvedTarget[] } | { ok: false; explanation: Localized };

function forService(
  state: SimState,
  svc: Service,
  via: TargetVia,
  node: string,
  wantPort: number | undefined,
): ResolvedTarget | Localized {
  const name = svc.metadata.name;
  const ports = svc.spec.ports ?? [];
  const sp = wantPort === undefined ? ports[0] : ports.find((p) => p.port === wantPort);
  if (wantPort !== undefined && !sp && svc.spec.type !== 'ExternalName')
    return msg('noSuchPort', { svc: name, port: wantPort });
  const port = sp?.port ?? wantPort ?? 80;
  const sendNode = node === '*' ? 'node1' : node;
  const base = { svc, via, port, ...(via === 'nodePort' || via === 'healthCheck' ? { node } : {}) };
  switch (via) {
    case 'name':
      return { ...base, to: `${name}:${port}` };
    case 'fqdn':
      return {
        ...base,
        to: `${name}.${svc.metadata.namespace}.svc.${state.config.clusterDomain}:${port}`,
      };
    case 'clusterIP':
      if (!svc.spec.clusterIP || svc.spec.clusterIP === 'None')
        return msg('noClusterIP', { svc: name });
      return { ...base, to: `${svc.spec.clusterIP}:${port}` };
    case 'nodePort':
      if (!sp?.nodePort) return msg('noNodePort', { svc: name, type: svc.spec.type });
      return { ...base, to: `${sendNode}:${sp.nodePort}` };
    case 'loadBalancer': {
      const ip = lbAddress(svc);
      if (!ip) return msg('lbPending', { svc: name });
      return { ...base, to: `${ip}:${port}` };
    }
    case 'healthCheck':
      if (!svc.spec.healthCheckNodePort) return msg('noHealthCheckPort', { svc: name });
      return { ...base, to: `${sendNode}:${svc.spec.healthCheckNodePort}` };
  }
}

/** Every way the target can be reached now, or why there is none. */
export function resolveTarget(state: SimState, target: Target): Resolution {
  if (typeof target === 'string') {
    const i = target.lastIndexOf(':');
    const port = i > 0 ? portOf(target) : 80;
    return { ok: true, targets: [{ to: i > 0 ? target : `${target}:80`, port }] };
  }
  const services = findServices(state, target.service);
  if (services.length === 0)
    return { ok: false, explanation: explainNoService(state, target.service) };
  const targets: ResolvedTarget[] = [];
  let firstFailure: Localized | undefined;
  for (const svc of services) {
    const r = forService(state, svc, target.via, target.node ?? 'node1', target.port);
    if ('to' in r) targets.push(r);
    else firstFailure ??= r;
  }
  if (targets.length === 0 && firstFailure) return { ok: false, explanation: firstFailure };
  return { ok: true, targets };
}
