import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT, type TFunction } from '../../../i18n/index.ts';
import { useAppStore } from '../../../store/index.ts';
import { useCanvasUi } from '../canvasUi.ts';
import type { FlowNode } from '../flow/toFlow.ts';
import { podHits } from '../model/hits.ts';
import type { TopoPod } from '../model/topology.ts';
import { TargetHandle, dataOf, useItemActive } from './common.tsx';

/** Phases read as kubectl prints them; readiness in the learner's language. */
export const podStateText = (p: TopoPod, t: TFunction): string =>
  p.terminating
    ? 'Terminating'
    : p.phase !== 'Running'
      ? p.phase
      : t(p.ready ? 'canvas.pod.ready' : 'canvas.pod.notReady');

/** How many requests this pod answered since the last reset (per-pod selector). */
const useHits = (key: string) => {
  const since = useCanvasUi((s) => s.hitsSince);
  return useAppStore((s) => podHits(s.traces, since)[key] ?? 0);
};

/** A pod inside its node: name, IP, readiness, and how many requests it answered. */
export const PodNode = memo(function PodNode({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const { pod } = dataOf(data, 'pod');
  const active = useItemActive(id);
  const hits = useHits(pod.key);
  const openMenu = useCanvasUi((s) => s.openMenu);
  const state = podStateText(pod, t);
  const ok = pod.ready && !pod.terminating;
  return (
    <div
      className={`h-full w-full rounded-md border bg-panel text-fg shadow-sm ${
        active
          ? 'border-accent ring-2 ring-accent/60'
          : ok
            ? 'border-line'
            : 'border-dashed border-warn'
      } ${pod.terminating ? 'opacity-60' : ''}`}
      data-ready={pod.ready}
    >
      <TargetHandle />
      <button
        type="button"
        aria-haspopup="menu"
        aria-label={t('canvas.pod.open', { name: pod.name, ip: pod.ip ?? '—', state })}
        data-testid={`open-pod-${pod.name}`}
        onClick={(e) => openMenu(id, e.currentTarget)}
        className="nodrag nopan relative block h-full w-full rounded-md px-2 py-1 text-left focus-visible:outline-2 focus-visible:outline-accent"
      >
        <span className="flex items-center gap-1">
          <span
            aria-hidden
            className={`inline-block size-2 shrink-0 rounded-full ${ok ? 'bg-ok' : 'border border-warn'}`}
          />
          <span className="truncate text-xs font-medium" title={pod.key}>
            {pod.name}
          </span>
        </span>
        <span className="block font-mono text-[11px] text-muted">{pod.ip ?? '—'}</span>
        <span className={`block text-[10px] ${ok ? 'text-ok' : 'text-warn'}`}>
          {state}
          {pod.hostNetwork ? ` · ${t('canvas.pod.hostNetwork')}` : ''}
        </span>
        {hits > 0 && (
          <span
            data-testid="pod-hits"
            data-pod={pod.key}
            title={t('canvas.pod.hits', { count: hits })}
            className="absolute top-1 right-1 rounded-full bg-accent px-1.5 text-[10px] font-semibold text-panel"
          >
            {hits}
          </span>
        )}
      </button>
    </div>
  );
});
