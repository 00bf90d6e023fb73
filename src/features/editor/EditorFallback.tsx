export interface EditorFallbackProps {
  value: string;
  /** e.g. "Loading editor…" */
  status: string;
  /** Accessible name of the read-only text. */
  label: string;
}

/** Shown while Monaco loads: a status line and the file as read-only text. */
export function EditorFallback({ value, status, label }: EditorFallbackProps) {
  return (
    <div className="flex h-full flex-col" data-testid="editor-fallback">
      <p role="status" className="shrink-0 px-3 py-1 text-xs text-muted">
        {status}
      </p>
      <pre
        aria-label={label}
        className="min-h-0 flex-1 overflow-auto px-3 pb-3 font-mono text-[13px] leading-[19px] text-fg"
      >
        {value}
      </pre>
    </div>
  );
}
