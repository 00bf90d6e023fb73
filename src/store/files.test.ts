import { describe, expect, it } from 'vitest';
import { fileNameError, freeName, mergeShared, mergeWritten } from './files.ts';

const f = (path: string, content = '') => ({ path, content });

describe('file helpers', () => {
  it.each([
    ['a.yaml', null],
    ['my_app-2.yml', null],
    ['', 'empty'],
    ['a b', 'invalid'],
    ['dir/a.yaml', 'invalid'],
    ['..', 'invalid'],
    ['x.yaml', 'taken'],
  ])('fileNameError(%j) = %j', (name, want) => {
    expect(fileNameError([f('x.yaml')], name)).toBe(want);
  });

  it('a file may keep its own name on rename', () => {
    expect(fileNameError([f('x.yaml')], 'x.yaml', 'x.yaml')).toBeNull();
  });

  it('freeName counts up', () => {
    expect(freeName([f('a.yaml'), f('a-2.yaml')], 'a.yaml')).toBe('a-3.yaml');
    expect(freeName([], 'Makefile')).toBe('Makefile');
    expect(freeName([f('Makefile')], 'Makefile')).toBe('Makefile-2');
  });

  it('mergeWritten updates and appends, and keeps identity when nothing changed', () => {
    const files = [f('a.yaml', '1'), f('b.yaml', '2')];
    expect(mergeWritten(files, { 'a.yaml': '1' })).toBe(files);
    expect(mergeWritten(files, { 'b.yaml': '3', 'c.yaml': '4' })).toEqual([
      f('a.yaml', '1'),
      f('b.yaml', '3'),
      f('c.yaml', '4'),
    ]);
  });

  it('mergeShared keeps every local text that is not already shared', () => {
    expect(
      mergeShared(
        [f('a.yaml', 'same'), f('b.yaml', 'local b'), f('c.yaml', 'x'), f('d.yaml', 'moved')],
        [f('a.yaml', 'same'), f('b.yaml', 'shared b'), f('e.yaml', 'moved')],
      ),
    ).toEqual([
      f('a.yaml', 'same'),
      f('b.yaml', 'shared b'),
      f('e.yaml', 'moved'),
      f('local-b.yaml', 'local b'),
      f('c.yaml', 'x'),
    ]);
  });
});
