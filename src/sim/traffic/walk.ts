import type { SimState } from '../model/state.ts';
import type { Hop, HopAction, HttpResponse, PacketAddrs, Why } from '../model/trace.ts';
import { renderWhy } from './explain.ts';
import type { Pod, Protocol } from '../model/types.ts';
import { proxyModel, type ProxyModel } from '../proxy/model.ts';
import type { Txn } from '../registry/txn.ts';
import { nextInt } from '../util/rand.ts';
import { topology, type Topology } from './topology.ts';

export interface Packet {
  src: string;
  dst: string;
  proto: Protocol;
}

/** How a request ended, before the reply path is added. */
export type Landing =
  | { kind: 'pod'; pod: Pod; node: string; pkt: Packet; respond?: () => HttpResponse }
  | { kind: 'host'; node: string; process: string; pkt: Packet; respond?: () => HttpResponse }
  | { kind: 'internet'; server: string; pkt: Packet; respond?: () => HttpResponse }
  | { kind: 'refused' }
  | { kind: 'timeout' };

/** Where the reply has to be un-NATed on its way back. */
export interface NatRecord {
  node: string;
  orig: Packet;
  translated: Packet;
}

/** Mutable context of one traced request: the hops so far, NAT records, randomness. */
export class Walk {
  readonly state: SimState;
  readonly model: ProxyModel;
  readonly topo: Topology;
  readonly hops: Hop[] = [];
  readonly nats: NatRecord[] = [];
  hostHeader = '';
  httpPath = '/';

  constructor(readonly txn: Txn) {
    this.state = txn.state;
    this.model = proxyModel(txn.state);
    this.topo = topology(txn.state);
  }

  get latency() {
    return this.state.config.latency;
  }

  hop(h: {
    node?: string | undefined;
    place?: string | undefined;
    action: HopAction;
    chain?: string;
    chains?: string[];
    before: PacketAddrs;
    after?: PacketAddrs;
    crossNode?: boolean;
    latencyMs?: number;
    why: Why;
  }): void {
    // One object shape for every hop (absent fields are undefined): this runs >100k times a second.
    const hop: Hop = {
      node: h.node,
      place: h.place,
      action: h.action,
      chain: h.chain,
      chains: h.chains,
      before: h.before,
      after: h.after ?? h.before,
      crossNode: h.crossNode ?? false,
      latencyMs: h.latencyMs === undefined ? 0 : Math.round(h.latencyMs * 1000) / 1000,
      explain: renderWhy(h.why),
      why: h.why,
    };
    this.hops.push(hop);
  }

  /** A Linux ephemeral port (net.ipv4.ip_local_port_range 32768–60999). */
  ephemeralPort(): number {
    const d = nextInt(this.txn.rng, 60999 - 32768 + 1);
    this.txn.rng = d.rng;
    return 32768 + d.value;
  }

  /** A float in [0, 1) from the seeded generator. */
  random31(): number {
    const d = nextInt(this.txn.rng, 0x80000000);
    this.txn.rng = d.rng;
    return d.value;
  }
}

export const hostOf = (addr: string): string => {
  const i = addr.lastIndexOf(':');
  return i < 0 ? addr : addr.slice(0, i);
};
export const portOf = (addr: string): number => {
  const i = addr.lastIndexOf(':');
  return i < 0 ? Number.NaN : Number(addr.slice(i + 1));
};
export const addrs = (p: Packet): PacketAddrs => ({ src: p.src, dst: p.dst });
