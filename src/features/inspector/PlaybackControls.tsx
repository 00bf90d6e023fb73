import { PauseIcon, PlayIcon, StepBackIcon, StepForwardIcon } from '../../components/icons.tsx';
import { useT } from '../../i18n/index.ts';
import { appStore, usePlayback } from '../../store/index.ts';

const BUTTON =
  'rounded border border-line px-2 py-0.5 text-xs hover:bg-raised disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-accent';

/** Back / play-pause / forward for the trace being shown (the canvas bar also sets the speed). */
export function PlaybackControls({ hops }: { hops: number }) {
  const t = useT();
  const { hop, playing } = usePlayback();
  const s = appStore.getState();
  return (
    <div
      role="toolbar"
      aria-label={t('inspector.playback')}
      className="flex flex-wrap items-center gap-1"
    >
      <button
        type="button"
        className={BUTTON}
        onClick={s.stepBack}
        disabled={hop <= 0}
        aria-label={t('inspector.back')}
      >
        <StepBackIcon />
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={playing ? s.pause : s.play}
        aria-label={playing ? t('inspector.pause') : t('inspector.play')}
        data-testid="playback-toggle"
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button
        type="button"
        className={BUTTON}
        onClick={s.stepForward}
        disabled={hop >= hops - 1}
        aria-label={t('inspector.forward')}
      >
        <StepForwardIcon />
      </button>
      <span className="px-1 text-xs text-muted tabular-nums" data-testid="playback-position">
        {t('inspector.position', { hop: hop + 1, hops })}
      </span>
    </div>
  );
}
