import {
  BAND_ID,
  CLIENT_ID,
  INTERNET_ID,
  LB_ID,
  UNSCHEDULED_ID,
  nodeId,
  podId,
  serviceId,
  systemId,
} from './ids.ts';
import type { CanvasTopology, TopoPod } from './topology.ts';

/**
 * The automatic, stable layout of the cluster picture (pure, flow coordinates).
 *
 *   internet   ┌ Services: virtual IPs, in every node's iptables ┐   (rows grow upwards)
 *   client     │ control-plane │ node1 │ node2 │ node3 │              (pods grow downwards)
 *   LB
 *
 * Nodes sit in one row in config order; the client, the load balancer and the internet in a
 * column to the left. Pods and Services get fixed slots: an item keeps its slot for as long as it
 * exists (the memory carries slots from one layout to the next), and new items take the lowest
 * free slot, in creation order. So adding a Service or a pod never moves what is already drawn;
 * only the dashed band and the node outlines grow.
 */
export const L = {
  nodeW: 176,
  nodeGap: 24,
  headerH: 92,
  pad: 12,
  podW: 152,
  podH: 52,
  podGap: 8,
  chipH: 28,
  sysPodH: 40,
  svcW: 236,
  svcH: 96,
  svcGap: 16,
  bandGap: 64,
  bandPad: 12,
  bandLabelH: 26,
  extW: 208,
  extGap: 48,
  clientH: 76,
  lbRowH: 20,
  extHeadH: 52,
} as const;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export type ItemKind =
  'client' | 'lb' | 'internet' | 'band' | 'node' | 'pod' | 'system' | 'service' | 'unscheduled';

export interface LayoutItem {
  id: string;
  kind: ItemKind;
  /** Absolute box in flow coordinates. */
  box: Box;
  /** Group the item is drawn inside (React Flow `parentId`). */
  parent?: string;
  /** The data record behind the item (pod/service key, node name). */
  ref?: string;
}

export interface LayoutMemory {
  /** Service key → slot in the band. */
  services: Readonly<Record<string, number>>;
  /** Pod key → slot inside its node's grid (system and workload grids count separately). */
  pods: Readonly<Record<string, number>>;
}

export interface LayoutOptions {
  /** Show kube-system pods one by one instead of one chip per node. */
  showSystemPods: boolean;
}

export interface ClusterLayout {
  /** Render order: groups before the items inside them. */
  items: LayoutItem[];
  byId: ReadonlyMap<string, LayoutItem>;
  /** Where a packet sits at each item (e.g. a node's iptables strip, a pod's centre). */
  anchors: ReadonlyMap<string, Point>;
  /** The canvas item that stands for a pod: the pod itself, or its node's kube-system chip. */
  podItem: ReadonlyMap<string, string>;
  /** y of the lane just above the node row that cross-node packets travel along. */
  laneY: number;
  memory: LayoutMemory;
}

export const EMPTY_MEMORY: LayoutMemory = { services: {}, pods: {} };

/**
 * Keeps the slot of every key that had one; gives each new key the lowest free slot, in the given
 * order. Pure: `assignSlots(keys, {})` is `keys.map((_, i) => i)`.
 */
export function assignSlots(
  keys: readonly string[],
  prev: Readonly<Record<string, number>>,
): Record<string, number> {
  const out: Record<string, number> = {};
  const used = new Set<number>();
  for (const k of keys) {
    const s = prev[k];
    if (s !== undefined && !used.has(s)) {
      out[k] = s;
      used.add(s);
    }
  }
  let free = 0;
  for (const k of keys) {
    if (out[k] !== undefined) continue;
    while (used.has(free)) free++;
    out[k] = free;
    used.add(free);
  }
  return out;
}

const rowsFor = (slots: Iterable<number>, cols: number) => {
  let max = -1;
  for (const s of slots) max = Math.max(max, s);
  return Math.floor((max + 1 + cols - 1) / cols);
};

