import { useT, type MessageKey } from '../../i18n/index.ts';
import { SPEEDS, useAppStore, useCurrentTrace, usePlayback } from '../../store/index.ts';
import { useCanvasUi } from './canvasUi.ts';
import { IconBack, IconForward, IconPause, IconPlay } from './icons.tsx';

const btn =
  'rounded border border-line bg-panel px-2 py-0.5 text-xs hover:bg-raised disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-accent';

const OUTCOME: Record<string, MessageKey> = {
  delivered: 'canvas.outcome.delivered',
  refused: 'canvas.outcome.refused',
  timeout: 'canvas.outcome.timeout',
  nxdomain: 'canvas.outcome.nxdomain',
};

/**
 * Play, pause, step back/forward and speed over the store's playback, the hop counter, and the
 * view toggles. Re-renders once per hop at most (the playback object), never per frame.
 */
export function PlaybackBar() {
  const t = useT();
  const playback = usePlayback();
  const rec = useCurrentTrace();
  const play = useAppStore((s) => s.play);
  const pause = useAppStore((s) => s.pause);
  const stepBack = useAppStore((s) => s.stepBack);
  const stepForward = useAppStore((s) => s.stepForward);
  const setSpeed = useAppStore((s) => s.setSpeed);
  const count = rec?.trace.hops.length ?? 0;
  const done = rec !== undefined && playback.hop >= count - 1 && !playback.playing;
  const outcome = rec
    ? t(OUTCOME[rec.trace.outcome] ?? 'canvas.outcome.timeout', {
        pod: rec.trace.pod ?? rec.trace.server ?? '',
      })
    : '';

  return (
    <div
      className="flex shrink-0 flex-wrap items-center gap-1.5 border-b border-line bg-panel px-2 py-1"
      data-testid="canvas-playback"
    >
      <button
        type="button"
        className={btn}
        onClick={stepBack}
        disabled={!rec || playback.hop === 0}
        aria-label={t('canvas.stepBack')}
        title={t('canvas.stepBack')}
      >
        <IconBack />
      </button>
      {playback.playing ? (
        <button
          type="button"
          className={btn}
          onClick={pause}
          aria-label={t('canvas.pause')}
          title={t('canvas.pause')}
        >
          <IconPause />
        </button>
      ) : (
        <button
          type="button"
          className={btn}
          onClick={play}
          disabled={!rec || count < 2}
          aria-label={t('canvas.play')}
          title={t('canvas.play')}
        >
          <IconPlay />
        </button>
      )}
      <button
        type="button"
        className={btn}
        onClick={stepForward}
        disabled={!rec || playback.hop >= count - 1}
        aria-label={t('canvas.stepForward')}
        title={t('canvas.stepForward')}
      >
        <IconForward />
      </button>
      <label className="flex items-center gap-1 text-xs text-muted">
        {t('canvas.speed')}
        <select
          className="rounded border border-line bg-panel px-1 text-xs text-fg"
          value={String(playback.speed)}
          onChange={(e) => setSpeed(Number(e.target.value))}
        >
          {[...new Set([...SPEEDS, playback.speed])].map((s) => (
            <option key={s} value={String(s)}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <span className="min-w-0 flex-1 truncate text-xs text-muted" data-testid="canvas-hop">
        {rec ? (
          <>
            {t('canvas.hopOf', { hop: Math.min(playback.hop + 1, count), count })} ·{' '}
            <span className="font-mono text-fg">{rec.label}</span>
          </>
        ) : (
          t('canvas.noTrace')
        )}
      </span>
      <span className="sr-only" aria-live="polite">
        {done ? `${rec.label}: ${outcome}` : ''}
      </span>
    </div>
  );
}

/** View options over the canvas (top right): kube-system pods, and resetting the hit counters. */
export function ViewToggles() {
  const t = useT();
  const showSystem = useCanvasUi((s) => s.showSystemPods);
  const toggleSystem = useCanvasUi((s) => s.toggleSystemPods);
  const resetHits = useCanvasUi((s) => s.resetHits);
  const nextTraceId = useAppStore((s) => (s.traces[s.traces.length - 1]?.id ?? 0) + 1);
  return (
    <div className="flex flex-col items-end gap-1 [&>button]:text-[11px]">
      <button type="button" className={btn} aria-pressed={showSystem} onClick={toggleSystem}>
        {t(showSystem ? 'canvas.system.hide' : 'canvas.system.show')}
      </button>
      <button type="button" className={btn} onClick={() => resetHits(nextTraceId)}>
        {t('canvas.resetHits')}
      </button>
    </div>
  );
}
