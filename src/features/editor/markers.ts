/** A problem to show in the editor, e.g. an API-server error for a field of an applied manifest. */
export interface EditorMarker {
  /** 1-based line. */
  line: number;
  /** 1-based column; without it the whole line (from its first non-blank) is marked. */
  column?: number;
  message: string;
  severity: 'error' | 'warning' | 'info';
}

/** A Monaco-shaped marker range, independent of the monaco module so it is unit-testable. */
export interface MarkerRange {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  severity: EditorMarker['severity'];
}

/** Marker owner for everything the simulator reports; schema problems come from monaco-yaml. */
export const MARKER_OWNER = 'k8s-sim';

/**
 * Turns line/column markers into ranges over the current text: lines are clamped into the
 * document, a column marks the token starting there (up to the next blank), no column marks the
 * line's content, and every range is at least one character wide so Monaco draws it.
 */
export function markerRanges(markers: readonly EditorMarker[], text: string): MarkerRange[] {
  const lines = text.split(/\r?\n/);
  return markers.map((m) => {
    const lineNumber = Math.min(Math.max(1, Math.trunc(m.line)), lines.length);
    const content = lines[lineNumber - 1] ?? '';
    let start: number;
    let end: number;
    if (m.column !== undefined) {
      start = Math.min(Math.max(1, Math.trunc(m.column)), content.length + 1);
      const rest = content.slice(start - 1);
      const token = /^\S*/.exec(rest)?.[0] ?? '';
      end = start + token.length;
    } else {
      const firstNonBlank = content.search(/\S/);
      start = firstNonBlank === -1 ? 1 : firstNonBlank + 1;
      end = content.trimEnd().length + 1;
    }
    return {
      startLineNumber: lineNumber,
      startColumn: start,
      endLineNumber: lineNumber,
      endColumn: Math.max(end, start + 1),
      message: m.message,
      severity: m.severity,
    };
  });
}
