import { memo, type KeyboardEvent } from 'react';
import type { Hop } from '../../sim/core.ts';
import { explainHop, useT } from '../../i18n/index.ts';
import { appStore, useAppStore, useIsHopActive } from '../../store/index.ts';
import { changes, formatMs, hopPlace, rewriteLabel, type Change } from './describe.ts';

export interface HopRowProps {
  traceId: number;
  index: number;
  hop: Hop;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>, index: number) => void;
}

function Addr({ hop, which }: { hop: Hop; which: Change }) {
  const before = hop.before[which];
  const after = hop.after[which];
  if (before === after) return <span className="whitespace-nowrap">{after}</span>;
  return (
    <span>
      <span className="whitespace-nowrap text-muted line-through decoration-muted/60">
        {before}
      </span>
      {' → '}
      <mark className="rounded bg-warn/20 px-0.5 whitespace-nowrap text-fg">{after}</mark>{' '}
      <span className="rounded border border-warn/60 px-1 text-[10px] font-semibold text-warn">
        {rewriteLabel(hop, which)}
      </span>
    </span>
  );
}

/** One hop; only the rows whose "active" flag flips re-render when the playback moves. */
export const HopRow = memo(function HopRow({ traceId, index, hop, onKeyDown }: HopRowProps) {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const active = useIsHopActive(traceId, index);
  const rewritten = changes(hop);
  return (
    <tr
      aria-current={active ? 'step' : undefined}
      data-hop={index}
      data-active={active || undefined}
      className={`border-b border-line align-top ${active ? 'bg-accent/15' : ''}`}
      onClick={() => appStore.getState().selectHop(index)}
    >
      <td className="py-1 pr-1 pl-2">
        <button
          type="button"
          tabIndex={active ? 0 : -1}
          data-hop-button={index}
          aria-label={t('inspector.hopButton', { n: index + 1 })}
          onKeyDown={(e) => onKeyDown(e, index)}
          onClick={(e) => {
            e.stopPropagation();
            appStore.getState().selectHop(index);
          }}
          className="min-w-6 rounded border border-line px-1 text-xs tabular-nums hover:bg-raised focus-visible:outline-2 focus-visible:outline-accent"
        >
          {index + 1}
        </button>
      </td>
      <td className="py-1 pr-2">
        <div className="flex flex-wrap items-baseline gap-x-1.5">
          <span className="font-semibold">{hopPlace(hop)}</span>
          <span className="rounded bg-raised px-1 font-mono text-[11px] uppercase">
            {t(`inspector.action.${hop.action}`)}
          </span>
          {hop.crossNode && (
            <span
              className="rounded border border-accent px-1 text-[10px] font-semibold text-accent"
              data-testid="cross-node"
            >
              {t('inspector.crossNode')}
            </span>
          )}
        </div>
        <div className="mt-0.5 font-mono text-[11px] break-words">
          <div>
            <span className="text-muted">{t('inspector.src')} </span>
            <Addr hop={hop} which="src" />
          </div>
          <div>
            <span className="text-muted">{t('inspector.dst')} </span>
            <Addr hop={hop} which="dst" />
          </div>
          {rewritten.length === 0 && <span className="sr-only">{t('inspector.unchanged')}</span>}
        </div>
        {hop.chain && (
          <div
            className="font-mono text-[11px] break-all text-muted"
            title={hop.chains?.join(' → ')}
          >
            {t('inspector.chain')} {hop.chain}
          </div>
        )}
        <div className="mt-0.5 text-[12px] leading-snug">{explainHop(hop, language)}</div>
      </td>
      <td className="py-1 pr-2 text-right text-[12px] whitespace-nowrap tabular-nums">
        {formatMs(hop.latencyMs)}
      </td>
    </tr>
  );
});
