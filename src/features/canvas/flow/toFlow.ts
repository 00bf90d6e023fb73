import type { Edge, Node } from '@xyflow/react';
import type { ItemKind, ClusterLayout } from '../model/layout.ts';
import { serviceLinks, type ServiceLink } from '../model/links.ts';
import type {
  CanvasTopology,
  LbAddress,
  TopoNode,
  TopoPod,
  TopoService,
} from '../model/topology.ts';

/** Data carried by each React Flow node type (plain records from the topology). */
export type FlowNodeData =
  | { kind: 'client'; name: string; ip: string }
  | { kind: 'lb'; provider: 'metallb' | 'cloud'; addresses: LbAddress[] }
  | { kind: 'internet'; hosts: CanvasTopology['internet'] }
  | { kind: 'band' }
  | { kind: 'node'; node: TopoNode; podCount: number }
  | { kind: 'system'; node: string; pods: TopoPod[] }
  | { kind: 'pod'; pod: TopoPod }
  | { kind: 'service'; service: TopoService }
  | { kind: 'unscheduled'; count: number };

export type FlowNode = Node<FlowNodeData & Record<string, unknown>>;
export type FlowEdge = Edge<
  { kind: ServiceLink['kind']; ready: boolean } & Record<string, unknown>
>;

/** React Flow node type per layout item kind (the keys of `nodeTypes`). */
export const NODE_TYPE = {
  client: 'client',
  lb: 'lb',
  internet: 'internet',
  band: 'band',
  node: 'k8sNode',
  system: 'system',
  pod: 'pod',
  service: 'service',
  unscheduled: 'unscheduled',
} as const satisfies Record<ItemKind, string>;

const INTERACTIVE = { pointerEvents: 'all' } as const;

const HANDLES: Record<ServiceLink['kind'], { source: string; target: string }> = {
  endpoint: { source: 'out', target: 'in' },
  dns: { source: 'out', target: 'in' },
  cname: { source: 'out', target: 'in' },
  vip: { source: 'out', target: 'vip' },
};

/**
 * The React Flow nodes and edges for a layout. Pure and called only when the topology or the
 * layout changes (never during playback), so React Flow sees the same arrays while packets move.
 */
export function toFlow(
  topo: CanvasTopology,
  layout: ClusterLayout,
): { nodes: FlowNode[]; edges: FlowEdge[] } {
  const pods = new Map(topo.pods.map((p) => [p.key, p]));
  const services = new Map(topo.services.map((s) => [s.key, s]));
  const topoNodes = new Map(topo.nodes.map((n) => [n.name, n]));

  const nodes: FlowNode[] = [];
  for (const it of layout.items) {
    const parent = it.parent ? layout.byId.get(it.parent) : undefined;
    const position = parent
      ? { x: it.box.x - parent.box.x, y: it.box.y - parent.box.y }
      : { x: it.box.x, y: it.box.y };
    let data: FlowNodeData;
    switch (it.kind) {
      case 'client':
        data = { kind: 'client', ...topo.client };
        break;
      case 'lb':
        data = {
          kind: 'lb',
          provider: topo.lb?.provider ?? 'metallb',
          addresses: topo.lb?.addresses ?? [],
        };
        break;
      case 'internet':
        data = { kind: 'internet', hosts: topo.internet };
        break;
      case 'band':
        data = { kind: 'band' };
        break;
      case 'node': {
        const node = topoNodes.get(it.ref ?? '') as TopoNode;
        data = {
          kind: 'node',
          node,
          podCount: topo.pods.filter((p) => p.node === node.name).length,
        };
        break;
      }
      case 'system':
        data = {
          kind: 'system',
          node: it.ref ?? '',
          pods: topo.pods.filter((p) => p.system && p.node === it.ref),
        };
        break;
      case 'pod':
        data = { kind: 'pod', pod: pods.get(it.ref ?? '') as TopoPod };
        break;
      case 'service':
        data = { kind: 'service', service: services.get(it.ref ?? '') as TopoService };
        break;
      case 'unscheduled':
        data = {
          kind: 'unscheduled',
          count: layout.items.filter((x) => x.parent === it.id).length,
        };
        break;
    }
    nodes.push({
      id: it.id,
      type: NODE_TYPE[it.kind],
      position,
      width: it.box.w,
      height: it.box.h,
      data: data as FlowNode['data'],
      ...(it.parent ? { parentId: it.parent } : {}),
      // Nodes are neither selectable nor draggable, so React Flow would turn their pointer events
      // off; the cards hold buttons. The band stays transparent to the pointer (pan through it).
      ...(it.kind === 'band' ? { zIndex: -1 } : { style: INTERACTIVE }),
      draggable: false,
      selectable: false,
      connectable: false,
      focusable: false,
    });
  }

  const edges: FlowEdge[] = serviceLinks(topo, layout).map((l) => ({
    id: l.id,
    type: 'link',
    source: l.source,
    target: l.target,
    sourceHandle: HANDLES[l.kind].source,
    targetHandle: HANDLES[l.kind].target,
    data: { kind: l.kind, ready: l.ready },
    selectable: false,
    focusable: false,
  }));
  return { nodes, edges };
}
