/**
 * `kubectl get events`: printers.go eventColumnDefinitions — LAST SEEN, TYPE, REASON, OBJECT,
 * MESSAGE (`-A` puts NAMESPACE first). The object is `kind/name` with the kind lower-cased.
 * Stored events (MetalLB, scheduling failures …) and the pods' derived lifecycle events, oldest first.
 */
import type { ProcResult } from '../../shell/types.ts';
import { listEvents } from '../printers/events.ts';
import { translateTimestampSince } from '../printers/duration.ts';
import { TABLE_TABWRITER, tabify } from '../printers/tabwriter.ts';
import { noResourcesMessage } from './deps.ts';
import type { Kctx } from './types.ts';

export const EVENT_TYPES = new Set(['events', 'event', 'ev', 'events.events.k8s.io']);

export function getEvents(k: Kctx, allNamespaces: boolean): ProcResult {
  const events = listEvents(k.s.state, allNamespaces ? undefined : k.namespace, k.s.at);
  if (events.length === 0) {
    return {
      stdout: '',
      stderr: `${noResourcesMessage(allNamespaces ? undefined : k.namespace)}\n`,
      code: 0,
    };
  }
  const rows = [
    [...(allNamespaces ? ['NAMESPACE'] : []), 'LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
  ];
  for (const e of events) {
    rows.push([
      ...(allNamespaces ? [e.involved.namespace ?? ''] : []),
      translateTimestampSince(e.lastTimestamp, k.s.at),
      e.type,
      e.reason,
      `${e.involved.kind.toLowerCase()}/${e.involved.name}`,
      e.message.trim(),
    ]);
  }
  return {
    stdout: tabify(`${rows.map((r) => r.join('\t')).join('\n')}\n`, TABLE_TABWRITER),
    stderr: '',
    code: 0,
  };
}
