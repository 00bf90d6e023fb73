import { Handle, Position } from '@xyflow/react';
import { useCanvasUi } from '../canvasUi.ts';
import type { FlowNodeData } from '../flow/toFlow.ts';

/** True while the current hop lights this item (a per-item boolean: only it re-renders). */
export const useItemActive = (id: string): boolean => useCanvasUi((s) => s.activeItems.has(id));

export const dataOf = <K extends FlowNodeData['kind']>(
  data: unknown,
  _kind: K,
): Extract<FlowNodeData, { kind: K }> => data as Extract<FlowNodeData, { kind: K }>;

/** Invisible connection points (edges attach here; nothing is user-connectable). */
export function TargetHandle({
  id = 'in',
  position = Position.Top,
}: {
  id?: string;
  position?: Position;
}) {
  return (
    <Handle type="target" id={id} position={position} isConnectable={false} className="cv-handle" />
  );
}

export function SourceHandle({
  id = 'out',
  position = Position.Bottom,
}: {
  id?: string;
  position?: Position;
}) {
  return (
    <Handle type="source" id={id} position={position} isConnectable={false} className="cv-handle" />
  );
}

/** Box styles shared by the cards; `active` rings the item the current hop is about. */
export const card = (active: boolean, extra = '') =>
  `h-full w-full rounded-md border bg-panel text-fg shadow-sm transition-shadow ${
    active ? 'border-accent ring-2 ring-accent/60' : 'border-line'
  } ${extra}`;

/** A button filling its card: opens the card's request menu (keyboard and pointer alike). */
export const openerClass =
  'nodrag nopan block h-full w-full cursor-pointer rounded-md p-2 text-left focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent';
