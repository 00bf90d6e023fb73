import { memo } from 'react';
import { useAppStore } from '../../store/index.ts';
import type { TerminalLine } from '../../store/index.ts';

const KIND_CLASS: Record<TerminalLine['kind'], string> = {
  prompt: 'text-fg font-semibold',
  stdout: 'text-fg',
  stderr: 'text-danger',
};

/** One transcript entry; entries never change once written, so each renders once. */
const Entry = memo(function Entry({ line }: { line: TerminalLine }) {
  return (
    <div data-kind={line.kind} className={KIND_CLASS[line.kind]}>
      {line.text}
    </div>
  );
});

/** The transcript: text only (React text nodes), `white-space: pre`, announced politely. */
export function TerminalOutput({ label }: { label: string }) {
  const lines = useAppStore((s) => s.lines);
  return (
    <div
      role="log"
      aria-live="polite"
      aria-label={label}
      data-testid="terminal-output"
      className="whitespace-pre"
    >
      {lines.map((l) => (
        <Entry key={l.id} line={l} />
      ))}
    </div>
  );
}
