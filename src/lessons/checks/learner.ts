/**
 * Goal checks over what the learner actually sent (their traces since the task began): "you sent
 * a request to node3's node port and it crossed to another node". Any way of sending counts —
 * a canvas click, curl on the workstation, `kubectl exec … curl`.
 */
import type { Hop, SimState, Trace, TraceOutcome } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import { localize } from '../languages.ts';
import type { Check, Labels, Target } from '../types.ts';
import { ipOf, labelString, nodeIP, portOf, selectorMatches } from './cluster.ts';
import { describeRequest } from './describe.ts';
import { explainTrace, requestLabel } from './diagnose.ts';
import { msg } from './msg.ts';
import { resolveTarget, type ResolvedTarget } from './query.ts';

export interface SentOptions {
  id?: string;
  /** `client`, `pod` (any pod), `node` (any node), `pod/NAME` or `node/NAME`. */
  from: string;
  /** A node port target may use `node: '*'` for any node. */
  to: Target;
  outcome?: TraceOutcome;
  status?: number;
  notStatus?: number;
  /** The request crossed to another node on its way (the NodePort second hop). */
  crossNode?: boolean;
  /** No DNAT on the way: the client connected to a pod address itself (headless). */
  direct?: boolean;
  server?: string;
  podLabels?: Labels;
}

const withPort = (addr: string): string => (/:\d+$/.test(addr) ? addr : `${addr}:80`);

/** What the learner typed and where the connection went (after DNS). */
function ends(trace: Trace): { typed: string; connected?: string } {
  const first = trace.hops[0];
  const dns = first?.action === 'dns' ? first : undefined;
  const connected = dns ? dns.after.dst : first?.before.dst;
  return { typed: withPort(trace.request.to), ...(connected ? { connected } : {}) };
}

function fromMatches(want: string, from: string): boolean {
  if (want === 'pod' || want === 'node') return from.startsWith(`${want}/`);
  return want === from;
}

/** The names a Service answers to from a pod in its namespace. */
function serviceNames(state: SimState, rt: ResolvedTarget): string[] {
  const svc = rt.svc;
  if (!svc) return [];
  const base = `${svc.metadata.name}.${svc.metadata.namespace}`;
  return [svc.metadata.name, base, `${base}.svc`, `${base}.svc.${state.config.clusterDomain}`];
}

/** Whether a trace went to this target, the way the target says (by name, by IP, node port…). */
export function traceHits(state: SimState, trace: Trace, rt: ResolvedTarget): boolean {
  const { typed, connected } = ends(trace);
  if (!rt.svc) return typed === withPort(rt.to) || connected === withPort(rt.to);
  switch (rt.via) {
    case 'name':
    case 'fqdn': {
      const host = ipOf(typed).replace(/\.$/, '');
      return portOf(typed) === rt.port && serviceNames(state, rt).includes(host);
    }
    case 'clusterIP':
      return typed === rt.to;
    case 'loadBalancer':
      return connected === rt.to;
    case 'nodePort':
    case 'healthCheck': {
      if (!connected || portOf(connected) !== portOf(rt.to)) return false;
      const ip = ipOf(connected);
      if (rt.node === '*') return state.config.nodes.some((n) => n.ip === ip);
      return ip === nodeIP(state, rt.node ?? 'node1');
    }
    default:
      return false;
  }
}

const secondHopOf = (trace: Trace): Hop | undefined =>
  trace.hops.find((h) => h.action === 'forward' && h.crossNode && h.node);

function describeWhat(o: SentOptions): Localized {
  const parts: Localized[] = [];
  const answeredBy = o.status !== undefined || o.notStatus !== undefined || o.server || o.podLabels;
  if (o.outcome === 'delivered' && !answeredBy) parts.push(msg('whatDelivered'));
  if (o.outcome === 'timeout') parts.push(msg('whatTimeout'));
  if (o.outcome === 'refused') parts.push(msg('whatRefused'));
  if (o.outcome === 'nxdomain') parts.push(msg('whatNxdomain'));
  if (o.crossNode) parts.push(msg('whatCrossNode'));
  if (o.direct) parts.push(msg('whatDirect'));
  if (o.status !== undefined) parts.push(msg('whatStatus', { status: o.status }));
  if (o.notStatus !== undefined) parts.push(msg('whatNotStatus', { status: o.notStatus }));
  if (o.server) parts.push(msg('whatServer', { server: o.server }));
  if (o.podLabels) parts.push(msg('whatPod', { labels: labelString(o.podLabels) }));
  return localize((lang) => parts.map((p) => p[lang]).join(''));
}

