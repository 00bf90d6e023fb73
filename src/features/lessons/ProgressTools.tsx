import { useRef, useState, type ChangeEvent } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { useT, type MessageKey } from '../../i18n/index.ts';
import {
  appStore,
  decodeProgress,
  encodeProgress,
  MAX_PROGRESS_BYTES,
  useAppStore,
  type ImportErrorCode,
  type ImportResult,
} from '../../store/index.ts';
import { PROGRESS_CATALOG } from './lessonData.ts';
import { BUTTON, HEADING } from './styles.ts';

export const PROGRESS_FILE_NAME = 'k8s-playground-progress.json';

const ERRORS: Record<ImportErrorCode, MessageKey> = {
  tooLarge: 'lessons.progress.error.tooLarge',
  json: 'lessons.progress.error.json',
  format: 'lessons.progress.error.format',
  version: 'lessons.progress.error.version',
  shape: 'lessons.progress.error.shape',
  unknownLesson: 'lessons.progress.error.unknownLesson',
  unknownTask: 'lessons.progress.error.unknownTask',
  unknownQuiz: 'lessons.progress.error.unknownQuiz',
  duplicate: 'lessons.progress.error.duplicate',
};

type Message = { ok: boolean; text: string } | null;

/** Export progress as a JSON file, import one (validated strictly), reset everything. */
export function ProgressTools() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const hasProgress = useAppStore((s) => Object.keys(s.progress).length > 0);
  const [message, setMessage] = useState<Message>(null);
  const [confirmReset, setConfirmReset] = useState(false);

  const exportFile = () => {
    const text = encodeProgress(appStore.getState().progress, Date.now());
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = PROGRESS_FILE_NAME;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ ok: true, text: t('lessons.progress.exported', { file: PROGRESS_FILE_NAME }) });
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = ''; // the same file can be chosen again
    if (!file) return;
    const result: ImportResult =
      file.size > MAX_PROGRESS_BYTES
        ? { ok: false, error: 'tooLarge' }
        : decodeProgress(await file.text(), PROGRESS_CATALOG);
    if (!result.ok) {
      setMessage({
        ok: false,
        text: t(ERRORS[result.error], { file: file.name, detail: result.detail ?? '' }),
      });
      return;
    }
    appStore.getState().setProgress(result.progress);
    const tasks = Object.values(result.progress).reduce((n, p) => n + p.done.length, 0);
    setMessage({ ok: true, text: t('lessons.progress.imported', { file: file.name, tasks }) });
  };

  return (
    <section
      aria-labelledby="progress-tools-heading"
      className="space-y-1.5 border-t border-line pt-2"
    >
      <h3 id="progress-tools-heading" className={HEADING}>
        {t('lessons.progress.heading')}
      </h3>
      <div className="flex flex-wrap gap-2">
        <button type="button" className={BUTTON} onClick={exportFile} data-testid="progress-export">
          {t('lessons.progress.export')}
        </button>
        <button
          type="button"
          className={BUTTON}
          onClick={() => input.current?.click()}
          data-testid="progress-import"
        >
          {t('lessons.progress.import')}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(e) => void importFile(e)}
          data-testid="progress-import-input"
        />
        <button
          type="button"
          className={BUTTON}
          disabled={!hasProgress}
          onClick={() => setConfirmReset(true)}
          data-testid="progress-reset-all"
        >
          {t('lessons.progress.resetAll')}
        </button>
      </div>
      <p role="status" className="text-xs text-muted" data-testid="progress-message">
        {message?.ok ? message.text : ''}
      </p>
      <p role="alert" className="text-xs text-danger" data-testid="progress-error">
        {message && !message.ok ? message.text : ''}
      </p>
      <ConfirmDialog
        open={confirmReset}
        title={t('lessons.progress.resetTitle')}
        message={t('lessons.progress.resetMessage')}
        confirmLabel={t('lessons.progress.resetConfirm')}
        cancelLabel={t('common.cancel')}
        danger
        testId="progress-reset-dialog"
        onCancel={() => setConfirmReset(false)}
        onConfirm={() => {
          setConfirmReset(false);
          appStore.getState().resetProgress();
          setMessage({ ok: true, text: t('lessons.progress.resetDone') });
        }}
      />
    </section>
  );
}
