/** Runs a task's goals. */
import type { Localized } from './languages.ts';
import { same } from './languages.ts';
import type { GoalContext, Task } from './types.ts';

export interface GoalResult {
  id: string;
  title: Localized;
  pass: boolean;
  explanation: Localized;
}

export interface Evaluation {
  /** Every goal passes. */
  passed: boolean;
  goals: GoalResult[];
}

/** Evaluates every goal of a task (a check that throws fails with the error, never the caller). */
export function evaluate(task: Pick<Task, 'goals'>, ctx: GoalContext): Evaluation {
  const goals = task.goals.map((g): GoalResult => {
    try {
      const r = g.run(ctx);
      return { id: g.id, title: g.title, pass: r.pass, explanation: r.explanation };
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      return { id: g.id, title: g.title, pass: false, explanation: same(`internal error: ${why}`) };
    }
  });
  return { passed: goals.every((g) => g.pass), goals };
}
