/**
 * The lesson catalog and the API the lesson panel uses. Lessons are data (see CONTEXT.md); the
 * panel performs a step through the store, then calls `evaluate(task, goalContext({...}))`.
 */
import { lesson as whyServices } from './01-why-services/lesson.ts';
import { lesson as clusterIP } from './02-clusterip/lesson.ts';
import { lesson as nodePort } from './03-nodeport/lesson.ts';
import { lesson as loadBalancer } from './04-loadbalancer/lesson.ts';
import { lesson as externalName } from './05-externalname/lesson.ts';
import { lesson as headless } from './06-headless/lesson.ts';
import { lesson as debugging } from './07-debugging/lesson.ts';
import { lesson as serviceOrIngress } from './08-service-or-ingress/lesson.ts';
import { lesson as sandbox } from './sandbox/lesson.ts';
import { buildStart, type StartResult } from './runner.ts';
import type { Lesson, Step, Task } from './types.ts';

export type * from './types.ts';
export { LANGS, localize, type Lang, type Localized } from './languages.ts';
export { goalContext, type GoalContextInput } from './context.ts';
export { evaluate, type Evaluation, type GoalResult } from './evaluate.ts';
export {
  buildStart,
  commandOf,
  derivedAnswer,
  resolvePod,
  runStep,
  runSteps,
  startWorld,
  type StartResult,
  type StepOutput,
  type World,
} from './runner.ts';
export { describeStep } from './steps/index.ts';
export {
  answerFrom,
  answerMatches,
  probeQuiz,
  quizForTrace,
  quizMatches,
  readField,
  requestTo,
  selectHop,
  type QuizAnswer,
} from './quiz.ts';

/** The guided lessons in order, then the sandbox. */
export const lessons: readonly Lesson[] = [
  whyServices,
  clusterIP,
  nodePort,
  loadBalancer,
  externalName,
  headless,
  debugging,
  serviceOrIngress,
  sandbox,
];

export const SANDBOX_ID = 'sandbox';

export const getLesson = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);

/**
 * The cluster and editor files a lesson (or a task that starts over) begins with. Pure: the
 * same lesson and time give the same state. `at` is the store's clock (ms since the epoch).
 */
export function startState(from: Lesson | Task, at: number): StartResult {
  const spec = from.start;
  if (!spec) throw new Error(`task ${from.id} continues from the previous task; it has no start`);
  return buildStart(spec, at);
}

/** Whether a task begins from a fresh cluster (the panel then asks before replacing it). */
export const startsOver = (task: Task): boolean => task.start !== undefined;

/** The solution of a task: the steps a learner would take, as data. */
export const solutionSteps = (task: Task): readonly Step[] => task.solution;

/** The task after `taskId` in its lesson, or undefined at the end. */
export function nextTask(lesson: Lesson, taskId: string): Task | undefined {
  const i = lesson.tasks.findIndex((t) => t.id === taskId);
  return i >= 0 ? lesson.tasks[i + 1] : undefined;
}
