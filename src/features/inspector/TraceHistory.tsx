import { memo, useId, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import { appStore, useAppStore, type TraceRecord } from '../../store/index.ts';

const OUTCOME_CLASS = {
  delivered: 'text-ok',
  refused: 'text-danger',
  timeout: 'text-danger',
  nxdomain: 'text-warn',
} as const;

const Item = memo(function Item({
  rec,
  selected,
  tabStop,
  onKeyDown,
}: {
  rec: TraceRecord;
  selected: boolean;
  tabStop: boolean;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
}) {
  const t = useT();
  return (
    <li>
      <button
        type="button"
        data-trace-id={rec.id}
        aria-current={selected ? 'true' : undefined}
        tabIndex={tabStop ? 0 : -1}
        onClick={() => appStore.getState().selectTrace(rec.id)}
        onKeyDown={onKeyDown}
        className={`flex w-full items-baseline gap-2 px-2 py-1 text-left text-xs hover:bg-raised focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${
          selected ? 'bg-accent/15' : ''
        }`}
      >
        <span className="min-w-0 flex-1 truncate font-mono" title={rec.label}>
          {rec.label}
        </span>
        <span className={`shrink-0 ${OUTCOME_CLASS[rec.trace.outcome]}`}>
          {t(`inspector.outcomeShort.${rec.trace.outcome}`)}
        </span>
        <span className="shrink-0 text-muted">{t(`inspector.source.${rec.source}`)}</span>
      </button>
    </li>
  );
});

/** Earlier requests, newest first; selecting one replays it. ↑/↓ move through the list. */
export function TraceHistory() {
  const t = useT();
  const headingId = useId();
  const traces = useAppStore((s) => s.traces);
  const selected = useAppStore((s) => s.playback.traceId);
  const list = useRef<HTMLOListElement>(null);
  const newestFirst = [...traces].reverse();
  const anySelected = newestFirst.some((r) => r.id === selected);

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const i = buttons.indexOf(e.currentTarget);
    const next =
      e.key === 'ArrowDown'
        ? i + 1
        : e.key === 'ArrowUp'
          ? i - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? buttons.length - 1
              : null;
    if (next === null) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))]?.focus();
  };

  if (traces.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="border-t border-line">
      <h3
        id={headingId}
        className="px-2 pt-2 pb-1 text-[11px] font-semibold tracking-wide text-muted uppercase"
      >
        {t('inspector.history', { n: traces.length })}
      </h3>
      <ol ref={list} className="pb-2" data-testid="trace-history">
        {newestFirst.map((rec, i) => (
          <Item
            key={rec.id}
            rec={rec}
            selected={rec.id === selected}
            tabStop={anySelected ? rec.id === selected : i === 0}
            onKeyDown={onKeyDown}
          />
        ))}
      </ol>
    </section>
  );
}
