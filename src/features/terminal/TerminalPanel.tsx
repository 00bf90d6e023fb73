import { useId, useLayoutEffect, useRef, useState } from 'react';
import { Panel } from '../../components/Panel.tsx';
import { copyText } from '../../components/copyText.ts';
import { useT } from '../../i18n/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { TerminalInput } from './TerminalInput.tsx';
import { TerminalOutput } from './TerminalOutput.tsx';

export interface TerminalPanelProps {
  id?: string;
  className?: string;
}

const BUTTON =
  'rounded border border-line px-2 py-0.5 text-xs text-fg hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent';

/** The learner's shell: transcript, prompt and input in one scrolling area, like a terminal. */
export function TerminalPanel({ id, className }: TerminalPanelProps) {
  const t = useT();
  const hintId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const count = useAppStore((s) => s.lines.length);
  const last = useAppStore((s) => s.lines.at(-1)?.id);
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);

  // Keep the newest output and the input in view whenever something is printed.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [count, last]);

  const copyAll = async () => {
    const text = appStore
      .getState()
      .lines.map((l) => l.text)
      .join('\n');
    setCopied((await copyText(text)) ? 'ok' : 'failed');
    setTimeout(() => setCopied(null), 2000);
  };

  return (
    <Panel
      title={t('terminal.title')}
      testId="terminal-panel"
      id={id}
      className={className}
      actions={
        <div className="flex items-center gap-2">
          <span role="status" className="text-xs text-muted">
            {copied === 'ok'
              ? t('terminal.copied')
              : copied === 'failed'
                ? t('terminal.copyFailed')
                : ''}
          </span>
          <button type="button" className={BUTTON} onClick={copyAll} data-testid="terminal-copy">
            {t('terminal.copy')}
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => {
              appStore.getState().clearTerminal();
              input.current?.focus();
            }}
            aria-keyshortcuts="Control+L"
          >
            {t('terminal.clear')}
          </button>
        </div>
      }
    >
      <div
        ref={scroller}
        data-testid="terminal-scroll"
        className="absolute inset-0 overflow-auto bg-raised px-3 py-2 font-mono text-[13px] leading-[19px]"
        onMouseUp={() => {
          // A click focuses the input; a drag that selected text leaves the selection alone.
          if (!window.getSelection()?.toString()) input.current?.focus();
        }}
      >
        <TerminalOutput label={t('terminal.outputLabel')} />
        <TerminalInput inputRef={input} hintId={hintId} />
        <p id={hintId} className="mt-1 font-sans text-[11px] text-muted">
          {t('terminal.hint')}
        </p>
      </div>
    </Panel>
  );
}
