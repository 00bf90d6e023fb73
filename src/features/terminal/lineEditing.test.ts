import { describe, expect, it } from 'vitest';
import { browse, columns, complete, FRESH, wordStart } from './lineEditing.ts';

describe('complete', () => {
  const cases: [string, string, number, string[], [string, number, string[] | null]][] = [
    [
      'one candidate adds a space',
      'kubectl get svc node',
      20,
      ['nodeport-service'],
      ['kubectl get svc nodeport-service ', 33, null],
    ],
    ['common prefix', 'kubectl g', 9, ['get'], ['kubectl get ', 12, null]],
    [
      'several: extend to the common prefix',
      'kubectl get svc ',
      16,
      ['nodeport-a', 'nodeport-b'],
      ['kubectl get svc nodeport-', 25, null],
    ],
    [
      'several, nothing to add: list',
      'kubectl get svc nodeport-',
      25,
      ['nodeport-a', 'nodeport-b'],
      ['kubectl get svc nodeport-', 25, ['nodeport-a', 'nodeport-b']],
    ],
    ['nothing matches', 'kubectl zz', 10, [], ['kubectl zz', 10, null]],
    ['in the middle of a line', 'kub get pods', 3, ['kubectl'], ['kubectl get pods', 8, null]],
    ['after a pipe', 'kubectl get po|gr', 17, ['grep'], ['kubectl get po|grep ', 20, null]],
  ];
  it.each(cases)('%s', (_n, line, cursor, cands, [wantLine, wantCursor, wantList]) => {
    expect(complete(line, cursor, cands)).toEqual({
      line: wantLine,
      cursor: wantCursor,
      list: wantList,
    });
  });

  it('wordStart stops at blanks and quotes', () => {
    expect(wordStart('echo "ab', 8)).toBe(6);
    expect(wordStart('abc', 3)).toBe(0);
  });
});

describe('browse', () => {
  const h = ['one', 'two', 'three'];
  it('walks up keeping the draft, and back down to it', () => {
    let at = FRESH;
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = browse(h, at, i === 0 ? 'draft' : (seen.at(-1) as string), -1);
      if (!r) throw new Error('stopped early');
      seen.push(r.line);
      at = r.at;
    }
    expect(seen).toEqual(['three', 'two', 'one']);
    expect(browse(h, at, 'one', -1)).toBeNull();
    const down = [1, 1, 1].map(() => {
      const r = browse(h, at, '', 1);
      if (!r) throw new Error('stopped');
      at = r.at;
      return r.line;
    });
    expect(down).toEqual(['two', 'three', 'draft']);
    expect(at).toEqual(FRESH);
    expect(browse(h, at, 'draft', 1)).toBeNull();
  });
  it('does nothing without history', () => {
    expect(browse([], FRESH, 'x', -1)).toBeNull();
  });
});

describe('columns', () => {
  it('lays candidates out column by column', () => {
    expect(columns(['aa', 'bb', 'cc', 'dd', 'ee'], 12)).toBe('aa  cc  ee\nbb  dd');
  });
});
