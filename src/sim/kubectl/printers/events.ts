/**
 * The events of an object and describe.go's DescribeEvents: `Events:  <none>` inside the current
 * block, or a flush followed by the `Type Reason Age From Message` table, events sorted by last
 * timestamp; Age is the first timestamp's age, or `<last> (x<count> over <first>)` for repeats.
 * Events older than kube-apiserver's `--event-ttl` (default 1h0m0s) are gone: etcd drops them
 * when their lease, renewed on each update, runs out.
 */

import type { SimState } from '../../model/state.ts';
import type { KubeEvent, Kind } from '../../model/types.ts';
import { type DescribeWriter, LEVEL_0, LEVEL_1 } from './describe-writer.ts';
import { translateTimestampSince } from './duration.ts';
import { podLifecycleEvents } from '../../controllers/kubelet.ts';

export interface EventTarget {
  kind: Kind | 'Endpoints';
  name: string;
  namespace?: string;
  uid: string;
}

/**
 * searchEvents: involvedObject name, namespace, kind and uid must match (describe pod drops the kind;
 * node events may carry the node name as uid, as the kubelet records them).
 */
export function eventsFor(state: SimState, target: EventTarget): KubeEvent[] {
  const derived: KubeEvent[] = [];
  if (target.kind === 'Pod') {
    const pod = state.pods[`${target.namespace ?? 'default'}/${target.name}`];
    // Derived lifecycle events stand in for the kubelet's; a pod that has them stored keeps those.
    const stored = state.events.some(
      (e) => e.involved.uid === target.uid && (e.reason === 'Started' || e.reason === 'Scheduled'),
    );
    if (pod && pod.metadata.uid === target.uid && !stored) derived.push(...podLifecycleEvents(pod));
  }
  return [
    ...derived,
    ...state.events.filter((e) => {
      const inv = e.involved;
      if (inv.name !== target.name || (inv.namespace ?? '') !== (target.namespace ?? ''))
        return false;
      if (target.kind !== 'Pod' && (inv.kind as string) !== target.kind) return false;
      if (inv.uid === '' || inv.uid === target.uid) return true;
      return target.kind === 'Node' && inv.uid === target.name;
    }),
  ];
}

/** Every event of a namespace (or all), stored and derived, oldest first: `kubectl get events`. */
export function listEvents(
  state: SimState,
  namespace: string | undefined,
  now: number,
): KubeEvent[] {
  const derived: KubeEvent[] = [];
  for (const k in state.pods) {
    const p = state.pods[k] as NonNullable<(typeof state.pods)[string]>;
    if (namespace === undefined || p.metadata.namespace === namespace)
      derived.push(...podLifecycleEvents(p));
  }
  const stored = state.events.filter(
    (e) => namespace === undefined || (e.involved.namespace ?? '') === namespace,
  );
  return [...derived, ...stored]
    .filter((e) => eventAlive(e, now))
    .sort((a, b) => a.lastTimestamp.localeCompare(b.lastTimestamp));
}

/** kube-apiserver `--event-ttl` default: events are stored with a one-hour etcd lease. */
export const EVENT_TTL_MS = 60 * 60 * 1000;

/** Whether an event still exists at `now` (its last update is less than the TTL ago). */
export const eventAlive = (e: KubeEvent, now: number): boolean =>
  now - Date.parse(e.lastTimestamp) < EVENT_TTL_MS;

/** The AGE cell of one event row. */
export function eventInterval(e: KubeEvent, now: number): string {
  const first = translateTimestampSince(e.firstTimestamp, now);
  if (e.count > 1)
    return `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`;
  return first;
}

/** DescribeEvents. `events` undefined means events were not requested (--show-events=false). */
export function describeEvents(
  w: DescribeWriter,
  events: readonly KubeEvent[] | undefined,
  now: number,
): void {
  if (events === undefined) return;
  const live = events.filter((e) => eventAlive(e, now));
  if (live.length === 0) {
    w.write(LEVEL_0, 'Events:\t<none>\n');
    return;
  }
  w.flush();
  const sorted = live
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(a.e.lastTimestamp) - Date.parse(b.e.lastTimestamp) || a.i - b.i)
    .map((x) => x.e);
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n');
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n');
  for (const e of sorted) {
    w.write(
      LEVEL_1,
      `${e.type}\t${e.reason}\t${eventInterval(e, now)}\t${e.source}\t${e.message.trim()}\n`,
    );
  }
}
