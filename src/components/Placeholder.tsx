export interface PlaceholderProps {
  /** What will live here, e.g. "Cluster canvas". */
  what: string;
  /** When it arrives, e.g. "with the UI issue". */
  arrives: string;
}

/** An honest empty slot: says what is missing and when it comes; never shows made-up data. */
export function Placeholder({ what, arrives }: PlaceholderProps) {
  return (
    <div className="flex h-full items-center justify-center p-4">
      <p className="max-w-xs rounded-md border border-dashed border-line px-4 py-3 text-center text-sm text-muted">
        <span className="mb-1 block text-xs font-semibold tracking-wide uppercase">
          Placeholder
        </span>
        {what} arrives {arrives}.
      </p>
    </div>
  );
}
