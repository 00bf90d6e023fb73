import { Background, Controls, Panel, ReactFlow, ViewportPortal } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useId, useMemo, useRef } from 'react';
import { useTheme } from '../../components/theme.ts';
import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../store/index.ts';
import { PacketLayer } from './anim/PacketLayer.tsx';
import './canvas.css';
import { useCanvasUi } from './canvasUi.ts';
import { toFlow } from './flow/toFlow.ts';
import { edgeTypes, nodeTypes } from './flow/types.ts';
import { EMPTY_MEMORY, layoutCluster, type LayoutMemory } from './model/layout.ts';
import { canvasTopology } from './model/topology.ts';
import { PlaybackBar, ViewToggles } from './PlaybackBar.tsx';
import { RequestMenu } from './RequestMenu.tsx';
import { TopologySummary } from './TopologySummary.tsx';

const FIT = { padding: 0.08 } as const;
const PRO = { hideAttribution: false } as const;

/**
 * The cluster canvas. Reads the simulator state through `canvasTopology` (a memoised, structurally
 * stable view: requests do not change it), lays it out with slot memory (adding things never moves
 * what is there) and hands React Flow arrays that change only when the cluster does. Packets move
 * in `PacketLayer`, outside React's render cycle.
 */
export function ClusterCanvas() {
  const t = useT();
  const summaryId = useId();
  const theme = useTheme();
  const topo = useAppStore((s) => canvasTopology(s.sim));
  const showSystemPods = useCanvasUi((s) => s.showSystemPods);
  const memory = useRef<LayoutMemory>(EMPTY_MEMORY);
  const layout = useMemo(() => {
    const l = layoutCluster(topo, { showSystemPods }, memory.current);
    memory.current = l.memory;
    return l;
  }, [topo, showSystemPods]);
  const { nodes, edges } = useMemo(() => toFlow(topo, layout), [topo, layout]);
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': t('canvas.controls'),
      'controls.zoomIn.ariaLabel': t('canvas.zoomIn'),
      'controls.zoomOut.ariaLabel': t('canvas.zoomOut'),
      'controls.fitView.ariaLabel': t('canvas.fitView'),
    }),
    [t],
  );

  return (
    <div data-canvas-root className="relative flex h-full min-h-0 flex-col" data-testid="canvas">
      <PlaybackBar />
      <div
        className="relative min-h-0 flex-1"
        role="group"
        aria-label={t('canvas.label')}
        aria-describedby={summaryId}
      >
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          colorMode={theme}
          fitView
          fitViewOptions={FIT}
          minZoom={0.05}
          maxZoom={2.5}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          proOptions={PRO}
          ariaLabelConfig={ariaLabels}
        >
          <svg className="absolute size-0" aria-hidden>
            <defs>
              <marker
                id="cv-arrow"
                viewBox="0 0 10 10"
                refX="9"
                refY="5"
                markerWidth="7"
                markerHeight="7"
                orient="auto-start-reverse"
              >
                <path d="M 0 0 L 10 5 L 0 10 z" className="cv-arrow" />
              </marker>
            </defs>
          </svg>
          <Background gap={24} size={1} />
          <Controls showInteractive={false} />
          <Panel position="top-right">
            <ViewToggles />
          </Panel>
          <ViewportPortal>
            <PacketLayer topo={topo} layout={layout} />
          </ViewportPortal>
        </ReactFlow>
        <TopologySummary id={summaryId} topo={topo} />
        <RequestMenu topo={topo} />
      </div>
    </div>
  );
}
