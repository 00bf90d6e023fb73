/**
 * The simulator's validation of the text being edited: a dry run of `kubectl apply` on the current
 * cluster (the resulting state is discarded), turned into editor markers with the API server's
 * messages at the lines they are about.
 */
import { step, type ApplyResult, type SimState } from '../../sim/core.ts';
import type { EditorMarker } from './markers.ts';

export function dryRunMarkers(
  sim: SimState,
  text: string,
  source: string,
  at: number,
): EditorMarker[] {
  if (text.trim() === '') return [];
  let result: ApplyResult;
  try {
    result = step(sim, { type: 'manifests/applied', text, source, at }).result;
  } catch {
    return []; // the simulator's problem, not the learner's: show nothing rather than noise
  }
  const markers: EditorMarker[] = [];
  for (const e of result.errors) {
    const causeLines = [...new Set((e.causes ?? []).flatMap((c) => (c.line ? [c.line] : [])))];
    const lines = causeLines.length > 0 ? causeLines : [e.line ?? 1];
    // The whole message kubectl prints, at every line it is about.
    for (const line of lines) markers.push({ line, message: e.message, severity: 'error' });
  }
  for (const o of result.objects) {
    for (const w of o.warnings ?? [])
      markers.push({ line: o.line ?? 1, message: `Warning: ${w}`, severity: 'warning' });
  }
  return markers;
}
