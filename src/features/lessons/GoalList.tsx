import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import type { Evaluation, Lang } from '../../lessons/index.ts';
import { InlineMarkdown } from './Markdown.tsx';
import { HEADING } from './styles.ts';

/** "Goal met: …" for each goal whose status flipped, and a line when every goal passes. */
function announcement(
  before: Evaluation | null,
  now: Evaluation,
  lang: Lang,
  t: ReturnType<typeof useT>,
): string {
  if (!before) return '';
  const parts: string[] = [];
  for (const g of now.goals) {
    const was = before.goals.find((b) => b.id === g.id);
    if (!was || was.pass === g.pass) continue;
    parts.push(t(g.pass ? 'lessons.goals.met' : 'lessons.goals.unmet', { goal: g.title[lang] }));
  }
  if (now.passed && !before.passed) parts.push(t('lessons.goals.allMet'));
  return parts.join(' ');
}

/**
 * The task's goals as a live checklist: each goal with its status and, in the learner's terms,
 * why it passes or not. Status changes are announced in a polite live region.
 */
export function GoalList({
  evaluation,
  lang,
  taskKey,
}: {
  evaluation: Evaluation;
  lang: Lang;
  taskKey: string;
}) {
  const t = useT();
  // Compare with the previous evaluation during render (React's "adjust state on change").
  const [prev, setPrev] = useState<{ key: string; evaluation: Evaluation } | null>(null);
  const [message, setMessage] = useState('');
  if (prev?.evaluation !== evaluation || prev.key !== taskKey) {
    setPrev({ key: taskKey, evaluation });
    setMessage(
      prev && prev.key === taskKey
        ? announcement(prev.evaluation, evaluation, lang, t) || message
        : '',
    );
  }
  const passed = evaluation.goals.filter((g) => g.pass).length;

  return (
    <div className="space-y-1.5">
      <h5 className={HEADING}>
        {t('lessons.goals.heading', { passed, total: evaluation.goals.length })}
      </h5>
      <ul className="space-y-1.5" data-testid="goal-list" data-passed={evaluation.passed}>
        {evaluation.goals.map((g) => (
          <li
            key={g.id}
            data-testid="goal"
            data-goal={g.id}
            data-pass={g.pass}
            className={`rounded-md border px-2 py-1.5 ${g.pass ? 'border-ok/50 bg-ok/5' : 'border-line'}`}
          >
            <div className="flex items-start gap-1.5">
              <span aria-hidden="true" className={`font-bold ${g.pass ? 'text-ok' : 'text-muted'}`}>
                {g.pass ? '✓' : '○'}
              </span>
              <span className="font-medium">
                <span className="sr-only">
                  {g.pass ? t('lessons.goals.passLabel') : t('lessons.goals.failLabel')}{' '}
                </span>
                <InlineMarkdown text={g.title[lang]} />
              </span>
            </div>
            <p
              className={`mt-0.5 pl-5 text-xs ${g.pass ? 'text-muted' : 'text-fg'}`}
              data-testid="goal-explanation"
            >
              <InlineMarkdown text={g.explanation[lang]} />
            </p>
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="sr-only" data-testid="goal-announcement">
        {message}
      </p>
    </div>
  );
}
