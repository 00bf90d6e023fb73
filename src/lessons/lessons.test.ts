/** CI replays every lesson: each task's starting state fails its goals, its solution passes them. */
import { describe, expect, it } from 'vitest';
import { lessons } from './index.ts';
import { replayLesson } from './testkit.ts';

const guided = lessons.filter((l) => !l.sandbox);

describe.each(guided.map((l) => [l.id, l] as const))('%s', (_id, lesson) => {
  const runs = replayLesson(lesson);

  it.each(runs.map((r) => [r.task.id, r] as const))(
    'task %s: the start fails, the solution passes',
    (_task, run) => {
      expect(run.before.passed).toBe(false);
      for (const o of run.outputs) expect(o?.error).toBeUndefined();
      const failing = run.solved.goals
        .filter((g) => !g.pass)
        .map((g) => `${g.id}: ${g.explanation.en}`);
      expect(failing).toEqual([]);
      expect(run.solved.passed).toBe(true);
    },
  );

  it('has tasks, goals and solutions', () => {
    expect(lesson.tasks.length).toBeGreaterThan(0);
    for (const t of lesson.tasks) {
      expect(t.goals.length).toBeGreaterThan(0);
      expect(t.solution.length).toBeGreaterThan(0);
      expect(new Set(t.goals.map((g) => g.id)).size).toBe(t.goals.length);
    }
  });
});

describe('sandbox', () => {
  it('has no tasks and opens the article files', () => {
    const sandbox = lessons.find((l) => l.sandbox);
    expect(sandbox?.id).toBe('sandbox');
    expect(sandbox?.tasks).toEqual([]);
    expect(sandbox?.start.files.map((f) => f.path)).toEqual([
      'clusterip-service.yaml',
      'nodeport-service.yaml',
      'lb-service.yaml',
      'externalname-service.yaml',
      'headless-service.yaml',
      'scratch.yaml',
    ]);
  });
});
