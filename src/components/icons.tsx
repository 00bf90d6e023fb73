/** Small stroke icons (inline SVG: no icon font, no emoji that a system may lack). */
const common = {
  width: 14,
  height: 14,
  viewBox: '0 0 16 16',
  'aria-hidden': true,
  focusable: false,
} as const;

export const PlayIcon = () => (
  <svg {...common} fill="currentColor">
    <path d="M4 2.5v11l9-5.5z" />
  </svg>
);

export const PauseIcon = () => (
  <svg {...common} fill="currentColor">
    <rect x="3.5" y="2.5" width="3" height="11" rx="0.5" />
    <rect x="9.5" y="2.5" width="3" height="11" rx="0.5" />
  </svg>
);

export const StepBackIcon = () => (
  <svg {...common} fill="currentColor">
    <rect x="2.5" y="2.5" width="2" height="11" rx="0.5" />
    <path d="M13 2.5v11L5.5 8z" />
  </svg>
);

export const StepForwardIcon = () => (
  <svg {...common} fill="currentColor">
    <rect x="11.5" y="2.5" width="2" height="11" rx="0.5" />
    <path d="M3 2.5v11L10.5 8z" />
  </svg>
);
