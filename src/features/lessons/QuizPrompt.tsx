import { useState, type FormEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { answerMatches, type AnswerField } from '../../lessons/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { findLesson, lessonLang } from './lessonData.ts';
import { BUTTON, INPUT, PRIMARY } from './styles.ts';

/**
 * The quiz question while the playback waits at a stop: "what is the destination address now?".
 * The answer is checked against the learner's own trace, then the hop is shown and Continue plays on.
 */
export function QuizPrompt() {
  const t = useT();
  const { quiz, lessonId, language } = useAppStore(
    useShallow((s) => ({ quiz: s.quiz, lessonId: s.lesson?.lessonId, language: s.language })),
  );
  const [value, setValue] = useState('');
  const lesson = findLesson(lessonId);
  const item = quiz?.items[quiz.index];
  const asking = quiz?.phase === 'asking';
  // Always rendered, so screen readers hear the question when it appears.
  const live = (text: string) => (
    <p role="status" className="sr-only" data-testid="quiz-announcement">
      {text}
    </p>
  );
  if (!quiz || !item || !lesson || quiz.phase === 'waiting') return live('');
  const lang = lessonLang(language);
  const question = lesson.text[lang].quiz[item.id] ?? t('lessons.quiz.fallback');

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim() === '') return;
    appStore
      .getState()
      .answerQuiz(value, answerMatches(value, item.answer, item.field as AnswerField));
    setValue('');
  };

  return (
    <>
      {live(asking ? t('lessons.quiz.announce', { question }) : '')}
      <section
        aria-labelledby="lesson-quiz-title"
        className="mb-3 space-y-1.5 rounded-md border-2 border-accent bg-accent/5 p-2"
        data-testid="quiz-prompt"
        data-quiz={item.id}
        data-phase={quiz.phase}
      >
        <h4 id="lesson-quiz-title" className="text-xs font-semibold text-accent">
          {t(item.stop < item.hop ? 'lessons.quiz.title' : 'lessons.quiz.titleAt', {
            n: quiz.index + 1,
            total: quiz.items.length,
            hop: item.hop + 1,
          })}
        </h4>
        <p className="text-xs">{question}</p>
        {quiz.phase === 'asking' ? (
          <form onSubmit={submit} className="space-y-1.5">
            <p className="text-xs text-muted">
              {t(item.stop < item.hop ? 'lessons.quiz.paused' : 'lessons.quiz.pausedAt')}
            </p>
            <div className="flex gap-1.5">
              <label htmlFor="lesson-quiz-input" className="sr-only">
                {t('lessons.quiz.inputLabel')}
              </label>
              <input
                id="lesson-quiz-input"
                className={INPUT}
                value={value}
                autoComplete="off"
                spellCheck={false}
                placeholder={t(`lessons.quiz.placeholder.${placeholderOf(item.field)}`)}
                onChange={(e) => setValue(e.target.value)}
                data-testid="quiz-input"
              />
              <button type="submit" className={PRIMARY} data-testid="quiz-submit">
                {t('lessons.quiz.submit')}
              </button>
            </div>
            <button
              type="button"
              className={BUTTON}
              onClick={() => appStore.getState().answerQuiz('', false)}
              data-testid="quiz-reveal"
            >
              {t('lessons.quiz.reveal')}
            </button>
          </form>
        ) : (
          <div className="space-y-1.5">
            <p
              role="status"
              className="text-xs"
              data-testid="quiz-feedback"
              data-correct={quiz.correct}
            >
              {quiz.correct
                ? t('lessons.quiz.right', { answer: item.answer })
                : quiz.given
                  ? t('lessons.quiz.wrong', { given: quiz.given, answer: item.answer })
                  : t('lessons.quiz.revealed', { answer: item.answer })}
            </p>
            <button
              type="button"
              className={PRIMARY}
              onClick={() => appStore.getState().continueQuiz()}
              data-testid="quiz-continue"
            >
              {t('lessons.quiz.continue')}
            </button>
          </div>
        )}
      </section>
    </>
  );
}

/** Which example the input shows: an address, an IP, a port, milliseconds or a node. */
function placeholderOf(field: string): 'address' | 'ip' | 'port' | 'ms' | 'node' {
  if (field === 'dst' || field === 'src') return 'address';
  if (field === 'dstIP' || field === 'srcIP') return 'ip';
  if (field === 'dstPort' || field === 'srcPort') return 'port';
  if (field === 'latencyMs') return 'ms';
  return 'node';
}