const center = (b: Box): Point => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/** Number of Service columns in the band: as many as fit over the node row (at least 2). */
export function serviceColumns(nodeCount: number): number {
  const rowW = nodeCount * (L.nodeW + L.nodeGap) - L.nodeGap;
  return Math.max(2, Math.floor((rowW - 2 * L.bandPad + L.svcGap) / (L.svcW + L.svcGap)));
}

export function layoutCluster(
  topo: CanvasTopology,
  options: LayoutOptions,
  memory: LayoutMemory = EMPTY_MEMORY,
): ClusterLayout {
  const items: LayoutItem[] = [];
  const anchors = new Map<string, Point>();
  const podItem = new Map<string, string>();
  const add = (item: LayoutItem, anchor?: Point) => {
    items.push(item);
    if (anchor) anchors.set(item.id, anchor);
  };

  const nodeNames = new Set(topo.nodes.map((n) => n.name));
  const onNode = new Map<string, { sys: TopoPod[]; work: TopoPod[] }>();
  const unscheduled: TopoPod[] = [];
  for (const n of topo.nodes) onNode.set(n.name, { sys: [], work: [] });
  for (const p of topo.pods) {
    const group = p.node && nodeNames.has(p.node) ? onNode.get(p.node) : undefined;
    if (!group) unscheduled.push(p);
    else (p.system ? group.sys : group.work).push(p);
  }

  // Slots: per node grid, keyed by pod key (a pod never changes node).
  const podSlots: Record<string, number> = {};
  for (const g of onNode.values()) {
    Object.assign(
      podSlots,
      assignSlots(
        g.sys.map((p) => p.key),
        memory.pods,
      ),
    );
    Object.assign(
      podSlots,
      assignSlots(
        g.work.map((p) => p.key),
        memory.pods,
      ),
    );
  }
  Object.assign(
    podSlots,
    assignSlots(
      unscheduled.map((p) => p.key),
      memory.pods,
    ),
  );
  const svcSlots = assignSlots(
    topo.services.map((s) => s.key),
    memory.services,
  );

  // Node row geometry: every node has the same height (the tallest grid) so the row reads evenly.
  const slotsOf = (pods: TopoPod[]) => pods.map((p) => podSlots[p.key] ?? 0);
  let sysRows = 0;
  let workRows = 1;
  let anySys = false;
  for (const g of onNode.values()) {
    anySys ||= g.sys.length > 0;
    sysRows = Math.max(sysRows, rowsFor(slotsOf(g.sys), 1));
    workRows = Math.max(workRows, rowsFor(slotsOf(g.work), 1));
  }
  const sysH = !anySys
    ? 0
    : options.showSystemPods
      ? sysRows * (L.sysPodH + L.podGap)
      : L.chipH + L.podGap;
  const workTop = L.headerH + L.pad + sysH;
  const nodeH = workTop + workRows * (L.podH + L.podGap) - L.podGap + L.pad;
  const rowW = topo.nodes.length * (L.nodeW + L.nodeGap) - L.nodeGap;

  // A column left of the row: the internet above the lane, the client and the LB below it.
  const extX = -(L.extW + L.extGap);
  const inetH = L.extHeadH + topo.internet.length * 2 * L.lbRowH;
  const inetBox = { x: extX, y: -L.bandGap / 2 - 16 - inetH, w: L.extW, h: inetH };
  add(
    { id: INTERNET_ID, kind: 'internet', box: inetBox },
    { x: inetBox.x + inetBox.w, y: inetBox.y + inetBox.h / 2 },
  );
  const clientBox = { x: extX, y: 0, w: L.extW, h: L.clientH };
  add({ id: CLIENT_ID, kind: 'client', box: clientBox }, { x: extX + L.extW, y: L.clientH / 2 });
  const lbY = L.clientH + 24;
  if (topo.lb) {
    const h = L.extHeadH + Math.max(1, topo.lb.addresses.length) * L.lbRowH;
    const box = { x: extX, y: lbY, w: L.extW, h };
    add({ id: LB_ID, kind: 'lb', box }, { x: extX + L.extW, y: lbY + 26 });
  }

  // The Services band above the nodes: slot → column/row, rows stacking upwards.
  const cols = serviceColumns(topo.nodes.length);
  const bandBottom = -L.bandGap;
  const svcRows = Math.max(1, rowsFor(Object.values(svcSlots), cols));
  const bandTop = bandBottom - L.bandPad - svcRows * (L.svcH + L.svcGap) + L.svcGap - L.bandLabelH;
  add({ id: BAND_ID, kind: 'band', box: { x: 0, y: bandTop, w: rowW, h: bandBottom - bandTop } });
  for (const s of topo.services) {
    const slot = svcSlots[s.key] ?? 0;
    const col = slot % cols;
    const row = Math.floor(slot / cols);
    const box = {
      x: L.bandPad + col * (L.svcW + L.svcGap),
      y: bandBottom - L.bandPad - (row + 1) * L.svcH - row * L.svcGap,
      w: L.svcW,
      h: L.svcH,
    };
    add({ id: serviceId(s.key), kind: 'service', box, ref: s.key }, center(box));
  }

  // Nodes with their pods.
  topo.nodes.forEach((n, i) => {
    const nb = { x: i * (L.nodeW + L.nodeGap), y: 0, w: L.nodeW, h: nodeH };
    const nid = nodeId(n.name);
    add({ id: nid, kind: 'node', box: nb, ref: n.name }, { x: nb.x + nb.w / 2, y: L.headerH - 14 });
    const g = onNode.get(n.name) ?? { sys: [], work: [] };
    if (g.sys.length > 0 && !options.showSystemPods) {
      const box = { x: nb.x + L.pad, y: L.headerH + L.pad, w: nb.w - 2 * L.pad, h: L.chipH };
      add({ id: systemId(n.name), kind: 'system', box, parent: nid, ref: n.name }, center(box));
      for (const p of g.sys) podItem.set(p.key, systemId(n.name));
    }
    const grid = (pods: TopoPod[], top: number, h: number) => {
      for (const p of pods) {
        const slot = podSlots[p.key] ?? 0;
        const box = {
          x: nb.x + L.pad,
          y: top + slot * (h + L.podGap),
          w: L.podW,
          h,
        };
        add({ id: podId(p.key), kind: 'pod', box, parent: nid, ref: p.key }, center(box));
        podItem.set(p.key, podId(p.key));
      }
    };
    if (options.showSystemPods) grid(g.sys, L.headerH + L.pad, L.sysPodH);
    grid(g.work, workTop, L.podH);
  });

  if (unscheduled.length > 0) {
    const rows = rowsFor(slotsOf(unscheduled), 1);
    const box = {
      x: rowW + L.extGap,
      y: 0,
      w: L.extW,
      h: L.extHeadH + rows * (L.podH + L.podGap),
    };
    add({ id: UNSCHEDULED_ID, kind: 'unscheduled', box }, center(box));
    for (const p of unscheduled) {
      const slot = podSlots[p.key] ?? 0;
      const pb = {
        x: box.x + (L.extW - L.podW) / 2,
        y: box.y + L.extHeadH + slot * (L.podH + L.podGap),
        w: L.podW,
        h: L.podH,
      };
      add(
        { id: podId(p.key), kind: 'pod', box: pb, parent: UNSCHEDULED_ID, ref: p.key },
        center(pb),
      );
      podItem.set(p.key, podId(p.key));
    }
  }

  return {
    items,
    byId: new Map(items.map((it) => [it.id, it])),
    anchors,
    podItem,
    laneY: -L.bandGap / 2 + 8,
    memory: { services: svcSlots, pods: podSlots },
  };
}
