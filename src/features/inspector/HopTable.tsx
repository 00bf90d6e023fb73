import { useCallback, useRef, type KeyboardEvent } from 'react';
import type { Trace } from '../../sim/core.ts';
import { useT } from '../../i18n/index.ts';
import { appStore } from '../../store/index.ts';
import { HopRow } from './HopRow.tsx';

/**
 * Every hop of a trace as a table row (the canvas's textual equivalent). One roving tab stop:
 * ↑/↓, Home/End move the selection and the focus; selecting sets `playback.hop`.
 */
export function HopTable({
  traceId,
  trace,
  upTo,
}: {
  traceId: number;
  trace: Trace;
  upTo?: number;
}) {
  const t = useT();
  const body = useRef<HTMLTableSectionElement>(null);
  const last = upTo === undefined ? trace.hops.length - 1 : Math.min(upTo, trace.hops.length - 1);

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const target =
        e.key === 'ArrowDown'
          ? index + 1
          : e.key === 'ArrowUp'
            ? index - 1
            : e.key === 'Home'
              ? 0
              : e.key === 'End'
                ? last
                : null;
      if (target === null) return;
      e.preventDefault();
      const next = Math.max(0, Math.min(last, target));
      appStore.getState().selectHop(next);
      body.current?.querySelector<HTMLButtonElement>(`[data-hop-button="${next}"]`)?.focus();
    },
    [last],
  );

  return (
    <table className="w-full border-collapse text-left text-xs" data-testid="hop-table">
      <caption className="sr-only">{t('inspector.hopsCaption', { n: trace.hops.length })}</caption>
      <thead className="sticky top-0 bg-panel text-[11px] text-muted">
        <tr className="border-b border-line">
          <th scope="col" className="py-1 pr-1 pl-2 font-medium">
            #
          </th>
          <th scope="col" className="py-1 pr-2 font-medium">
            {t('inspector.col.hop')}
          </th>
          <th scope="col" className="py-1 pr-2 text-right font-medium">
            {t('inspector.col.ms')}
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {trace.hops.slice(0, last + 1).map((hop, i) => (
          <HopRow key={i} traceId={traceId} index={i} hop={hop} onKeyDown={onKeyDown} />
        ))}
      </tbody>
    </table>
  );
}
