import { useId, useState, type FormEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import type { Lang, Lesson, Question } from '../../lessons/index.ts';
import { appStore } from '../../store/index.ts';
import { InlineMarkdown } from './Markdown.tsx';
import { INPUT, PRIMARY } from './styles.ts';

export interface QuestionFormProps {
  lesson: Lesson;
  question: Question;
  lang: Lang;
  /** The answer given so far (from the store). */
  given: readonly string[] | undefined;
}

/**
 * One of the lesson's questions: single choice (radio buttons), several choices (checkboxes) or a
 * typed value. "Check" records the answer; the goal checklist then says whether it is right.
 */
export function QuestionForm({ lesson, question, lang, given }: QuestionFormProps) {
  const t = useT();
  const id = useId();
  const text = lesson.text[lang].questions[question.id];
  const multiple = question.kind === 'choice' && question.correct.length > 1;
  const [picked, setPicked] = useState<string[]>(() => [...(given ?? [])]);
  const [value, setValue] = useState(() => given?.[0] ?? '');
  const [shownGiven, setShownGiven] = useState(given);
  // An answer recorded elsewhere (the solution's step) shows in the form.
  if (given !== shownGiven) {
    setShownGiven(given);
    setPicked([...(given ?? [])]);
    setValue(given?.[0] ?? '');
  }

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const answer = question.kind === 'value' ? [value.trim()] : picked;
    if (answer.length === 0 || answer[0] === '') return;
    appStore.getState().setAnswer(question.id, answer);
  };

  const toggle = (choice: string, on: boolean) =>
    setPicked((p) => (multiple ? (on ? [...p, choice] : p.filter((c) => c !== choice)) : [choice]));

  return (
    <form
      onSubmit={submit}
      className="space-y-1.5 rounded-md border border-line p-2"
      data-testid={`question-${question.id}`}
      aria-labelledby={`${id}-prompt`}
    >
      <p id={`${id}-prompt`} className="font-medium">
        <InlineMarkdown text={text?.prompt ?? question.id} />
      </p>
      {question.kind === 'choice' ? (
        <fieldset className="space-y-1">
          <legend className="text-xs text-muted">
            {multiple ? t('lessons.question.pickSeveral') : t('lessons.question.pickOne')}
          </legend>
          {question.choices.map((c) => (
            <label key={c} className="flex items-start gap-2 text-xs">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-choice`}
                value={c}
                className="mt-0.5"
                checked={picked.includes(c)}
                onChange={(e) => toggle(c, e.target.checked)}
                data-testid="choice"
                data-choice={c}
              />
              <span>
                <InlineMarkdown text={text?.choices?.[c] ?? c} />
              </span>
            </label>
          ))}
        </fieldset>
      ) : (
        <div className="flex gap-2">
          <label htmlFor={`${id}-value`} className="sr-only">
            {t('lessons.question.valueLabel')}
          </label>
          <input
            id={`${id}-value`}
            className={INPUT}
            value={value}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setValue(e.target.value)}
            data-testid="question-value"
          />
        </div>
      )}
      <div className="flex items-center gap-2">
        <button type="submit" className={PRIMARY} data-testid="question-check">
          {t('lessons.question.check')}
        </button>
        {given && given.length > 0 && (
          <span className="text-xs text-muted">{t('lessons.question.recorded')}</span>
        )}
      </div>
    </form>
  );
}
