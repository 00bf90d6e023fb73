/** Small inline icons for the playback bar (no icon font: glyphs like ⏮ are missing on some systems). */
const base = { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': true } as const;

export const IconBack = () => (
  <svg {...base}>
    <path d="M2 1h1.6v10H2zM10.5 1v10L4 6z" fill="currentColor" />
  </svg>
);
export const IconForward = () => (
  <svg {...base}>
    <path d="M8.4 1H10v10H8.4zM1.5 1v10L8 6z" fill="currentColor" />
  </svg>
);
export const IconPlay = () => (
  <svg {...base}>
    <path d="M2.5 1v10L10.5 6z" fill="currentColor" />
  </svg>
);
export const IconPause = () => (
  <svg {...base}>
    <path d="M2.5 1h2.5v10H2.5zM7 1h2.5v10H7z" fill="currentColor" />
  </svg>
);
