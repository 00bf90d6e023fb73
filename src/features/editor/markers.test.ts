import { describe, expect, it } from 'vitest';
import { markerRanges, type EditorMarker } from './markers.ts';

const text = [
  'apiVersion: v1',
  'kind: Service',
  'spec:',
  '  type: NodePortt',
  '',
  '  ports: []',
].join('\n');

describe('markerRanges', () => {
  const cases: [string, EditorMarker, [number, number, number]][] = [
    [
      'whole line from its first non-blank',
      { line: 4, message: 'm', severity: 'error' },
      [4, 3, 18],
    ],
    ['token at a column', { line: 4, column: 9, message: 'm', severity: 'error' }, [4, 9, 18]],
    [
      'column on a blank: one character',
      { line: 4, column: 8, message: 'm', severity: 'error' },
      [4, 8, 9],
    ],
    ['empty line: one character', { line: 5, message: 'm', severity: 'warning' }, [5, 1, 2]],
    ['line past the end: last line', { line: 99, message: 'm', severity: 'info' }, [6, 3, 12]],
    ['line 0: first line', { line: 0, message: 'm', severity: 'error' }, [1, 1, 15]],
    [
      'column past the end: end of line',
      { line: 1, column: 40, message: 'm', severity: 'error' },
      [1, 15, 16],
    ],
  ];
  it.each(cases)('%s', (_name, marker, [line, start, end]) => {
    expect(markerRanges([marker], text)).toEqual([
      {
        startLineNumber: line,
        startColumn: start,
        endLineNumber: line,
        endColumn: end,
        message: 'm',
        severity: marker.severity,
      },
    ]);
  });

  it('keeps order and messages', () => {
    const ranges = markerRanges(
      [
        { line: 2, message: 'spec.ports: Required value', severity: 'error' },
        { line: 1, message: 'second', severity: 'warning' },
      ],
      text,
    );
    expect(ranges.map((r) => [r.startLineNumber, r.message])).toEqual([
      [2, 'spec.ports: Required value'],
      [1, 'second'],
    ]);
  });

  it('handles CRLF text', () => {
    expect(
      markerRanges([{ line: 2, message: 'm', severity: 'error' }], 'a: 1\r\nbb: 2\r\n')[0],
    ).toMatchObject({ startLineNumber: 2, startColumn: 1, endColumn: 6 });
  });
});
