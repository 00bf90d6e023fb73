/**
 * Endpoints as kube-proxy's EndpointSliceCache sees them: slices belong to a Service through the
 * `kubernetes.io/service-name` label (controller-managed or hand-written), a slice port matches a
 * service port by name and protocol, only the first address of an endpoint counts, missing
 * `ready`/`serving` conditions mean true, and endpoints are sorted by their "ip:port" string.
 */
import type { Endpoint as SliceEndpoint, EndpointSlice, Protocol } from '../model/types.ts';
import { sepChainName } from './hash.ts';
import type { ProxyEndpoint } from './model.ts';

/** Slices grouped by `ns/service` from the `kubernetes.io/service-name` label (IPv4 only). */
/** The KUBE-SEP chain name is hashed on first use: most endpoints are never asked for it. */
class Endpoint implements ProxyEndpoint {
  readonly nodeName?: string;
  readonly serving: boolean;
  readonly terminating: boolean;
  readonly podName?: string;
  readonly podNamespace?: string;
  private chain?: string;

  constructor(
    readonly ip: string,
    readonly port: number,
    readonly key: string,
    e: SliceEndpoint,
    readonly ready: boolean,
    private readonly spn: string,
    private readonly proto: string,
  ) {
    this.nodeName = e.nodeName;
    this.serving = e.conditions.serving ?? true;
    this.terminating = e.conditions.terminating ?? false;
    if (e.targetRef?.kind === 'Pod') {
      this.podName = e.targetRef.name;
      this.podNamespace = e.targetRef.namespace;
    }
  }

  get sepChain(): string {
    if (this.chain === undefined) this.chain = sepChainName(this.spn, this.proto, this.key);
    return this.chain;
  }
}

export function slicesByService(slices: Readonly<Record<string, EndpointSlice>>) {
  const out = new Map<string, EndpointSlice[]>();
  for (const s of Object.values(slices)) {
    const svc = s.metadata.labels?.['kubernetes.io/service-name'];
    if (!svc || s.addressType !== 'IPv4') continue;
    const key = `${s.metadata.namespace ?? ''}/${svc}`;
    const list = out.get(key);
    if (list) list.push(s);
    else out.set(key, [s]);
  }
  return out;
}

export function endpointsFor(
  slices: EndpointSlice[] | undefined,
  portName: string,
  protocol: Protocol,
  spn: string,
  proto: string,
): ProxyEndpoint[] {
  if (!slices) return [];
  const byKey = new Map<string, ProxyEndpoint>();
  for (const slice of slices) {
    for (const sp of slice.ports ?? []) {
      if ((sp.name ?? '') !== portName || sp.protocol !== protocol || sp.port === undefined)
        continue;
      for (const e of slice.endpoints) {
        const ip = e.addresses[0];
        if (!ip) continue;
        const key = `${ip}:${sp.port}`;
        const ready = e.conditions.ready ?? true;
        const prev = byKey.get(key);
        if (prev && (prev.ready || !ready)) continue;
        byKey.set(key, new Endpoint(ip, sp.port, key, e, ready, spn, proto));
      }
    }
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

const servingTerminating = (e: ProxyEndpoint) => e.serving && e.terminating;

export function usable(list: ProxyEndpoint[]): ProxyEndpoint[] {
  const ready = list.filter((e) => e.ready);
  return ready.length > 0 ? ready : list.filter(servingTerminating);
}
