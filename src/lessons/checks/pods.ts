/** Goal checks over pods and endpoints: replacement, readiness, ready endpoint counts. */
import type { EndpointSlice, Pod } from '../../sim/core.ts';
import { joinLocalized, type Localized } from '../languages.ts';
import type { Check, Labels, ServiceQuery } from '../types.ts';
import { isReady, labelString, podsWith } from './cluster.ts';
import { diagnoseNoEndpoints } from './diagnose.ts';
import { msg } from './msg.ts';
import { explainNoService, findServices } from './query.ts';

const names = (pods: readonly Pod[]): string => pods.map((p) => p.metadata.name).join(', ');

/** A pod carrying `selects` that existed when the task began is gone, and a new one took its place. */
export function podsReplaced(o: { selects: Labels; id?: string }): Check {
  const selector = labelString(o.selects);
  return {
    id: o.id ?? 'pod-replaced',
    title: msg('replacedTitle', { selector }),
    run(ctx) {
      const before = podsWith(ctx.start, o.selects);
      const now = podsWith(ctx.state, o.selects);
      const nowNames = new Set(now.map((p) => p.metadata.name));
      const beforeNames = new Set(before.map((p) => p.metadata.name));
      const gone = before.filter((p) => !nowNames.has(p.metadata.name));
      const added = now.filter((p) => !beforeNames.has(p.metadata.name));
      const first = gone[0];
      if (!first)
        return { pass: false, explanation: msg('noneGone', { selector, pods: names(before) }) };
      const fresh = added[0];
      if (!fresh)
        return {
          pass: false,
          explanation: msg('noReplacement', { selector, gone: first.metadata.name }),
        };
      return {
        pass: true,
        explanation: msg('replaced', {
          gone: first.metadata.name,
          goneIP: first.status.podIP ?? '—',
          added: fresh.metadata.name,
          addedIP: fresh.status.podIP ?? '—',
        }),
      };
    },
  };
}

/** Readiness of the pods carrying `selects`: some (not all) not Ready, or all Ready. */
export function podReadiness(o: {
  selects: Labels;
  want: 'someNotReady' | 'allReady';
  id?: string;
}): Check {
  const selector = labelString(o.selects);
  return {
    id: o.id ?? (o.want === 'allReady' ? 'pods-ready' : 'pod-not-ready'),
    title:
      o.want === 'allReady'
        ? msg('allReadyTitle', { selector })
        : msg('notReadyTitle', { selector }),
    run(ctx) {
      const pods = podsWith(ctx.state, o.selects);
      if (pods.length === 0) return { pass: false, explanation: msg('noPodsWith', { selector }) };
      const notReady = pods.filter((p) => !isReady(p));
      const ready = pods.length - notReady.length;
      const count = msg('readyCount', { selector, ready, total: pods.length });
      const explanation = notReady.length
        ? joinLocalized([count, msg('notReadyList', { pods: names(notReady) })])
        : count;
      const pass = o.want === 'allReady' ? notReady.length === 0 : notReady.length > 0 && ready > 0;
      return { pass, explanation };
    },
  };
}

/** Ready endpoints of a Service (EndpointSlice conditions, as kube-proxy reads them). */
export function readyEndpoints(
  slices: Readonly<Record<string, EndpointSlice>>,
  svc: string,
  ns = 'default',
): string[] {
  const out: string[] = [];
  for (const s of Object.values(slices)) {
    if (s.metadata.namespace !== ns || s.metadata.labels?.['kubernetes.io/service-name'] !== svc)
      continue;
    const port = s.ports?.[0]?.port;
    for (const e of s.endpoints)
      if (e.conditions.ready !== false)
        for (const a of e.addresses) out.push(port ? `${a}:${port}` : a);
  }
  return out.sort();
}

/** The Service has at least one (or exactly `count`) ready endpoint(s). */
export function endpointsCount(o: { service: ServiceQuery; count?: number; id?: string }): Check {
  return {
    id: o.id ?? 'endpoints',
    title: msg('endpointsTitle', { count: o.count ?? '≥ 1' }),
    run(ctx) {
      const found = findServices(ctx.state, o.service);
      if (found.length === 0)
        return { pass: false, explanation: explainNoService(ctx.state, o.service) };
      let first: Localized | undefined;
      for (const svc of found) {
        const eps = readyEndpoints(
          ctx.state.endpointSlices,
          svc.metadata.name,
          svc.metadata.namespace,
        );
        const ok = o.count === undefined ? eps.length > 0 : eps.length === o.count;
        const explanation =
          eps.length === 0
            ? diagnoseNoEndpoints(ctx.state, svc)
            : msg('endpointsAre', {
                svc: svc.metadata.name,
                count: eps.length,
                list: eps.join(', '),
              });
        if (ok) return { pass: true, explanation };
        first ??= explanation;
      }
      return { pass: false, explanation: first ?? msg('noServices') };
    },
  };
}
