import { useRef, useState, type KeyboardEvent } from 'react';
import { appStore, completions, loadTools, toolsLoaded, useAppStore } from '../../store/index.ts';
import { useT } from '../../i18n/index.ts';
import { browse, columns, complete, FRESH, type HistoryCursor } from './lineEditing.ts';

export interface TerminalInputProps {
  inputRef: React.RefObject<HTMLInputElement | null>;
  hintId: string;
}

/**
 * The command line: prompt + input. Enter runs, ↑/↓ browse history, Tab completes (on an empty
 * line, or after Esc, Tab moves focus as usual), Ctrl+L clears, Ctrl+C abandons the line.
 */
export function TerminalInput({ inputRef, hintId }: TerminalInputProps) {
  const t = useT();
  const prompt = useAppStore((s) => s.prompt);
  const [value, setValue] = useState('');
  const at = useRef<HistoryCursor>(FRESH);
  const tabLeaves = useRef(false);

  const setLine = (line: string, cursor = line.length) => {
    setValue(line);
    requestAnimationFrame(() => inputRef.current?.setSelectionRange(cursor, cursor));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const s = appStore.getState();
    const ctrl = e.ctrlKey && !e.altKey && !e.metaKey;
    if (e.key !== 'Tab') tabLeaves.current = false;
    if (e.key === 'Enter') {
      e.preventDefault();
      s.run(value);
      setValue('');
      at.current = FRESH;
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      const r = browse(s.history, at.current, value, e.key === 'ArrowUp' ? -1 : 1);
      if (r) {
        at.current = r.at;
        setLine(r.line);
      }
    } else if (e.key === 'Tab' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
      if (value.trim() === '' || tabLeaves.current) return; // let focus move on
      e.preventDefault();
      const cursor = input.selectionStart ?? value.length;
      const line = value;
      const run = () => {
        // The line may have changed while the command engine was loading: then drop this Tab.
        if (input.value !== line) return;
        const cur = appStore.getState();
        const r = complete(line, cursor, completions(cur.sim, line, cursor, cur.context));
        if (r.list) cur.printCompletions(line, columns(r.list));
        else if (r.line !== line) setLine(r.line, r.cursor);
      };
      if (toolsLoaded()) run();
      else void loadTools().then(run);
    } else if (e.key === 'Escape') {
      tabLeaves.current = true;
    } else if (ctrl && (e.key === 'l' || e.key === 'L')) {
      e.preventDefault();
      s.clearTerminal();
    } else if (ctrl && (e.key === 'c' || e.key === 'C')) {
      // With text selected in the input, Ctrl+C copies as usual.
      if (input.selectionStart !== input.selectionEnd) return;
      e.preventDefault();
      s.cancelLine(value);
      setValue('');
      at.current = FRESH;
    } else if (ctrl && (e.key === 'u' || e.key === 'U')) {
      e.preventDefault();
      const cursor = input.selectionStart ?? value.length;
      setLine(value.slice(cursor), 0);
    }
  };

  return (
    <div className="flex items-baseline">
      <span
        aria-hidden="true"
        data-testid="terminal-prompt"
        className="shrink-0 whitespace-pre font-semibold text-fg"
      >
        {prompt}
      </span>
      <input
        ref={inputRef}
        type="text"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={onKeyDown}
        aria-label={t('terminal.inputLabel', { prompt: prompt.trim() })}
        aria-describedby={hintId}
        data-testid="terminal-input"
        onFocus={() => void loadTools()}
        autoComplete="off"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        enterKeyHint="send"
        className="min-w-0 flex-1 bg-transparent p-0 font-mono text-fg caret-accent outline-none"
      />
    </div>
  );
}
