import { useT } from '../../i18n/index.ts';
import { nextTask, type Lang, type Lesson, type Task } from '../../lessons/index.ts';
import { appStore } from '../../store/index.ts';
import { goToTask, leaveLesson } from './actions.ts';
import { continuesFrom, nextLesson } from './lessonData.ts';
import type { StartRequest } from './StartDialog.tsx';
import { BUTTON, PRIMARY } from './styles.ts';

/** Next task (continuing at once, or asking first when it starts over), next lesson, sandbox. */
export function TaskNav({
  lesson,
  task,
  passed,
  lang,
  onStart,
}: {
  lesson: Lesson;
  task: Task;
  passed: boolean;
  lang: Lang;
  onStart: (request: StartRequest) => void;
}) {
  const t = useT();
  const following = nextTask(lesson, task.id);
  const after = following ? undefined : nextLesson(lesson);
  const style = passed ? PRIMARY : BUTTON;

  const toNext = () => {
    if (!following) return;
    if (continuesFrom(appStore.getState().lesson, lesson, following.id))
      goToTask(lesson, following.id);
    else onStart({ kind: 'lesson', lesson, taskId: following.id });
  };

  return (
    <div className="flex flex-wrap items-center gap-2 border-t border-line pt-2">
      {following && (
        <button type="button" className={style} onClick={toNext} data-testid="next-task">
          {passed ? t('lessons.nav.nextTask') : t('lessons.nav.skipTask')}
        </button>
      )}
      {after && (
        <button
          type="button"
          className={style}
          onClick={() =>
            onStart({ kind: 'lesson', lesson: after, taskId: after.tasks[0]?.id ?? '' })
          }
          data-testid="next-lesson"
        >
          {t('lessons.nav.nextLesson', { title: after.text[lang].title })}
        </button>
      )}
      {!following && !after && passed && (
        <p className="text-xs font-medium text-ok">{t('lessons.nav.allDone')}</p>
      )}
      <button
        type="button"
        className={BUTTON}
        onClick={() => onStart({ kind: 'lesson', lesson, taskId: task.id })}
        data-testid="restart-task"
      >
        {t('lessons.nav.restartTask')}
      </button>
      <button type="button" className={BUTTON} onClick={leaveLesson} data-testid="to-sandbox">
        {t('lessons.nav.sandbox')}
      </button>
    </div>
  );
}
