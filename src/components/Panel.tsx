import { useId, type ReactNode } from 'react';

export interface PanelProps {
  /** Visible title; also the region's accessible name. */
  title: string;
  testId: string;
  id?: string;
  /** Extra controls shown in the title bar (right side). */
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A titled region of the page: `<section>` named by its heading, with a data-testid hook. */
export function Panel({ title, testId, id, actions, className = '', children }: PanelProps) {
  const headingId = useId();
  return (
    <section
      id={id}
      aria-labelledby={headingId}
      data-testid={testId}
      className={`flex min-h-0 min-w-0 flex-col overflow-hidden bg-panel ${className}`}
    >
      <div className="flex h-8 shrink-0 items-center justify-between gap-2 border-b border-line px-3">
        <h2 id={headingId} className="text-xs font-semibold tracking-wide text-muted uppercase">
          {title}
        </h2>
        {actions}
      </div>
      <div className="relative min-h-0 flex-1">{children}</div>
    </section>
  );
}
