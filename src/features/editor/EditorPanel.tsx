import { Suspense, lazy, useCallback, useId, useState } from 'react';
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx';
import { Panel } from '../../components/Panel.tsx';
import { useT } from '../../i18n/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { EditorFallback } from './EditorFallback.tsx';
import { flushEditor } from './editorBridge.ts';
import { FileTabs, tabId } from './FileTabs.tsx';

const YamlEditor = lazy(() => import('./YamlEditor.tsx'));

const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const APPLY_KEYS = isApple ? '⌘+Enter' : 'Ctrl+Enter';
// Monaco's "Toggle Tab Key Moves Focus" keybinding.
const TAB_FOCUS_KEYS = isApple ? 'Ctrl+Shift+M' : 'Ctrl+M';

const BUTTON =
  'rounded border border-line px-2 py-0.5 text-xs text-fg whitespace-nowrap hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

export interface EditorPanelProps {
  id?: string;
  className?: string;
}

/** Shown until Monaco has loaded: the active file as read-only text. */
function Fallback() {
  const t = useT();
  const text = useAppStore((s) => s.files.find((f) => f.path === s.activeFile)?.content ?? '');
  return (
    <EditorFallback value={text} status={t('editor.loading')} label={t('editor.fallbackLabel')} />
  );
}

/**
 * The workspace: file tabs, the lazily loaded Monaco editor, Apply (button and Ctrl/Cmd+Enter, which
 * run `kubectl apply -f FILE` in the terminal) and a status line that says editing alone changes
 * nothing in the cluster.
 */
export function EditorPanel({ id, className }: EditorPanelProps) {
  const t = useT();
  const panelId = useId();
  const active = useAppStore((s) => s.activeFile);
  const [renaming, setRenaming] = useState<string | null>(null);
  const [closing, setClosing] = useState<string | null>(null);
  const [problems, setProblems] = useState<{ errors: number; warnings: number } | null>(null);

  const apply = useCallback(() => {
    flushEditor();
    const s = appStore.getState();
    s.applyFile(s.activeFile);
  }, []);

  const askClose = useCallback((path: string) => {
    flushEditor();
    const content = appStore.getState().files.find((f) => f.path === path)?.content ?? '';
    if (content.trim() === '') appStore.getState().closeFile(path);
    else setClosing(path);
  }, []);

  const onProblems = useCallback(
    (p: { errors: number; warnings: number }) =>
      setProblems((old) =>
        old && old.errors === p.errors && old.warnings === p.warnings ? old : p,
      ),
    [],
  );

  return (
    <Panel
      title={t('editor.title')}
      testId="editor-panel"
      id={id}
      className={className}
      actions={
        <div className="flex items-center gap-1">
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              flushEditor();
              appStore.getState().addFile();
            }}
          >
            {t('editor.newFile')}
          </button>
          <button type="button" className={BUTTON} onClick={() => setRenaming(active)}>
            {t('editor.rename')}
          </button>
          <button type="button" className={BUTTON} onClick={() => askClose(active)}>
            {t('editor.close')}
          </button>
          <button
            type="button"
            onClick={apply}
            data-testid="apply-button"
            aria-keyshortcuts={isApple ? 'Meta+Enter' : 'Control+Enter'}
            className={`${BUTTON} border-accent font-semibold text-accent`}
          >
            {t('editor.apply')} <span className="font-normal text-muted">({APPLY_KEYS})</span>
          </button>
        </div>
      }
    >
      <div className="flex h-full flex-col">
        <FileTabs
          panelId={panelId}
          onClose={askClose}
          renaming={renaming}
          setRenaming={setRenaming}
        />
        <div
          id={panelId}
          role="tabpanel"
          aria-labelledby={tabId(active)}
          className="min-h-0 flex-1"
        >
          <Suspense fallback={<Fallback />}>
            <YamlEditor
              path={active}
              onApply={apply}
              label={t('editor.label')}
              loadingLabel={t('editor.loading')}
              fallbackLabel={t('editor.fallbackLabel')}
              onProblems={onProblems}
            />
          </Suspense>
        </div>
        <div
          data-testid="editor-status"
          className="flex shrink-0 flex-wrap items-center gap-x-3 border-t border-line px-3 py-1 text-xs text-muted"
        >
          <span data-testid="editor-note">
            {t('editor.note', { keys: APPLY_KEYS, file: active })}
          </span>
          <span role="status" data-testid="editor-problems">
            {problems === null
              ? ''
              : problems.errors + problems.warnings === 0
                ? t('editor.noProblems')
                : t('editor.problems', { errors: problems.errors, warnings: problems.warnings })}
          </span>
          <span className="hidden xl:inline">{t('editor.tabFocus', { keys: TAB_FOCUS_KEYS })}</span>
        </div>
      </div>
      <ConfirmDialog
        open={closing !== null}
        title={t('editor.closeTitle', { name: closing ?? '' })}
        message={t('editor.closeMessage')}
        confirmLabel={t('editor.closeConfirm')}
        cancelLabel={t('common.cancel')}
        danger
        testId="close-file-dialog"
        onCancel={() => setClosing(null)}
        onConfirm={() => {
          if (closing) appStore.getState().closeFile(closing);
          setClosing(null);
        }}
      />
    </Panel>
  );
}
