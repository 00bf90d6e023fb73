import type { SimState } from '../model/state.ts';
import type { Hop, HopAction, HttpResponse, PacketAddrs } from '../model/trace.ts';
import type { Pod, Protocol } from '../model/types.ts';
import { splitHostPort } from '../net/ip.ts';
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
  | { kind: 'pod'; pod: Pod; node: string; pkt: Packet; response?: HttpResponse }
  | { kind: 'host'; node: string; process: string; pkt: Packet; response?: HttpResponse }
  | { kind: 'internet'; server: string; pkt: Packet; response?: HttpResponse }
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
  /** Nodes the packet visited, in order. */
  readonly path: string[] = [];
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
    node?: string;
    place?: string;
    action: HopAction;
    chain?: string;
    chains?: string[];
    before: PacketAddrs;
    after?: PacketAddrs;
    crossNode?: boolean;
    latencyMs?: number;
    explain: string;
  }): void {
    const hop: Hop = {
      ...(h.node !== undefined ? { node: h.node } : {}),
      ...(h.place !== undefined ? { place: h.place } : {}),
      action: h.action,
      ...(h.chain !== undefined ? { chain: h.chain } : {}),
      ...(h.chains !== undefined ? { chains: h.chains } : {}),
      before: { ...h.before },
      after: { ...(h.after ?? h.before) },
      crossNode: h.crossNode ?? false,
      latencyMs: Math.round((h.latencyMs ?? 0) * 1000) / 1000,
      explain: h.explain,
    };
    this.hops.push(hop);
    if (h.node && this.path[this.path.length - 1] !== h.node) this.path.push(h.node);
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

export const hostOf = (addr: string): string => splitHostPort(addr).host;
export const portOf = (addr: string): number => splitHostPort(addr).port;
export const withHost = (addr: string, host: string): string => `${host}:${portOf(addr)}`;
export const addrs = (p: Packet): PacketAddrs => ({ src: p.src, dst: p.dst });
