import { Panel } from '../../components/Panel.tsx';
import { useT } from '../../i18n/index.ts';
import { useAppStore, useCurrentBatch, useCurrentTrace } from '../../store/index.ts';
import { formatMs, outcomeOf, spread } from './describe.ts';
import { HopTable } from './HopTable.tsx';
import { PlaybackControls } from './PlaybackControls.tsx';
import { TraceHistory } from './TraceHistory.tsx';

export interface InspectorPanelProps {
  id?: string;
  className?: string;
}

const OUTCOME_TONE = {
  delivered: 'border-ok/50 text-ok',
  refused: 'border-danger/50 text-danger',
  timeout: 'border-danger/50 text-danger',
  nxdomain: 'border-warn/50 text-warn',
} as const;

/** The current request hop by hop, its outcome, and the history of earlier requests. */
export function InspectorPanel({ id, className }: InspectorPanelProps) {
  const t = useT();
  const rec = useCurrentTrace();
  const batch = useCurrentBatch();
  // While a lesson quiz waits on this trace, rows past the current hop (and the outcome) would give
  // the answer away.
  const cutoff = useAppStore((s) =>
    s.quiz && rec && s.quiz.traceId === rec.id && s.quiz.phase !== 'answered'
      ? s.playback.hop
      : null,
  );
  return (
    <Panel title={t('inspector.title')} testId="inspector-panel" id={id} className={className}>
      <div className="absolute inset-0 overflow-auto text-fg">
        {!rec ? (
          <p className="p-3 text-sm text-muted">{t('inspector.empty')}</p>
        ) : (
          <div className="flex flex-col gap-2 pt-2">
            <div className="flex flex-col gap-1.5 px-2">
              <p className="truncate font-mono text-xs" title={rec.label} data-testid="trace-label">
                {rec.label}
              </p>
              {cutoff !== null ? (
                <p
                  className="rounded border border-line px-2 py-1 text-xs text-muted"
                  data-testid="trace-outcome-hidden"
                >
                  {t('inspector.quizHidden')}
                </p>
              ) : (
                <p
                  role="status"
                  data-testid="trace-outcome"
                  data-outcome={rec.trace.outcome}
                  className={`rounded border px-2 py-1 text-xs ${OUTCOME_TONE[rec.trace.outcome]}`}
                >
                  {(() => {
                    const o = outcomeOf(rec.trace);
                    return t(o.key, o.params);
                  })()}{' '}
                  <span className="text-fg">
                    {rec.trace.response &&
                      t('inspector.http', {
                        status: rec.trace.response.status,
                        reason: rec.trace.response.reason,
                      })}{' '}
                    {t('inspector.total', { ms: formatMs(rec.trace.totalMs) })}
                  </span>
                </p>
              )}
              {batch.length > 1 && (
                <p className="text-xs" data-testid="batch-spread">
                  {t('inspector.batch', { n: batch.length })}{' '}
                  {spread(batch.map((b) => b.trace))
                    .map(([k, n]) => `${k} ×${n}`)
                    .join(', ')}
                </p>
              )}
              {rec.trace.hops.length > 0 && <PlaybackControls hops={rec.trace.hops.length} />}
            </div>
            {rec.trace.hops.length > 0 && (
              <HopTable traceId={rec.id} trace={rec.trace} upTo={cutoff ?? undefined} />
            )}
          </div>
        )}
        <TraceHistory />
      </div>
    </Panel>
  );
}
