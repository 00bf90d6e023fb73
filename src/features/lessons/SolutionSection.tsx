import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useT, type MessageKey } from '../../i18n/index.ts';
import { describeStep, type Lang, type Lesson, type Task } from '../../lessons/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { performStep, type StepError } from './actions.ts';
import { BUTTON, HEADING, PRIMARY } from './styles.ts';

const ERRORS: Record<StepError, MessageKey> = {
  noFile: 'lessons.solution.error.noFile',
  noText: 'lessons.solution.error.noText',
  noPod: 'lessons.solution.error.noPod',
  noTarget: 'lessons.solution.error.noTarget',
  noAnswer: 'lessons.solution.error.noAnswer',
};

/**
 * "Show solution" behind a confirmation; then the steps in words, performed one at a time through
 * the same store actions a learner uses (so the terminal, editor and canvas show each one).
 */
export function SolutionSection({
  lesson,
  task,
  lang,
}: {
  lesson: Lesson;
  task: Task;
  lang: Lang;
}) {
  const t = useT();
  const next = useAppStore((s) => s.lesson?.solution ?? null);
  const sim = useAppStore((s) => s.sim);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<StepError | null>(null);
  const steps = task.solution;

  if (next === null)
    return (
      <div>
        <button
          type="button"
          className={BUTTON}
          onClick={() => setAsking(true)}
          data-testid="solution-button"
        >
          {t('lessons.solution.show')}
        </button>
        <ConfirmDialog
          open={asking}
          title={t('lessons.solution.confirmTitle')}
          message={t('lessons.solution.confirmMessage', { count: steps.length })}
          confirmLabel={t('lessons.solution.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            appStore.getState().showSolution();
          }}
          testId="solution-dialog"
        />
      </div>
    );

  const run = () => {
    const step = steps[next];
    if (!step) return;
    const err = performStep(step, lesson);
    setError(err);
    if (!err) appStore.getState().solutionStepDone();
  };

  return (
    <div className="space-y-1.5" data-testid="solution">
      <h5 className={HEADING}>{t('lessons.solution.heading')}</h5>
      <ol className="list-decimal space-y-1 pl-5 text-xs" data-testid="solution-steps">
        {steps.map((step, i) => (
          <li
            key={i}
            data-testid="solution-step"
            data-state={i < next ? 'done' : i === next ? 'next' : 'todo'}
            aria-current={i === next ? 'step' : undefined}
            className={i < next ? 'text-muted' : i === next ? 'font-medium' : ''}
          >
            <span className="break-words">{describeStep(step, lang, sim, lesson)}</span>
            {i < next && <span className="sr-only"> {t('lessons.solution.done')}</span>}
          </li>
        ))}
      </ol>
      {next < steps.length ? (
        <button type="button" className={PRIMARY} onClick={run} data-testid="solution-run">
          {t('lessons.solution.run', { n: next + 1, total: steps.length })}
        </button>
      ) : (
        <p className="text-xs text-muted">{t('lessons.solution.finished')}</p>
      )}
      {error && (
        <p role="alert" className="text-xs text-danger">
          {t(ERRORS[error])}
        </p>
      )}
    </div>
  );
}
