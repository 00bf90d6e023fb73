/** Turns a lesson's language-neutral data and its texts into the catalog's Lesson. */
import { questionCheck } from './checks/answers.ts';
import type { Lang } from './languages.ts';
import type { Check, Lesson, LessonDef, LessonText, Task } from './types.ts';

/** Question goals become checks; every task learns its lesson id. Throws on a dangling id. */
export function defineLesson(def: LessonDef, text: Readonly<Record<Lang, LessonText>>): Lesson {
  const questions = new Map((def.questions ?? []).map((q) => [q.id, q]));
  const tasks: Task[] = def.tasks.map((t) => ({
    ...t,
    lessonId: def.id,
    goals: t.goals.map((g): Check => {
      if (!('question' in g)) return g;
      const q = questions.get(g.question);
      if (!q) throw new Error(`${def.id}/${t.id}: no question "${g.question}"`);
      return questionCheck(q, text);
    }),
  }));
  return { ...def, tasks, text };
}
