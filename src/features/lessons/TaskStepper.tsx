import { useT } from '../../i18n/index.ts';
import type { Lang, Lesson } from '../../lessons/index.ts';
import { appStore, progressOf, useAppStore } from '../../store/index.ts';
import { goToTask } from './actions.ts';
import { continuesFrom } from './lessonData.ts';
import type { StartRequest } from './StartDialog.tsx';
import { HEADING } from './styles.ts';

/** The lesson's tasks: done ones ticked, the current one marked; any other can be opened. */
export function TaskStepper({
  lesson,
  currentTask,
  lang,
  onStart,
}: {
  lesson: Lesson;
  currentTask: string;
  lang: Lang;
  onStart: (request: StartRequest) => void;
}) {
  const t = useT();
  const done = useAppStore((s) => progressOf(s.progress, lesson.id).done);
  const open = (taskId: string) => {
    if (continuesFrom(appStore.getState().lesson, lesson, taskId)) goToTask(lesson, taskId);
    else onStart({ kind: 'lesson', lesson, taskId });
  };
  return (
    <nav aria-label={t('lessons.tasks.label')}>
      <h5 className={HEADING}>{t('lessons.tasks.heading')}</h5>
      <ol className="mt-1 space-y-0.5 text-xs" data-testid="task-list">
        {lesson.tasks.map((task, i) => {
          const current = task.id === currentTask;
          const isDone = done.includes(task.id);
          const title = lesson.text[lang].tasks[task.id]?.title ?? task.id;
          const mark = (
            <span
              aria-hidden="true"
              className={`w-4 shrink-0 ${isDone ? 'text-ok' : 'text-muted'}`}
            >
              {isDone ? '✓' : current ? '▸' : '·'}
            </span>
          );
          const label = (
            <>
              {i + 1}. {title}
              {isDone && <span className="sr-only"> ({t('lessons.tasks.done')})</span>}
            </>
          );
          return (
            <li
              key={task.id}
              className="flex items-start gap-1"
              data-testid={`task-${task.id}`}
              data-done={isDone}
              aria-current={current ? 'step' : undefined}
            >
              {mark}
              {current ? (
                <span className="font-semibold">{label}</span>
              ) : (
                <button
                  type="button"
                  className="text-left text-accent underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-accent"
                  onClick={() => open(task.id)}
                >
                  {label}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
