import type { Hop, Trace } from '../../../sim/core.ts';
import { dedupe } from './geometry.ts';
import { highlightsOf } from './highlights.ts';
import { CLIENT_ID, INTERNET_ID, LB_ID, nodeId } from './ids.ts';
import type { ClusterLayout, Point } from './layout.ts';
import type { CanvasTopology } from './topology.ts';

/**
 * Maps a trace onto the canvas: for every hop, the polyline the packet travels during that hop
 * (from where the previous hop left it to where this hop happens), the label before and after the
 * hop (so DNAT/SNAT rewrites show), and what to highlight. Pure; the animation engine plays it.
 */
export interface HopLeg {
  index: number;
  action: Hop['action'];
  /** Canvas item where the packet is once this hop is done. */
  at: string;
  /** From the previous position to `at`, through any waypoints (≥ 1 point). */
  points: Point[];
  crossNode: boolean;
  labelBefore: string;
  label: string;
  /** The hop rewrote the addresses (DNS answer, DNAT, SNAT, un-NAT of the reply). */
  rewritten: boolean;
  /** How the trace ends here, on its last hop. */
  mark?: 'dropped' | 'refused' | 'nxdomain' | 'delivered';
  /** React Flow edge ids and item ids lit while this hop is shown. */
  edges: string[];
  items: string[];
}

export interface TraceRoute {
  origin: string;
  start: Point;
  legs: HopLeg[];
}

export const addrLabel = (a: { src: string; dst: string }) => `${a.src} → ${a.dst}`;
export const hostOf = (addr: string) => addr.replace(/:\d+$/, '');

/** The canvas item a trace starts from: the client, a node, or a pod (or its kube-system chip). */
export function originItem(trace: Trace, topo: CanvasTopology, layout: ClusterLayout): string {
  const from = trace.request.from;
  if (from.startsWith('node/')) return nodeId(from.slice(5));
  if (from.startsWith('pod/')) {
    const rest = from.slice(4);
    const key = rest.includes('/') ? rest : `default/${rest}`;
    const direct = layout.podItem.get(key);
    if (direct) return direct;
    // `pod/NAME` of another namespace: the first hop's source address names the pod.
    const src = trace.hops[0] ? hostOf(trace.hops[0].before.src) : undefined;
    const byIp = topo.pods.find((p) => p.ip === src && !p.hostNetwork && p.name === rest);
    const item = byIp ? layout.podItem.get(byIp.key) : undefined;
    if (item) return item;
  }
  return CLIENT_ID;
}

/** The node an item lives in (pods, chips and node groups), if any. */
function nodeOfItem(layout: ClusterLayout, id: string): string | undefined {
  const it = layout.byId.get(id);
  if (!it) return undefined;
  if (it.kind === 'node') return id;
  return it.parent && layout.byId.get(it.parent)?.kind === 'node' ? it.parent : undefined;
}

/** The polyline between two items: out of a pod through its node, along the lane between places. */
export function connect(layout: ClusterLayout, from: string, to: string): Point[] {
  const a = layout.anchors.get(from);
  const b = layout.anchors.get(to);
  if (!a || !b) return a ? [a] : b ? [b] : [];
  if (from === to) return [a];
  const placeA = nodeOfItem(layout, from) ?? from;
  const placeB = nodeOfItem(layout, to) ?? to;
  const at = (id: string) => layout.anchors.get(id) ?? a;
  const pts: Point[] = [a];
  if (from !== placeA) pts.push(at(placeA));
  if (placeA !== placeB) {
    const pa = at(placeA);
    const pb = at(placeB);
    // Between places the packet travels along the lane above the nodes (the node network);
    // the client reaches the load balancer directly.
    const direct = [placeA, placeB].includes(LB_ID) && [placeA, placeB].includes(CLIENT_ID);
    if (!direct) pts.push({ x: pa.x, y: layout.laneY }, { x: pb.x, y: layout.laneY });
    pts.push(pb);
  }
  if (to !== placeB) pts.push(b);
  return dedupe(pts);
}

function locationOf(
  trace: Trace,
  i: number,
  cur: string,
  origin: string,
  topo: CanvasTopology,
  layout: ClusterLayout,
): string {
  const hop = trace.hops[i] as Hop;
  if (hop.action === 'reply') return origin;
  if (!hop.node) {
    if (hop.place === 'client') return CLIENT_ID;
    if (hop.place === 'load-balancer') return layout.byId.has(LB_ID) ? LB_ID : cur;
    if (hop.place === 'internet') return INTERNET_ID;
    return cur;
  }
  if (hop.action === 'dns') return cur;
  if (hop.action === 'send') return cur === origin ? cur : nodeId(hop.node);
  if (hop.action === 'deliver' && trace.pod) {
    const pod = topo.pods.find((p) => p.key === trace.pod);
    const item = pod?.node === hop.node ? layout.podItem.get(pod.key) : undefined;
    if (item) return item;
  }
  if (hop.action === 'forward' && hop.crossNode) {
    const next = trace.hops[i + 1];
    if (next?.node && next.node !== hop.node) return nodeId(next.node);
  }
  return nodeId(hop.node);
}

export function routeTrace(trace: Trace, topo: CanvasTopology, layout: ClusterLayout): TraceRoute {
  const origin = originItem(trace, topo, layout);
  const start = layout.anchors.get(origin) ?? { x: 0, y: 0 };
  const lbVips = new Set(topo.lb?.addresses.map((a) => a.ip) ?? []);
  const viaCloudLb = trace.hops.some((h) => h.action === 'lb');
  const highlights = highlightsOf(trace, topo, layout);
  const legs: HopLeg[] = [];
  let cur = origin;
  trace.hops.forEach((hop, i) => {
    const at = locationOf(trace, i, cur, origin, topo, layout);
    const stops = [cur];
    // MetalLB: the client's packet for a load-balancer address goes to the announcing node.
    if (cur === CLIENT_ID && at !== CLIENT_ID && at !== LB_ID && lbVips.has(hostOf(hop.before.dst)))
      if (layout.byId.has(LB_ID)) stops.push(LB_ID);
    if (hop.action === 'reply') {
      if (hop.node && nodeId(hop.node) !== nodeOfItem(layout, cur)) stops.push(nodeId(hop.node));
      if (viaCloudLb && layout.byId.has(LB_ID)) stops.push(LB_ID);
    }
    stops.push(at);
    const points: Point[] = [];
    for (let s = 1; s < stops.length; s++) {
      const seg = connect(layout, stops[s - 1] as string, stops[s] as string);
      points.push(...(points.length > 0 ? seg.slice(1) : seg));
    }
    if (points.length === 0) points.push(layout.anchors.get(cur) ?? start);
    const last = i === trace.hops.length - 1;
    const mark =
      hop.action === 'drop'
        ? 'dropped'
        : hop.action === 'reject'
          ? 'refused'
          : last && trace.outcome === 'nxdomain'
            ? 'nxdomain'
            : last && trace.outcome === 'delivered'
              ? 'delivered'
              : undefined;
    const h = highlights[i] ?? { edges: [], items: [] };
    legs.push({
      index: i,
      action: hop.action,
      at,
      points,
      crossNode: hop.crossNode,
      labelBefore: addrLabel(hop.before),
      label: addrLabel(hop.after),
      rewritten: hop.before.src !== hop.after.src || hop.before.dst !== hop.after.dst,
      ...(mark ? { mark } : {}),
      edges: h.edges,
      items: h.items,
    });
    cur = at;
  });
  return { origin, start, legs };
}
