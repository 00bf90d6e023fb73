import { getBezierPath, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasUi } from '../canvasUi.ts';
import type { FlowEdge } from '../flow/toFlow.ts';

/**
 * A Service link: endpoint (solid; faint and dashed when the endpoint is not ready), headless DNS
 * fan-out (dotted), ExternalName CNAME and load-balancer address (dashed, arrow). Static styles
 * only — no looping dash animation; the current hop's link is lit through its own boolean.
 */
export const LinkEdge = memo(function LinkEdge({
  id,
  sourceX,
  sourceY,
  targetX,
  targetY,
  sourcePosition,
  targetPosition,
  data,
}: EdgeProps<FlowEdge>) {
  const active = useCanvasUi((s) => s.activeEdges.has(id));
  const [path] = getBezierPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
  });
  const kind = data?.kind ?? 'endpoint';
  const cls = [
    'react-flow__edge-path',
    'cv-edge',
    `cv-edge-${kind}`,
    data?.ready === false ? 'cv-edge-notready' : '',
    active ? 'cv-edge-active' : '',
  ].join(' ');
  return (
    <path
      id={id}
      d={path}
      className={cls}
      fill="none"
      markerEnd={kind === 'cname' || kind === 'vip' ? 'url(#cv-arrow)' : undefined}
      data-active={active || undefined}
    />
  );
});
