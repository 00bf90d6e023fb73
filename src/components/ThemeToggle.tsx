import { setTheme, useTheme } from './theme.ts';

/** A two-state button: pressed = dark theme. */
export function ThemeToggle() {
  const theme = useTheme();
  const dark = theme === 'dark';
  return (
    <button
      type="button"
      aria-pressed={dark}
      aria-label="Dark theme"
      data-testid="theme-toggle"
      onClick={() => setTheme(dark ? 'light' : 'dark')}
      className="inline-flex shrink-0 items-center whitespace-nowrap gap-2 rounded-md border border-line px-3 py-1.5 text-sm text-fg hover:bg-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span>
      <span aria-hidden="true" className="hidden sm:inline">
        Dark theme
      </span>
    </button>
  );
}
