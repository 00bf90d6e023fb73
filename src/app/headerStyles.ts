/** The look shared by the header's buttons. */
export const HEADER_BUTTON =
  'inline-flex shrink-0 items-center gap-1 rounded-md border border-line px-2.5 py-1 text-sm whitespace-nowrap text-fg hover:bg-raised focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
