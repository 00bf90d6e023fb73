import { useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useT } from '../../i18n/index.ts';
import type { Lang, Lesson } from '../../lessons/index.ts';
import { appStore, progressOf, useAppStore } from '../../store/index.ts';
import { guidedLessons, lessonLang } from './lessonData.ts';
import { ProgressTools } from './ProgressTools.tsx';
import { SandboxCard } from './SandboxCard.tsx';
import type { StartRequest } from './StartDialog.tsx';
import { BUTTON, HEADING, LINK, PRIMARY } from './styles.ts';

function LessonItem({
  lesson,
  index,
  lang,
  active,
  onStart,
  onResume,
  onReset,
}: {
  lesson: Lesson;
  index: number;
  lang: Lang;
  active: boolean;
  onStart: (request: StartRequest) => void;
  onResume: () => void;
  onReset: () => void;
}) {
  const t = useT();
  const done = useAppStore((s) => progressOf(s.progress, lesson.id).done);
  const text = lesson.text[lang];
  const total = lesson.tasks.length;
  const count = lesson.tasks.filter((task) => done.includes(task.id)).length;
  const firstOpen = lesson.tasks.find((task) => !done.includes(task.id)) ?? lesson.tasks[0];
  const titleId = `lesson-item-${lesson.id}`;
  const label =
    count === 0
      ? t('lessons.list.start')
      : count === total
        ? t('lessons.list.again')
        : t('lessons.list.continue');

  return (
    <li
      className={`space-y-1 rounded-md border p-2 ${active ? 'border-accent' : 'border-line'}`}
      data-testid={`lesson-item-${lesson.id}`}
      aria-labelledby={titleId}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h4 id={titleId} className="text-sm font-semibold">
          {index + 1}. {text.title}
        </h4>
        {active && (
          <span className="text-xs font-medium text-accent">{t('lessons.list.current')}</span>
        )}
      </div>
      <p className="text-xs text-muted">{text.summary}</p>
      <div className="flex items-center gap-2">
        <progress
          className="h-1.5 w-20 accent-ok"
          value={count}
          max={total}
          aria-label={t('lessons.list.progressLabel', { title: text.title })}
        />
        <span
          className="text-xs text-muted tabular-nums"
          data-testid={`lesson-progress-${lesson.id}`}
        >
          {t('lessons.list.progress', { done: count, total })}
        </span>
      </div>
      <div className="flex flex-wrap gap-2 pt-0.5">
        {active ? (
          <button
            type="button"
            className={PRIMARY}
            onClick={onResume}
            data-testid={`lesson-resume-${lesson.id}`}
          >
            {t('lessons.list.resume')}
          </button>
        ) : (
          <button
            type="button"
            className={count === 0 ? PRIMARY : BUTTON}
            onClick={() =>
              onStart({
                kind: 'lesson',
                lesson,
                taskId: (count === total ? lesson.tasks[0] : firstOpen)?.id ?? '',
              })
            }
            aria-describedby={titleId}
            data-testid={`lesson-start-${lesson.id}`}
          >
            {label}
          </button>
        )}
        {count > 0 && (
          <button
            type="button"
            className={LINK}
            onClick={onReset}
            aria-describedby={titleId}
            data-testid={`lesson-reset-${lesson.id}`}
          >
            {t('lessons.list.reset')}
          </button>
        )}
      </div>
    </li>
  );
}

/** Every lesson with its progress, the sandbox, and the progress file tools. */
export function LessonList({
  onStart,
  onResume,
}: {
  onStart: (request: StartRequest) => void;
  onResume: () => void;
}) {
  const t = useT();
  const lang = lessonLang(useAppStore((s) => s.language));
  const activeId = useAppStore((s) => s.lesson?.lessonId);
  const quizMode = useAppStore((s) => s.quizMode);
  const [resetting, setResetting] = useState<Lesson | null>(null);

  return (
    <div className="space-y-3" data-testid="lesson-list-view">
      <SandboxCard onStart={onStart} />
      <section aria-labelledby="lesson-list-heading" className="space-y-2">
        <h3 id="lesson-list-heading" className={HEADING}>
          {t('lessons.list.heading')}
        </h3>
        <ol className="space-y-2" data-testid="lesson-list">
          {guidedLessons.map((lesson, i) => (
            <LessonItem
              key={lesson.id}
              lesson={lesson}
              index={i}
              lang={lang}
              active={lesson.id === activeId}
              onStart={onStart}
              onResume={onResume}
              onReset={() => setResetting(lesson)}
            />
          ))}
        </ol>
      </section>
      <label className="flex items-start gap-2 text-xs">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={quizMode}
          onChange={(e) => appStore.getState().setQuizMode(e.target.checked)}
          data-testid="quiz-mode"
        />
        <span>{t('lessons.quiz.mode')}</span>
      </label>
      <ProgressTools />
      <ConfirmDialog
        open={resetting !== null}
        title={t('lessons.reset.title', { title: resetting?.text[lang].title ?? '' })}
        message={t('lessons.reset.message')}
        confirmLabel={t('lessons.reset.confirm')}
        cancelLabel={t('common.cancel')}
        danger
        testId="lesson-reset-dialog"
        onCancel={() => setResetting(null)}
        onConfirm={() => {
          if (resetting) appStore.getState().resetLessonProgress(resetting.id);
          setResetting(null);
        }}
      />
    </div>
  );
}
