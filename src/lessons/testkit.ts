/** Test helpers: replay a lesson's solutions task by task, as a learner would. */
import { goalContext } from './context.ts';
import { evaluate, type Evaluation } from './evaluate.ts';
import { runSteps, startWorld, type StepOutput, type World } from './runner.ts';
import type { Lesson, Step, Task } from './types.ts';

/** A fixed clock for tests: 2025-06-01T00:00:00Z. */
export const AT = Date.UTC(2025, 5, 1);

export interface TaskRun {
  task: Task;
  /** The world when the task begins (after the earlier tasks' solutions). */
  begin: World;
  /** Goals at the beginning, with every trace of the lesson so far. */
  before: Evaluation;
  /** The world after the task's solution (traces: only this task's). */
  after: World;
  solved: Evaluation;
  outputs: (StepOutput | undefined)[];
}

/** Evaluates a task on a world, with `begin` as the task's start. */
export function evaluateWorld(task: Task, world: World, begin: World): Evaluation {
  return evaluate(
    task,
    goalContext({
      state: world.sim,
      start: begin.sim,
      traces: world.traces,
      answers: world.answers,
    }),
  );
}

/** Replays every task: starting state, then its solution. */
export function replayLesson(lesson: Lesson): TaskRun[] {
  let clock = AT;
  let world = startWorld(lesson.start, clock);
  let lessonTraces = world.traces;
  const runs: TaskRun[] = [];
  for (const task of lesson.tasks) {
    clock += 60_000;
    if (task.start) world = startWorld(task.start, clock);
    const begin: World = { ...world, traces: [] };
    const before = evaluateWorld(task, { ...begin, traces: lessonTraces }, begin);
    const { world: after, outputs } = runSteps(begin, task.solution, clock, lesson.questions);
    clock += task.solution.length * 1000;
    const solved = evaluateWorld(task, after, begin);
    runs.push({ task, begin, before, after, solved, outputs });
    lessonTraces = [...lessonTraces, ...after.traces];
    world = after;
  }
  return runs;
}

/** The world at the beginning of a task, and what a wrong attempt there evaluates to. */
export function tryWrong(
  lesson: Lesson,
  taskId: string,
  steps: readonly Step[],
): { evaluation: Evaluation; world: World; outputs: (StepOutput | undefined)[] } {
  const run = replayLesson(lesson).find((r) => r.task.id === taskId);
  if (!run) throw new Error(`no task ${taskId}`);
  const { world, outputs } = runSteps(run.begin, steps, AT + 3_600_000, lesson.questions);
  return { evaluation: evaluateWorld(run.task, world, run.begin), world, outputs };
}

/** The goal of an evaluation by id (throws when missing, to keep tests short). */
export function goal(e: Evaluation, id: string) {
  const g = e.goals.find((x) => x.id === id);
  if (!g) throw new Error(`no goal ${id}: ${e.goals.map((x) => x.id).join(', ')}`);
  return g;
}

/** A plausible wrong answer: steps from the task's start, the goal that must fail, and why. */
export interface WrongAnswer {
  task: string;
  what: string;
  steps: readonly Step[];
  goal: string;
  en: string;
  ko: string;
}

/** Rows for `it.each`: `[what, case]`. */
export const wrongRows = (cases: readonly WrongAnswer[]) =>
  cases.map((c) => [`${c.task}: ${c.what}`, c] as const);

/** Runs a wrong answer and returns the goal's result. */
export function wrongResult(lesson: Lesson, c: WrongAnswer) {
  return goal(tryWrong(lesson, c.task, c.steps).evaluation, c.goal);
}
