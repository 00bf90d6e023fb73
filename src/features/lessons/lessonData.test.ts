import { describe, expect, it } from 'vitest';
import { getLesson, lessons } from '../../lessons/index.ts';
import type { Language, LessonSession } from '../../store/index.ts';
import {
  PROGRESS_CATALOG,
  continuesFrom,
  guidedLessons,
  lessonLang,
  nextLesson,
  questionsOf,
  startOf,
} from './lessonData.ts';

const T0 = 1_750_000_000_000;
const lesson = (id: string) => {
  const l = getLesson(id);
  if (!l) throw new Error(id);
  return l;
};

describe('lessonLang', () => {
  it('uses the UI language when lessons are written in it, else English', () => {
    expect(lessonLang('ko')).toBe('ko');
    expect(lessonLang('en')).toBe('en');
    // A UI language added without lesson texts: the panel needs no change, lessons show in English.
    expect(lessonLang('ja' as Language)).toBe('en');
  });
});

describe('the catalog as the panel sees it', () => {
  it('lists the guided lessons in order and the ids a progress file may name', () => {
    expect(guidedLessons.map((l) => l.id)).toEqual(
      lessons.filter((l) => !l.sandbox).map((l) => l.id),
    );
    expect(PROGRESS_CATALOG.find((l) => l.id === '02-clusterip')).toEqual({
      id: '02-clusterip',
      tasks: ['service-cidr', 'by-name-and-ip', 'not-from-outside'],
      quiz: ['after-dns', 'after-dnat', 'reply-from'],
    });
    expect(nextLesson(lesson('07-debugging'))?.id).toBe('08-service-or-ingress');
    expect(nextLesson(lesson('08-service-or-ingress'))).toBeUndefined();
  });

  it('finds the questions a task asks', () => {
    const l = lesson('04-loadbalancer');
    expect(questionsOf(l, l.tasks[0]!).map((q) => q.id)).toEqual(['why-pending']);
    expect(questionsOf(l, l.tasks[1]!)).toEqual([]);
  });
});

describe('startOf', () => {
  it('a later task starts as if the tasks before it were solved', () => {
    const start = startOf(lesson('02-clusterip'), 'by-name-and-ip', T0);
    expect(start.files.find((f) => f.path === 'clusterip-service.yaml')?.content).toContain(
      'clusterIP: 10.96.0.100',
    );
    expect(start.sim.services['default/clusterip-service']?.spec.clusterIP).toBe('10.96.0.100');
  });

  it('a task with its own start begins from it, without the earlier solutions', () => {
    const start = startOf(lesson('07-debugging'), 'target-port', T0);
    expect(start.files).toEqual([
      { path: 'web-service.yaml', content: expect.stringContaining('targetPort: 9090') },
    ]);
    expect(start.activeFile).toBe('web-service.yaml');
  });
});

describe('continuesFrom', () => {
  const session = (lessonId: string, taskId: string) => ({ lessonId, taskId }) as LessonSession;
  it.each([
    ['the next task that continues', '03-nodeport', 'every-node', 'second-hop', true],
    ['a task further on', '03-nodeport', 'every-node', 'local-policy', false],
    ['the next task when it starts over', '04-loadbalancer', 'pending', 'pool', false],
  ] as const)('%s', (_name, at, taskId, to, expected) => {
    expect(continuesFrom(session(at, taskId), lesson(at), to)).toBe(expected);
  });
  it('a session of another lesson does not continue', () => {
    expect(
      continuesFrom(session('02-clusterip', 'service-cidr'), lesson('03-nodeport'), 'second-hop'),
    ).toBe(false);
  });
  it('nothing continues from the sandbox', () => {
    expect(continuesFrom(null, lesson('03-nodeport'), 'second-hop')).toBe(false);
  });
});
