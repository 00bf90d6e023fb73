import type { TraceRecord } from '../../../store/index.ts';

const memo = new WeakMap<readonly TraceRecord[], Map<number, Readonly<Record<string, number>>>>();

/**
 * How many requests each pod answered, over the traces with id ≥ `since` (the canvas resets the
 * count at each "Send 10" so the spread over endpoints reads directly). Memoised per history array,
 * so a per-pod selector costs a lookup.
 */
export function podHits(
  traces: readonly TraceRecord[],
  since: number,
): Readonly<Record<string, number>> {
  let bySince = memo.get(traces);
  if (!bySince) memo.set(traces, (bySince = new Map()));
  const hit = bySince.get(since);
  if (hit) return hit;
  const counts: Record<string, number> = {};
  for (const r of traces) {
    if (r.id < since || r.trace.outcome !== 'delivered' || !r.trace.pod) continue;
    counts[r.trace.pod] = (counts[r.trace.pod] ?? 0) + 1;
  }
  bySince.set(since, counts);
  return counts;
}
