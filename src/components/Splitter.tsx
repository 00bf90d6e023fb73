import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

export interface SplitterProps {
  /**
   * `vertical`: a bar between side-by-side panes (moves left/right);
   * `horizontal`: a bar between stacked panes (moves up/down). As in WAI-ARIA `aria-orientation`.
   */
  orientation: 'vertical' | 'horizontal';
  /** Size of the pane this splitter controls, in percent of the parent element. */
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
  /** Whether the controlled pane comes `before` (left/above) or `after` the splitter. */
  primary: 'before' | 'after';
  /** Id of the controlled pane (aria-controls). */
  controls: string;
  /** Accessible name, e.g. "Resize editor". */
  label: string;
  testId?: string;
  /** Percent per arrow key press (Shift: five times as much). */
  step?: number;
}

const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));

/**
 * A focusable window splitter (WAI-ARIA APG "Window Splitter" pattern): arrow keys move it,
 * Home/End jump to the limits, and a pointer drags it. Hidden on narrow screens, where panes stack.
 */
export function Splitter({
  orientation,
  value,
  min,
  max,
  onChange,
  primary,
  controls,
  label,
  testId,
  step = 2,
}: SplitterProps) {
  const ref = useRef<HTMLDivElement>(null);
  const vertical = orientation === 'vertical';
  // Moving the bar towards the end (right/down) grows a pane before it and shrinks one after it.
  const sign = primary === 'before' ? 1 : -1;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const delta = e.shiftKey ? step * 5 : step;
    const forward = vertical ? 'ArrowRight' : 'ArrowDown';
    const backward = vertical ? 'ArrowLeft' : 'ArrowUp';
    let next: number | null = null;
    if (e.key === forward) next = value + sign * delta;
    else if (e.key === backward) next = value - sign * delta;
    else if (e.key === 'Home') next = min;
    else if (e.key === 'End') next = max;
    if (next === null) return;
    e.preventDefault();
    onChange(clamp(next, min, max));
  };

  const fromPointer = (e: PointerEvent<HTMLDivElement>) => {
    const parent = ref.current?.parentElement;
    if (!parent) return;
    const rect = parent.getBoundingClientRect();
    const size = vertical ? rect.width : rect.height;
    if (size <= 0) return;
    const offset = vertical ? e.clientX - rect.left : e.clientY - rect.top;
    const percent = (offset / size) * 100;
    onChange(clamp(primary === 'before' ? percent : 100 - percent, min, max));
  };

  return (
    <div
      ref={ref}
      role="separator"
      tabIndex={0}
      aria-orientation={orientation}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      aria-controls={controls}
      aria-label={label}
      data-testid={testId}
      onKeyDown={onKeyDown}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        e.preventDefault();
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) fromPointer(e);
      }}
      className={`group hidden shrink-0 touch-none items-center justify-center bg-line/40 hover:bg-accent/40 focus-visible:bg-accent/60 focus-visible:outline-none md:flex ${
        vertical ? 'w-1.5 cursor-col-resize' : 'h-1.5 cursor-row-resize'
      }`}
    >
      <span
        aria-hidden="true"
        className={`rounded-full bg-muted/60 group-focus-visible:bg-accent ${vertical ? 'h-8 w-0.5' : 'h-0.5 w-8'}`}
      />
    </div>
  );
}
