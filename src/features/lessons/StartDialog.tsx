import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import type { Lesson } from '../../lessons/index.ts';
import { useAppStore } from '../../store/index.ts';
import { freshSandbox, goToTask } from './actions.ts';
import { LessonDialog } from './LessonDialog.tsx';
import { lessonLang } from './lessonData.ts';

/** What the learner asked to start; the dialog confirms it replaces their cluster and files. */
export type StartRequest = { kind: 'lesson'; lesson: Lesson; taskId: string } | { kind: 'sandbox' };

export interface StartDialogProps {
  request: StartRequest | null;
  onClose: () => void;
}

/** "This replaces your cluster and files" — with an offer to keep the learner's files. */
export function StartDialog({ request, onClose }: StartDialogProps) {
  const t = useT();
  const lang = lessonLang(useAppStore((s) => s.language));
  const session = useAppStore((s) => s.lesson);
  const inSandbox = session === null;
  const fileCount = useAppStore((s) => s.files.length);
  // Reset the checkbox each time the dialog opens: on for the learner's own sandbox work.
  const [keep, setKeep] = useState(inSandbox);
  const [shownFor, setShownFor] = useState<StartRequest | null>(null);
  if (request !== shownFor) {
    setShownFor(request);
    setKeep(inSandbox);
  }

  let title = '';
  let message = '';
  let keepLabel = '';
  if (request?.kind === 'lesson') {
    const text = request.lesson.text[lang];
    const first = request.lesson.tasks[0]?.id === request.taskId;
    const again = session?.lessonId === request.lesson.id && session.taskId === request.taskId;
    title = again
      ? t('lessons.start.restartTitle', {
          title: text.tasks[request.taskId]?.title ?? request.taskId,
        })
      : first
        ? t('lessons.start.lessonTitle', { title: text.title })
        : t('lessons.start.taskTitle', {
            title: text.tasks[request.taskId]?.title ?? request.taskId,
          });
    message = t('lessons.start.message');
    keepLabel = t('lessons.start.keepForSandbox', { count: fileCount });
  } else if (request) {
    title = t('lessons.start.sandboxTitle');
    message = t('lessons.start.sandboxMessage');
    keepLabel = t('lessons.start.keepInEditor', { count: fileCount });
  }

  const confirm = () => {
    if (request?.kind === 'lesson') goToTask(request.lesson, request.taskId, { keepWork: keep });
    else if (request) freshSandbox({ keepWork: keep });
    onClose();
  };

  return (
    <LessonDialog
      open={request !== null}
      title={title}
      confirmLabel={
        request?.kind === 'sandbox' ? t('lessons.start.sandboxConfirm') : t('lessons.start.confirm')
      }
      cancelLabel={t('common.cancel')}
      onConfirm={confirm}
      onCancel={onClose}
      testId="start-dialog"
    >
      <p className="text-muted">{message}</p>
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className="mt-0.5"
          checked={keep}
          onChange={(e) => setKeep(e.target.checked)}
          data-testid="start-keep-files"
        />
        <span>{keepLabel}</span>
      </label>
    </LessonDialog>
  );
}
