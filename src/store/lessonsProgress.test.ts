import { describe, expect, it } from 'vitest';
import { initialState } from '../sim/index.ts';
import {
  decodeProgress,
  encodeProgress,
  lessonsFromStorage,
  progressFromStorage,
  withProgress,
  type ProgressCatalog,
} from './lessonsProgress.ts';
import { isSimState, recoverFiles } from './persistence.ts';

const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
const CATALOG: ProgressCatalog = [
  { id: '02-clusterip', tasks: ['service-cidr', 'by-name-and-ip'], quiz: ['after-dns'] },
  { id: '03-nodeport', tasks: ['every-node'], quiz: [] },
];

const file = (lessons: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: 'k8s-service-playground/lesson-progress',
    version: 1,
    exportedAt: '2025-06-01T12:00:00.000Z',
    lessons,
    ...extra,
  });

describe('encodeProgress / decodeProgress', () => {
  it('round-trips, leaving out lessons without progress', () => {
    const progress = {
      '02-clusterip': { done: ['service-cidr'], quiz: ['after-dns'] },
      '03-nodeport': { done: [], quiz: [] },
    };
    const text = encodeProgress(progress, T0);
    expect(JSON.parse(text)).toEqual({
      format: 'k8s-service-playground/lesson-progress',
      version: 1,
      exportedAt: '2025-06-01T12:00:00.000Z',
      lessons: { '02-clusterip': { done: ['service-cidr'], quiz: ['after-dns'] } },
    });
    expect(decodeProgress(text, CATALOG)).toEqual({
      ok: true,
      progress: { '02-clusterip': { done: ['service-cidr'], quiz: ['after-dns'] } },
    });
  });

  it.each([
    ['not JSON', '{"format": ', { error: 'json' }],
    ['another file', JSON.stringify({ name: 'x' }), { error: 'format' }],
    ['an array', '[]', { error: 'format' }],
    ['a future version', file({}, { version: 2 }), { error: 'version', detail: '2' }],
    ['an extra top-level key', file({}, { admin: true }), { error: 'shape' }],
    ['exportedAt not a string', file({}, { exportedAt: 5 }), { error: 'shape' }],
    ['lessons not an object', file([]), { error: 'shape' }],
    [
      'an unknown lesson',
      file({ '99-x': { done: [], quiz: [] } }),
      { error: 'unknownLesson', detail: '99-x' },
    ],
    [
      'an unknown task',
      file({ '02-clusterip': { done: ['nope'], quiz: [] } }),
      { error: 'unknownTask', detail: '02-clusterip/nope' },
    ],
    [
      'an unknown quiz point',
      file({ '02-clusterip': { done: [], quiz: ['x'] } }),
      { error: 'unknownQuiz', detail: '02-clusterip/x' },
    ],
    [
      'a duplicate task',
      file({ '02-clusterip': { done: ['service-cidr', 'service-cidr'], quiz: [] } }),
      { error: 'duplicate', detail: '02-clusterip' },
    ],
    [
      'a missing list',
      file({ '02-clusterip': { done: [] } }),
      { error: 'shape', detail: '02-clusterip' },
    ],
    [
      'a number among task ids',
      file({ '02-clusterip': { done: [1], quiz: [] } }),
      { error: 'shape', detail: '02-clusterip' },
    ],
    [
      'an extra key in a lesson',
      file({ '02-clusterip': { done: [], quiz: [], score: 3 } }),
      { error: 'shape', detail: '02-clusterip' },
    ],
    ['too large', ' '.repeat(70_000), { error: 'tooLarge' }],
  ])('refuses %s', (_name, text, expected) => {
    expect(decodeProgress(text, CATALOG)).toEqual({ ok: false, ...expected });
  });

  it('accepts a file without exportedAt and with no lessons', () => {
    const text = JSON.stringify({
      format: 'k8s-service-playground/lesson-progress',
      version: 1,
      lessons: {},
    });
    expect(decodeProgress(text, CATALOG)).toEqual({ ok: true, progress: {} });
  });
});

describe('withProgress', () => {
  it('adds once and keeps the same map when nothing changes', () => {
    const a = withProgress({}, 'l', 'done', 't1');
    expect(a).toEqual({ l: { done: ['t1'], quiz: [] } });
    expect(withProgress(a, 'l', 'done', 't1')).toBe(a);
    expect(withProgress(a, 'l', 'quiz', 'q')).toEqual({ l: { done: ['t1'], quiz: ['q'] } });
  });
});

describe('reading back from storage', () => {
  const checks = { isSimState, recoverFiles };
  const sim = initialState({ seed: 1, now: () => T0 });
  const session = {
    lessonId: '02-clusterip',
    taskId: 'service-cidr',
    start: sim,
    sinceTrace: 3,
    answers: { q: ['a'] },
    hints: 1,
    solution: null,
    quizAsked: [],
  };

  it('keeps well-formed progress entries and drops the others', () => {
    expect(
      progressFromStorage({ a: { done: ['x', 'x'], quiz: [] }, b: { done: 'x' }, c: null }),
    ).toEqual({ a: { done: ['x'], quiz: [] } });
  });

  it('restores a session, progress, quiz mode and saved files', () => {
    const read = lessonsFromStorage(
      {
        session,
        progress: { '02-clusterip': { done: ['service-cidr'], quiz: [] } },
        quizMode: false,
        savedWork: { files: [{ path: 'a.yaml', content: 'x' }], activeFile: 'a.yaml' },
      },
      checks,
    );
    expect(read).toEqual({
      damaged: false,
      lessons: {
        session,
        progress: { '02-clusterip': { done: ['service-cidr'], quiz: [] } },
        quizMode: false,
        savedWork: { files: [{ path: 'a.yaml', content: 'x' }], activeFile: 'a.yaml' },
      },
    });
  });

  it('drops a damaged session but keeps the progress', () => {
    const read = lessonsFromStorage(
      {
        session: { ...session, start: { nope: true } },
        progress: { l: { done: ['t'], quiz: [] } },
        quizMode: true,
        savedWork: null,
      },
      checks,
    );
    expect(read?.damaged).toBe(true);
    expect(read?.lessons.session).toBeNull();
    expect(read?.lessons.progress).toEqual({ l: { done: ['t'], quiz: [] } });
  });
});
