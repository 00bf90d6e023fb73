/** Shown while Monaco loads: a status line and the manifest as read-only text. */
export function EditorFallback({ value }: { value: string }) {
  return (
    <div className="flex h-full flex-col" data-testid="editor-fallback">
      <p role="status" className="shrink-0 px-3 py-1 text-xs text-muted">
        Loading editor…
      </p>
      <pre
        aria-label="Manifest (read-only until the editor has loaded)"
        className="min-h-0 flex-1 overflow-auto px-3 pb-3 font-mono text-[13px] leading-[19px] text-fg"
      >
        {value}
      </pre>
    </div>
  );
}
