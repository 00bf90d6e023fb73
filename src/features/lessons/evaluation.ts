/**
 * The current task's goals, evaluated live. Derived, never stored: recomputed only when the
 * cluster, the traces or the task's inputs change (one cached result), so the panel and the
 * progress watcher share one evaluation per change.
 */
import {
  evaluate,
  goalContext,
  type Evaluation,
  type Lesson,
  type Task,
} from '../../lessons/index.ts';
import type { AppState, LessonSession } from '../../store/index.ts';
import { findLesson, findTask } from './lessonData.ts';

export interface CurrentTask {
  lesson: Lesson;
  task: Task;
  evaluation: Evaluation;
}

type Inputs = [AppState['sim'], AppState['traces'], LessonSession | null];
let cached: { inputs: Inputs; key: string; result: CurrentTask | null } | null = null;

const sessionKey = (l: LessonSession | null) =>
  l ? `${l.lessonId}/${l.taskId}/${l.sinceTrace}` : '';

/** The active lesson, task and goal results; null in the sandbox (or for an unknown lesson). */
export function currentTask(s: Pick<AppState, 'sim' | 'traces' | 'lesson'>): CurrentTask | null {
  const l = s.lesson;
  const key = sessionKey(l);
  if (
    cached &&
    cached.key === key &&
    cached.inputs[0] === s.sim &&
    cached.inputs[1] === s.traces &&
    cached.inputs[2]?.start === l?.start &&
    cached.inputs[2]?.answers === l?.answers
  )
    return cached.result;
  let result: CurrentTask | null = null;
  const lesson = findLesson(l?.lessonId);
  const task = findTask(lesson, l?.taskId);
  if (l && lesson && task) {
    const traces = s.traces.filter((r) => r.id > l.sinceTrace).map((r) => r.trace);
    const ctx = goalContext({ state: s.sim, start: l.start, traces, answers: l.answers });
    result = { lesson, task, evaluation: evaluate(task, ctx) };
  }
  cached = { inputs: [s.sim, s.traces, l], key, result };
  return result;
}