/** Why a trace that went to the target does not meet the conditions (null when it does). */
function shortfall(state: SimState, o: SentOptions, trace: Trace, rt: ResolvedTarget) {
  const req = requestLabel(trace);
  const wantsAnswer =
    o.outcome === 'delivered' ||
    o.crossNode ||
    o.direct ||
    o.status !== undefined ||
    o.notStatus !== undefined ||
    o.server ||
    o.podLabels;
  if (o.outcome && trace.outcome !== o.outcome) return explainTrace(trace, state, rt);
  if (wantsAnswer && trace.outcome !== 'delivered') return explainTrace(trace, state, rt);
  const deliverNode = [...trace.hops].reverse().find((h) => h.action === 'deliver')?.node ?? '?';
  const pod = (trace.pod ?? '').split('/').pop() ?? '';
  if (o.crossNode && !secondHopOf(trace))
    return msg('noSecondHop', { req, pod, node: deliverNode });
  const dnat = trace.hops.find((h) => h.action === 'dnat');
  if (o.direct && dnat) return msg('viaDnat', { req, chain: dnat.chain ?? 'KUBE-SEP' });
  const status = trace.response?.status;
  if (o.status !== undefined && status !== o.status)
    return msg('wrongStatus', { req, status: status ?? '—', wanted: o.status });
  if (o.notStatus !== undefined && status === o.notStatus)
    return msg('sameStatus', { req, status: o.notStatus });
  if (o.server && trace.server !== o.server)
    return msg('wrongServer', { req, server: trace.server ?? pod, wanted: o.server });
  if (o.podLabels) {
    const p = trace.pod ? state.pods[trace.pod] : undefined;
    if (!p || !selectorMatches(o.podLabels, p.metadata.labels))
      return msg('wrongPod', {
        req,
        pod: pod || (trace.server ?? '?'),
        labels: labelString(p?.metadata.labels),
        wanted: labelString(o.podLabels),
      });
  }
  return null;
}

/** The learner sent such a request since the task began (newest traces are looked at first). */
export function learnerSent(o: SentOptions): Check {
  return {
    id: o.id ?? 'you-sent',
    title: msg('sentTitle', { req: describeRequest(o.from, o.to), what: describeWhat(o) }),
    run(ctx) {
      if (ctx.traces.length === 0) return { pass: false, explanation: msg('noTraces') };
      const res = resolveTarget(ctx.state, o.to);
      if (!res.ok) return { pass: false, explanation: res.explanation };
      let lastMiss: Localized | undefined;
      for (const trace of [...ctx.traces].reverse()) {
        if (!fromMatches(o.from, trace.request.from)) continue;
        const rt = res.targets.find((t) => traceHits(ctx.state, trace, t));
        if (!rt) continue;
        const why = shortfall(ctx.state, o, trace, rt);
        if (why) {
          lastMiss ??= why;
          continue;
        }
        const hop = secondHopOf(trace);
        const deliver = [...trace.hops].reverse().find((h) => h.action === 'deliver');
        const explanation =
          o.crossNode && hop
            ? msg('secondHop', {
                req: requestLabel(trace),
                from: hop.node ?? '?',
                to: deliver?.node ?? '?',
                ms: hop.latencyMs,
              })
            : explainTrace(trace, ctx.state, rt);
        return { pass: true, explanation };
      }
      if (lastMiss) return { pass: false, explanation: msg('lastTrace', { explain: lastMiss }) };
      return {
        pass: false,
        explanation: msg('noTraceTo', {
          count: ctx.traces.length,
          req: describeRequest(o.from, o.to),
        }),
      };
    },
  };
}
