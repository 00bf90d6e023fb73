/**
 * The frame-time benchmark page (no editor): the real canvas over a 20-node, 200-pod cluster,
 * and a hook that puts N looping packets in flight with the canvas's own engine and routes.
 */
import { createRoot } from 'react-dom/client';
import { PacketEngine } from '../../src/features/canvas/anim/engine.ts';
import { ClusterCanvas } from '../../src/features/canvas/index.ts';
import { layoutCluster } from '../../src/features/canvas/model/layout.ts';
import { routeTrace } from '../../src/features/canvas/model/route.ts';
import { canvasTopology } from '../../src/features/canvas/model/topology.ts';
import '../../src/index.css';
import { appStore } from '../../src/store/index.ts';
import { benchTraces, bigClusterState } from './bigCluster.ts';

const state = bigClusterState();
appStore.setState({ sim: state });

declare global {
  interface Window {
    bench: {
      ready: () => boolean;
      start: (packets: number) => number;
      frames: (ms: number) => Promise<number[]>;
      pods: () => number;
    };
  }
}

let engine: PacketEngine | undefined;

window.bench = {
  ready: () =>
    document.querySelectorAll('.react-flow__node').length > 200 &&
    document.querySelector('[data-testid="packet-layer"]') !== null,
  pods: () => Object.keys(state.pods).length,
  start: (packets) => {
    engine?.clear();
    const layer = document.querySelector<HTMLElement>('[data-testid="packet-layer"]');
    if (!layer) throw new Error('no packet layer');
    const topo = canvasTopology(state);
    // The canvas's first layout (no slot memory, kube-system collapsed) is this one.
    const layout = layoutCluster(topo, { showSystemPods: false });
    const routes = benchTraces(state, packets).map((t) => routeTrace(t, topo, layout));
    const marks = { dropped: '✕', refused: '✕', nxdomain: '✕', delivered: '✓' };
    engine = new PacketEngine(layer, marks);
    const hopMs = 700;
    engine.burst(routes, { hopMs, staggerMs: 60, animate: true, iterations: Infinity });
    return engine.running;
  },
  frames: (ms) =>
    new Promise((resolve) => {
      const deltas: number[] = [];
      let last = performance.now();
      const end = last + ms;
      const tick = (now: number) => {
        deltas.push(now - last);
        last = now;
        if (now < end) requestAnimationFrame(tick);
        else resolve(deltas);
      };
      requestAnimationFrame(tick);
    }),
};

const root = document.getElementById('root');
if (!root) throw new Error('no #root');
createRoot(root).render(<ClusterCanvas />);
