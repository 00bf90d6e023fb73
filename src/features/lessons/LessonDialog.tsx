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
 * the control that opened it.
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

  const opener = useRef<HTMLElement | null>(null);
  const confirmed = useRef(false);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // The body unmounts when the dialog closes, so the browser cannot restore the focus itself.
    const restore = () => {
      const o = opener.current;
      opener.current = null;
      const at = document.activeElement;
      if (o?.isConnected && (!at || at === document.body || d.contains(at))) o.focus();
    };
    if (open && !d.open) {
      confirmed.current = false;
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      cancelRef.current?.focus();
    } else if (!open) {
      if (d.open) d.close();
      restore();
    }
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
      onClose={() => {
        // Chrome may close on Escape despite preventDefault (no user activation): follow it.
        if (open && !confirmed.current) onCancel();
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
              onClick={() => {
                // Close first, so what the confirmation opens can take the focus.
                confirmed.current = true;
                ref.current?.close();
                onConfirm();
              }}
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
