/** Pure descriptions of traces and hops for the inspector (message keys + params, no React). */
import type { Hop, PacketAddrs, Trace } from '../../sim/core.ts';
import type { MessageKey } from '../../i18n/index.ts';

export interface Described {
  key: MessageKey;
  params: Record<string, string | number>;
}

/** Where a hop happened: its node, else its place (`client`, `internet`, `load-balancer`). */
export const hopPlace = (hop: Hop): string => hop.node ?? hop.place ?? '';

/** The pod name without its namespace when it is `default`. */
const podName = (key: string): string => key.replace(/^default\//, '');

/** The one-sentence outcome of a trace. */
export function outcomeOf(trace: Trace): Described {
  if (trace.error) return { key: 'inspector.outcome.error', params: { error: trace.error } };
  const last = trace.hops[trace.hops.length - 1];
  const place = last ? hopPlace(last) : '';
  switch (trace.outcome) {
    case 'delivered':
      if (trace.pod)
        return {
          key: 'inspector.outcome.pod',
          params: { pod: podName(trace.pod), client: trace.clientAddress ?? '?' },
        };
      return {
        key: 'inspector.outcome.server',
        params: {
          server: trace.server ?? trace.connectedTo ?? '?',
          client: trace.clientAddress ?? '?',
        },
      };
    case 'refused':
      return { key: 'inspector.outcome.refused', params: { place } };
    case 'timeout':
      return { key: 'inspector.outcome.timeout', params: { place } };
    case 'nxdomain':
      return {
        key: 'inspector.outcome.nxdomain',
        params: { name: trace.resolved?.name ?? trace.request.to },
      };
  }
}

export type Change = 'src' | 'dst';

/** Which addresses a hop rewrote. */
export function changes(hop: Hop): Change[] {
  const out: Change[] = [];
  if (hop.before.src !== hop.after.src) out.push('src');
  if (hop.before.dst !== hop.after.dst) out.push('dst');
  return out;
}

/** The label for a rewrite of `which` at this hop: DNAT, SNAT, DNS, or the reply's reverse NAT. */
export function rewriteLabel(hop: Hop, which: Change): string {
  if (hop.action === 'dns') return 'DNS';
  if (hop.action === 'reply') return 'conntrack';
  return which === 'dst' ? 'DNAT' : 'SNAT';
}

export const formatMs = (ms: number): string =>
  ms >= 10 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(2);

/** Count of answering pods (or servers / outcomes) across a batch, most frequent first. */
export function spread(traces: readonly Trace[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const t of traces) {
    const k = t.pod ? podName(t.pod) : t.outcome === 'delivered' ? (t.server ?? '?') : t.outcome;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

export const addrs = (a: PacketAddrs): string => `${a.src} → ${a.dst}`;
