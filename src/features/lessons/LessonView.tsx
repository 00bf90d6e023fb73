import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../store/index.ts';
import { currentTask } from './evaluation.ts';
import { guidedLessons, lessonLang } from './lessonData.ts';
import { Markdown } from './Markdown.tsx';
import type { StartRequest } from './StartDialog.tsx';
import { TaskStepper } from './TaskStepper.tsx';
import { TaskView } from './TaskView.tsx';
import { LINK } from './styles.ts';

/** The active lesson: its explanation, its tasks, and the current task. */
export function LessonView({
  focusToken,
  onShowList,
  onStart,
}: {
  focusToken: number;
  onShowList: () => void;
  onStart: (request: StartRequest) => void;
}) {
  const t = useT();
  const cur = useAppStore(currentTask);
  const lang = lessonLang(useAppStore((s) => s.language));
  if (!cur) return null;
  const { lesson, task, evaluation } = cur;
  const text = lesson.text[lang];

  return (
    <article
      aria-labelledby="lesson-view-title"
      className="space-y-3"
      data-testid="lesson-view"
      data-lesson={lesson.id}
    >
      <div className="flex items-center justify-between gap-2">
        <button type="button" className={LINK} onClick={onShowList} data-testid="back-to-list">
          {t('lessons.view.allLessons')}
        </button>
        <span className="text-xs text-muted">
          {t('lessons.view.position', {
            n: guidedLessons.indexOf(lesson) + 1,
            total: guidedLessons.length,
          })}
        </span>
      </div>
      <h3 id="lesson-view-title" className="text-base font-semibold" data-testid="lesson-title">
        {text.title}
      </h3>
      {/* Open on the first task; later the task is what matters (the text stays one click away). */}
      <details
        key={lesson.id}
        open={lesson.tasks[0] === task}
        className="rounded-md border border-line p-2"
        data-testid="lesson-explanation"
      >
        <summary className="cursor-pointer text-xs font-semibold text-muted">
          {t('lessons.view.explanation')}
        </summary>
        <Markdown text={text.explanation} className="mt-2 text-xs leading-relaxed" />
      </details>
      <TaskStepper lesson={lesson} currentTask={task.id} lang={lang} onStart={onStart} />
      <TaskView
        key={task.id}
        lesson={lesson}
        task={task}
        evaluation={evaluation}
        lang={lang}
        focusToken={focusToken}
        onStart={onStart}
      />
    </article>
  );
}
