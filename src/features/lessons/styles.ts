/** Class names shared by the lesson panel's controls. */
const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';

export const BUTTON = `inline-flex items-center gap-1 rounded-md border border-line px-2 py-1 text-xs text-fg hover:bg-raised disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS}`;
export const PRIMARY = `inline-flex items-center gap-1 rounded-md bg-accent px-2.5 py-1 text-xs font-semibold text-panel hover:opacity-90 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS}`;
export const LINK = `text-xs text-accent underline-offset-2 hover:underline ${FOCUS}`;
export const INPUT = `min-w-0 flex-1 rounded-md border border-line bg-panel px-2 py-1 font-mono text-xs text-fg ${FOCUS}`;
export const HEADING = 'text-xs font-semibold tracking-wide text-muted uppercase';
