import { useEffect, useId, useRef, type ReactNode } from 'react';
import { BUTTON, PRIMARY } from './styles.ts';

export interface LessonDialogProps {
  open: boolean;
  title: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
  children: ReactNode;
}

/**
 * A modal on the native `<dialog>` (focus trap, Escape, top layer) whose body may hold controls.
 * Focus starts on Cancel so Enter never replaces anything by accident; closing returns focus to
 * the control that opened it (the browser's dialog focus restoration).
 */
export function LessonDialog({
  open,
  title,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  testId,
  children,
}: LessonDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      cancelRef.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto max-w-md rounded-lg border border-line bg-panel p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      {open && (
        <div className="flex flex-col gap-3 p-4">
          <h2 id={titleId} className="text-base font-semibold">
            {title}
          </h2>
          <div id={bodyId} className="flex flex-col gap-2 text-sm">
            {children}
          </div>
          <div className="flex justify-end gap-2">
            <button ref={cancelRef} type="button" className={BUTTON} onClick={onCancel}>
              {cancelLabel}
            </button>
            <button
              type="button"
              className={PRIMARY}
              onClick={onConfirm}
              data-testid={`${testId}-confirm`}
            >
              {confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
