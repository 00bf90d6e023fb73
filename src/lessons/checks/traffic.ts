/** Goal checks that send fresh probe requests (on a copy of the state) and read their traces. */
import type { Trace } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import type { Check, CheckResult, GoalContext, Labels, Target } from '../types.ts';
import { bridgeOf, ipOf, labelString, nodeOfIP, selectorMatches } from './cluster.ts';
import { describeRequest } from './describe.ts';
import { answeringPod, explainTrace, podLabels, requestLabel } from './diagnose.ts';
import { msg } from './msg.ts';
import { resolveTarget, type ResolvedTarget } from './query.ts';

export interface RequestOptions {
  id?: string;
  /** `client`, `node/NAME` or `pod/NAME`. */
  from: string;
  to: Target;
  hostHeader?: string;
  path?: string;
}

export interface ReachOptions extends RequestOptions {
  /** The answering pod must carry these labels. */
  podLabels?: Labels;
  /** The answering host outside the cluster (e.g. `google.com`). */
  server?: string;
  status?: number;
  notStatus?: number;
}

const fail = (explanation: Localized): CheckResult => ({ pass: false, explanation });

/** `my-app-74459c966f-blwv4` from `default/my-app-74459c966f-blwv4`. */
export const podName = (trace: Trace): string => (trace.pod ?? '').split('/').pop() ?? '';

/** Probes every way the target resolves to; `judge` returns null when a trace is good. */
function probeEach(
  ctx: GoalContext,
  o: RequestOptions,
  judge: (trace: Trace, rt: ResolvedTarget) => Localized | null,
  onPass?: (trace: Trace) => Localized,
): CheckResult {
  const res = resolveTarget(ctx.state, o.to);
  if (!res.ok) return fail(res.explanation);
  let firstFailure: Localized | undefined;
  for (const rt of res.targets) {
    const trace = ctx.probe({
      from: o.from,
      to: rt.to,
      ...(o.hostHeader ? { hostHeader: o.hostHeader } : {}),
      ...(o.path ? { path: o.path } : {}),
    });
    const why = judge(trace, rt);
    if (!why)
      return { pass: true, explanation: onPass?.(trace) ?? explainTrace(trace, ctx.state, rt) };
    firstFailure ??= why;
  }
  return fail(firstFailure ?? msg('noServices'));
}

/** A request from `from` to `to` is answered (by a pod with `podLabels`, by `server`, with `status`). */
export function requestReaches(o: ReachOptions): Check {
  const req = describeRequest(o.from, o.to);
  const title = o.podLabels
    ? msg('reachesTitle', { req, labels: labelString(o.podLabels) })
    : o.server
      ? msg('reachesServerTitle', { req, server: o.server })
      : msg('reachesAnyTitle', { req });
  return {
    id: o.id ?? 'request-reaches',
    title,
    run: (ctx) =>
      probeEach(ctx, o, (trace, rt) => {
        const label = requestLabel(trace);
        if (trace.outcome !== 'delivered') return explainTrace(trace, ctx.state, rt);
        if (o.podLabels) {
          const pod = answeringPod(ctx.state, trace);
          if (!pod || !selectorMatches(o.podLabels, pod.metadata.labels))
            return msg('wrongPod', {
              req: label,
              pod: pod?.metadata.name ?? trace.server ?? '?',
              labels: podLabels(pod),
              wanted: labelString(o.podLabels),
            });
        }
        if (o.server && trace.server !== o.server)
          return msg('wrongServer', { req: label, server: trace.server ?? '?', wanted: o.server });
        const status = trace.response?.status;
        if (o.status !== undefined && status !== o.status)
          return msg('wrongStatus', { req: label, status: status ?? '—', wanted: o.status });
        if (o.notStatus !== undefined && status === o.notStatus)
          return msg('sameStatus', { req: label, status: o.notStatus });
        return null;
      }),
  };
}

export interface FailOptions extends RequestOptions {
  outcome: 'timeout' | 'refused';
  /** The packet must be dropped on this node (`externalTrafficPolicy: Local`). */
  node?: string;
}

/** A request must fail this way: a ClusterIP from outside times out; a Local-policy node drops. */
export function requestFails(o: FailOptions): Check {
  const req = describeRequest(o.from, o.to);
  const title = o.node
    ? msg('dropTitle', { req, node: o.node })
    : o.outcome === 'timeout'
      ? msg('timeoutTitle', { req })
      : msg('refusedTitle', { req });
  return {
    id: o.id ?? (o.node ? `drops-on-${o.node}` : `request-${o.outcome}`),
    title,
    run: (ctx) =>
      probeEach(ctx, o, (trace, rt) => {
        const dropHere = o.node
          ? trace.hops.some((h) => h.action === 'drop' && h.node === o.node)
          : true;
        if (trace.outcome === o.outcome && dropHere) return null;
        if (trace.outcome === 'delivered') {
          const deliver = [...trace.hops].reverse().find((h) => h.action === 'deliver');
          return msg('stillDelivered', {
            req: requestLabel(trace),
            pod: (trace.pod ?? trace.server ?? '').split('/').pop() ?? '',
            node: deliver?.node ?? deliver?.place ?? '?',
          });
        }
        const explain = explainTrace(trace, ctx.state, rt);
        if (o.node) return msg('dropElsewhere', { node: o.node, explain });
        return o.outcome === 'timeout'
          ? msg('notTimeout', { explain })
          : msg('notRefused', { explain });
      }),
  };
}

/** `node`'s node port drops the client's request (externalTrafficPolicy: Local, no local pod). */
export const dropsOn = (node: string, to: Target, id?: string): Check =>
  requestFails({ from: 'client', to, outcome: 'timeout', node, ...(id ? { id } : {}) });

/** A request from the client reaches a pod that sees the client's own address (no SNAT). */
export function podSeesClientAddress(o: { id?: string; to: Target; from?: string }): Check {
  const from = o.from ?? 'client';
  return {
    id: o.id ?? 'pod-sees-client-address',
    title: msg('clientAddressTitle', { req: describeRequest(from, o.to) }),
    run: (ctx) => {
      const client = ctx.state.config.client.ip;
      return probeEach(
        ctx,
        { from, to: o.to },
        (trace, rt) => {
          if (trace.outcome !== 'delivered' || !trace.clientAddress)
            return explainTrace(trace, ctx.state, rt);
          const seen = ipOf(trace.clientAddress);
          if (seen === client) return null;
          const pod = podName(trace);
          const node = nodeOfIP(ctx.state, seen);
          if (node) return msg('seesNode', { pod, seen, node, client });
          const bridge = bridgeOf(ctx.state, seen);
          if (bridge) return msg('seesBridge', { pod, seen, node: bridge, client });
          return msg('seesOther', { pod, seen, client });
        },
        (trace) => msg('seesClient', { pod: podName(trace), addr: trace.clientAddress ?? '' }),
      );
    },
  };
}
