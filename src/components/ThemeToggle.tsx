import { setTheme, useTheme } from './theme.ts';

export interface ThemeToggleProps {
  /** Accessible name and visible text, e.g. "Dark theme". */
  label: string;
}

/** A two-state button: pressed = dark theme. */
export function ThemeToggle({ label }: ThemeToggleProps) {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      aria-label={label}
      data-testid="theme-toggle"
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="inline-flex shrink-0 items-center gap-2 rounded-md border border-line px-2.5 py-1 text-sm whitespace-nowrap text-fg hover:bg-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span aria-hidden="true" className="hidden lg:inline">
        {label}
      </span>
    </button>
  );
}
