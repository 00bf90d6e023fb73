/**
 * The lesson panel's view of the catalog: which lessons are guided, the text in the learner's
 * language, a task's questions, and the cluster a task starts from (fast-forwarding through the
 * earlier tasks' solutions when the task continues from them).
 */
import {
  LANGS,
  SANDBOX_ID,
  lessons,
  nextTask,
  runSteps,
  startWorld,
  startsOver,
  type Lang,
  type Lesson,
  type Question,
  type Task,
} from '../../lessons/index.ts';
import type { Language, LessonSession, LessonStart, ProgressCatalog } from '../../store/index.ts';

/** The lessons shown in the list, in order (the sandbox is offered on its own). */
export const guidedLessons: readonly Lesson[] = lessons.filter((l) => !l.sandbox);
export const sandboxLesson: Lesson | undefined = lessons.find((l) => l.id === SANDBOX_ID);

/** Ids a progress file may name (strict import). */
export const PROGRESS_CATALOG: ProgressCatalog = guidedLessons.map((l) => ({
  id: l.id,
  tasks: l.tasks.map((t) => t.id),
  quiz: (l.quiz ?? []).map((q) => q.id),
}));

/**
 * The lessons' language for a UI language: the same when lessons are written in it, else English.
 * A UI language added without lesson texts still works, with lessons in English.
 */
export const lessonLang = (language: Language): Lang =>
  (LANGS as readonly string[]).includes(language) ? (language as Lang) : 'en';

export const findLesson = (id: string | undefined): Lesson | undefined =>
  guidedLessons.find((l) => l.id === id);

export const findTask = (
  lesson: Lesson | undefined,
  taskId: string | undefined,
): Task | undefined => lesson?.tasks.find((t) => t.id === taskId);

/** The lesson after this one in the list, if any. */
export function nextLesson(lesson: Lesson): Lesson | undefined {
  const i = guidedLessons.indexOf(lesson);
  return i >= 0 ? guidedLessons[i + 1] : undefined;
}

/** The questions a task's goals ask (goal ids are `answer-<question id>`). */
export function questionsOf(lesson: Lesson, task: Task): Question[] {
  return (lesson.questions ?? []).filter((q) => task.goals.some((g) => g.id === `answer-${q.id}`));
}

/** Whether moving to `taskId` keeps the cluster: it is the next task and continues from this one. */
export function continuesFrom(session: LessonSession | null, lesson: Lesson, taskId: string) {
  if (!session || session.lessonId !== lesson.id) return false;
  const next = nextTask(lesson, session.taskId);
  return next?.id === taskId && !startsOver(next);
}

/**
 * The cluster and files a task starts from. A task with its own start (or the first task) uses it;
 * a task that continues from earlier ones gets the last start before it with the earlier tasks'
 * solutions performed, as if the learner had solved them.
 */
export function startOf(lesson: Lesson, taskId: string, at: number): LessonStart {
  const index = Math.max(
    0,
    lesson.tasks.findIndex((t) => t.id === taskId),
  );
  let from = 0;
  for (let i = index; i > 0; i--)
    if (lesson.tasks[i]?.start) {
      from = i;
      break;
    }
  const spec = lesson.tasks[from]?.start ?? lesson.start;
  let world = startWorld(spec, at);
  const before = lesson.tasks.slice(from, index).flatMap((t) => t.solution);
  if (before.length) world = runSteps(world, before, at, lesson.questions ?? []).world;
  const files = Object.entries(world.files).map(([path, content]) => ({ path, content }));
  return { sim: world.sim, files, activeFile: spec.activeFile ?? files[0]?.path ?? '' };
}
