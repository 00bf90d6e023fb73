export interface PlaceholderProps {
  /** Small heading, e.g. "Placeholder". */
  heading: string;
  /** The sentence saying what will live here and when it arrives. */
  text: string;
}

/** An honest empty slot: says what is missing and when it comes; never shows made-up data. */
export function Placeholder({ heading, text }: PlaceholderProps) {
  return (
    <div className="flex h-full items-center justify-center p-4">
      <p className="max-w-xs rounded-md border border-dashed border-line px-4 py-3 text-center text-sm text-muted">
        <span className="mb-1 block text-xs font-semibold tracking-wide uppercase">{heading}</span>
        {text}
      </p>
    </div>
  );
}
