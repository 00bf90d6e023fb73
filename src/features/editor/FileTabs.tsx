import { useRef, useState, type KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/index.ts';
import { appStore, useAppStore, type FileNameError } from '../../store/index.ts';
import { flushEditor } from './editorBridge.ts';

export interface FileTabsProps {
  /** Id of the tab panel the tabs control (the editor area). */
  panelId: string;
  /** Asks to close a file (the panel confirms when it holds text). */
  onClose: (path: string) => void;
  renaming: string | null;
  setRenaming: (path: string | null) => void;
}

export const tabId = (path: string) => `file-tab-${path.replace(/[^\w-]/g, '_')}`;

/**
 * The open files as a WAI-ARIA tab list: ←/→/Home/End move between tabs (and open them), F2
 * renames, Delete closes. Double-click renames too; the × is a mouse shortcut for Delete.
 */
export function FileTabs({ panelId, onClose, renaming, setRenaming }: FileTabsProps) {
  const t = useT();
  const paths = useAppStore(useShallow((s) => s.files.map((f) => f.path)));
  const active = useAppStore((s) => s.activeFile);
  const list = useRef<HTMLDivElement>(null);
  const draft = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<FileNameError | null>(null);

  const open = (path: string, focus = false) => {
    flushEditor();
    appStore.getState().setActiveFile(path);
    if (focus) list.current?.querySelector<HTMLElement>(`#${tabId(path)}`)?.focus();
  };

  const startRename = (path: string) => {
    flushEditor();
    setError(null);
    setRenaming(path);
  };

  const commitRename = () => {
    if (renaming === null) return;
    const renamed = (draft.current?.value ?? renaming).trim();
    const err = appStore.getState().renameFile(renaming, renamed);
    if (err) {
      setError(err);
      return;
    }
    setRenaming(null);
    setError(null);
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`#${tabId(renamed)}`)?.focus(),
    );
  };

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    const path = paths[i] as string;
    const move = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: paths.length - 1 }[
      e.key as 'ArrowRight'
    ];
    if (move !== undefined) {
      e.preventDefault();
      const next = paths[(move + paths.length) % paths.length];
      if (next) open(next, true);
    } else if (e.key === 'F2') {
      e.preventDefault();
      startRename(path);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      onClose(path);
    }
  };

  return (
    <div className="shrink-0 border-b border-line">
      <div
        ref={list}
        role="tablist"
        aria-label={t('editor.files')}
        className="flex overflow-x-auto"
        data-testid="file-tabs"
      >
        {paths.map((path, i) =>
          renaming === path ? (
            <input
              key={path}
              ref={draft}
              autoFocus
              defaultValue={path}
              onFocus={(e) => e.currentTarget.select()}
              onChange={() => setError(null)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  commitRename();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  setRenaming(null);
                  requestAnimationFrame(() =>
                    list.current?.querySelector<HTMLElement>(`#${tabId(path)}`)?.focus(),
                  );
                }
              }}
              onBlur={() => {
                setRenaming(null);
                setError(null);
              }}
              aria-label={t('editor.renameLabel', { name: path })}
              aria-invalid={error !== null}
              aria-describedby={error ? 'file-rename-error' : undefined}
              className="m-0.5 w-44 rounded border border-accent bg-panel px-1.5 font-mono text-xs text-fg outline-none"
            />
          ) : (
            <div
              key={path}
              className={`group flex shrink-0 items-center border-r border-line ${
                path === active ? 'bg-panel' : 'bg-raised'
              }`}
            >
              <button
                type="button"
                role="tab"
                id={tabId(path)}
                aria-selected={path === active}
                aria-controls={panelId}
                tabIndex={path === active ? 0 : -1}
                onClick={() => open(path)}
                onDoubleClick={() => startRename(path)}
                onKeyDown={(e) => onKeyDown(e, i)}
                className={`py-1 pr-1 pl-2.5 font-mono text-xs whitespace-nowrap focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${
                  path === active ? 'font-semibold text-fg' : 'text-muted'
                }`}
              >
                {path}
              </button>
              <button
                type="button"
                tabIndex={-1}
                aria-label={t('editor.closeFile', { name: path })}
                title={t('editor.closeFile', { name: path })}
                onClick={() => onClose(path)}
                className="mr-1 rounded px-1 text-xs text-muted hover:bg-line/60 hover:text-fg"
              >
                ×
              </button>
            </div>
          ),
        )}
      </div>
      {error && (
        <p id="file-rename-error" role="alert" className="px-2 py-0.5 text-xs text-danger">
          {t(`editor.nameError.${error}`)}
        </p>
      )}
    </div>
  );
}
