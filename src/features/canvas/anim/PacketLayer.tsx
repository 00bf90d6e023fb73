import { useStoreApi } from '@xyflow/react';
import { memo, useEffect, useMemo, useRef } from 'react';
import { useT } from '../../../i18n/index.ts';
import {
  appStore,
  currentRecord,
  hopDurationMs,
  selectCurrentBatch,
  type AppState,
  type TraceRecord,
} from '../../../store/index.ts';
import { useCanvasUi } from '../canvasUi.ts';
import type { ClusterLayout } from '../model/layout.ts';
import { routeTrace, type TraceRoute } from '../model/route.ts';
import type { CanvasTopology } from '../model/topology.ts';
import { PacketEngine, type MarkTexts } from './engine.ts';
import { useMotion } from './useMotion.ts';

export interface PacketLayerProps {
  topo: CanvasTopology;
  layout: ClusterLayout;
}

/**
 * The packets' DOM layer, rendered inside React Flow's ViewportPortal. It renders once; a store
 * subscription (outside React) tells the engine what to show whenever the playback moves to
 * another hop or trace, and sets the per-hop highlights. Nothing here runs per frame.
 */
export const PacketLayer = memo(function PacketLayer({ topo, layout }: PacketLayerProps) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  const motion = useMotion();
  const marks = useMemo<MarkTexts>(
    () => ({
      dropped: t('canvas.mark.dropped'),
      refused: t('canvas.mark.refused'),
      nxdomain: '✕ NXDOMAIN',
      delivered: '✓',
    }),
    [t],
  );

  useEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    const engine = new PacketEngine(layer, marks);
    const routes = new WeakMap<TraceRecord, TraceRoute>();
    const routeOf = (r: TraceRecord) => {
      let route = routes.get(r);
      if (!route) routes.set(r, (route = routeTrace(r.trace, topo, layout)));
      return route;
    };
    const setActive = useCanvasUi.getState().setActive;
    let shown: { traceId: number; hop: number } | null = null;

    const render = (s: AppState, first: boolean) => {
      const rec = currentRecord(s);
      if (!rec) {
        engine.clear();
        setActive([], []);
        shown = null;
        return;
      }
      const { hop, speed, playing } = s.playback;
      const hopMs = hopDurationMs(speed);
      const route = routeOf(rec);
      const animateMotion = motion === 'full' && !first;
      if (shown?.traceId !== rec.id) {
        engine.clear();
        const others = selectCurrentBatch(s).filter((r) => r.id !== rec.id);
        if (others.length > 0)
          engine.burst(others.map(routeOf), {
            hopMs,
            staggerMs: hopMs / 4,
            animate: animateMotion,
            lingerMs: 2500,
          });
        engine.showHop(route, rec.id, hop, animateMotion && playing, hopMs);
      } else if (shown.hop !== hop) {
        engine.showHop(route, rec.id, hop, animateMotion && hop === shown.hop + 1, hopMs);
      }
      const leg = route.legs[hop];
      setActive(leg?.edges ?? [], leg?.items ?? []);
      shown = { traceId: rec.id, hop };
    };

    render(appStore.getState(), true);
    const unsubscribe = appStore.subscribe((s, prev) => {
      if (s.playback !== prev.playback || s.traces !== prev.traces) render(s, false);
    });
    return () => {
      unsubscribe();
      engine.clear();
    };
  }, [topo, layout, motion, marks]);

  // Labels keep a readable size on screen whatever the zoom: a CSS variable updated from React
  // Flow's store on pan/zoom (no React render).
  const flow = useStoreApi();
  useEffect(() => {
    const layer = ref.current;
    if (!layer) return;
    let zoom = 0;
    const update = (z: number) => {
      if (z === zoom) return;
      zoom = z;
      layer.style.setProperty('--cv-label-scale', String(Math.min(1.8, Math.max(1, 1 / z))));
    };
    update(flow.getState().transform[2]);
    return flow.subscribe((s) => update(s.transform[2]));
  }, [flow]);

  useEffect(() => {
    // Tests: the fastest playback clock, so a trace plays in a few frames.
    if (motion === 'instant') appStore.getState().setSpeed(64);
  }, [motion]);

  return <div ref={ref} className="cv-packets" data-testid="packet-layer" aria-hidden />;
});
