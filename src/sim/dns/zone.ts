/**
 * What the CoreDNS `kubernetes` plugin knows about the cluster, derived from SimState and memoised
 * on the identity of the collections it watches, so every lookup is a Map get.
 *
 * Mirrors plugin/kubernetes/object: a Service's ClusterIPs and ports, and per EndpointSlice (one
 * "subset" each, found through the `kubernetes.io/service-name` label) the *ready* addresses and
 * the slice's ports — a slice without ports gets the sentinel port -1 (object.EndpointSliceToEndpoints).
 */

import type { SimState } from '../model/state.ts';
import type { EndpointSlice, Pod, Protocol, Service } from '../model/types.ts';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** Namespaces every kubeadm cluster has, whether or not the state lists them. */
const BUILTIN_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export interface ZonePort {
  name: string;
  protocol: Protocol | '';
  /** -1 is CoreDNS's sentinel for a slice without ports (A records, no SRV). */
  port: number;
}

export interface ZoneAddress {
  ip: string;
  /** endpointHostname: the slice endpoint's `hostname`, else the IP with `.`/`:` → `-`. */
  hostname: string;
}

/** One EndpointSlice as CoreDNS stores it: ready addresses × ports. */
export interface ZoneSubset {
  addresses: ZoneAddress[];
  ports: ZonePort[];
}

export interface ZoneService {
  name: string;
  namespace: string;
  type: Service['spec']['type'];
  headless: boolean;
  externalName?: string;
  clusterIPs: string[];
  ports: ZonePort[];
  subsets: ZoneSubset[];
}

export interface ZoneIndex {
  /** `namespace/name` (lower case) → service. */
  services: Map<string, ZoneService>;
  /** ClusterIP → the service that owns it (reverse lookups). */
  byClusterIP: Map<string, ZoneService>;
  /** Ready endpoint IP → the services whose slices carry it, with the endpoint hostname. */
  byEndpointIP: Map<string, { service: ZoneService; hostname: string }[]>;
  namespaces: Set<string>;
}

export function endpointHostname(ip: string, hostname: string | undefined): string {
  if (hostname) return hostname;
  if (ip.includes('.')) return ip.replaceAll('.', '-');
  return ip.replaceAll(':', '-');
}

const seconds = (ts: string | undefined): number => {
  if (!ts) return 0;
  const ms = Date.parse(ts);
  return Number.isNaN(ms) ? 0 : Math.floor(ms / 1000);
};

function toZoneService(svc: Service): ZoneService {
  const ns = svc.metadata.namespace ?? 'default';
  const clusterIPs = svc.spec.clusterIPs ?? (svc.spec.clusterIP ? [svc.spec.clusterIP] : []);
  return {
    name: svc.metadata.name.toLowerCase(),
    namespace: ns.toLowerCase(),
    type: svc.spec.type,
    headless: clusterIPs[0] === 'None',
    ...(svc.spec.type === 'ExternalName' && svc.spec.externalName
      ? { externalName: svc.spec.externalName }
      : {}),
    clusterIPs: clusterIPs.filter((ip) => ip !== 'None'),
    ports: (svc.spec.ports ?? []).map((p) => ({
      name: p.name ?? '',
      protocol: p.protocol,
      port: p.port,
    })),
    subsets: [],
  };
}

function toSubset(slice: EndpointSlice): ZoneSubset {
  const ports: ZonePort[] =
    slice.ports && slice.ports.length > 0
      ? slice.ports.map((p) => ({ name: p.name ?? '', protocol: p.protocol, port: p.port ?? -1 }))
      : [{ name: '', protocol: '', port: -1 }];
  const addresses: ZoneAddress[] = [];
  for (const ep of slice.endpoints) {
    // endpointsliceReady: an unknown (absent) ready condition counts as ready.
    if (ep.conditions.ready === false) continue;
    for (const ip of ep.addresses)
      addresses.push({ ip, hostname: endpointHostname(ip, ep.hostname) });
  }
  return { addresses, ports };
}

function build(state: SimState): ZoneIndex {
  const services = new Map<string, ZoneService>();
  const byClusterIP = new Map<string, ZoneService>();
  const byEndpointIP = new Map<string, { service: ZoneService; hostname: string }[]>();
  const namespaces = new Set<string>(BUILTIN_NAMESPACES);
  for (const key in state.namespaces) {
    const n = state.namespaces[key];
    if (n) namespaces.add(n.metadata.name.toLowerCase());
  }
  for (const key in state.services) {
    const svc = state.services[key];
    if (!svc) continue;
    const z = toZoneService(svc);
    services.set(`${z.namespace}/${z.name}`, z);
    namespaces.add(z.namespace);
    for (const ip of z.clusterIPs) byClusterIP.set(ip, z);
  }
  const slices = Object.values(state.endpointSlices).sort((a, b) =>
    a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0,
  );
  for (const slice of slices) {
    if (slice.addressType === 'FQDN') continue;
    const svcName = slice.metadata.labels?.[SERVICE_NAME_LABEL];
    const ns = (slice.metadata.namespace ?? 'default').toLowerCase();
    const z = svcName ? services.get(`${ns}/${svcName.toLowerCase()}`) : undefined;
    if (!z) continue;
    const subset = toSubset(slice);
    z.subsets.push(subset);
    for (const a of subset.addresses) {
      const list = byEndpointIP.get(a.ip);
      const entry = { service: z, hostname: a.hostname };
      if (list) list.push(entry);
      else byEndpointIP.set(a.ip, [entry]);
    }
  }
  return { services, byClusterIP, byEndpointIP, namespaces };
}

/**
 * The SOA serial. CoreDNS uses the Unix time of the last watch event on Services, EndpointSlices
 * and Namespaces (dnsControl.Modified). The state keeps no modification times, so this is the
 * newest creation/deletion timestamp of those objects, or the Ready transition of a pod behind a
 * slice endpoint (readiness changes are what update slices), in Unix seconds; `state.now` when
 * there is none. Deterministic: a function of the collections only.
 */
function computeSerial(state: SimState): number {
  let serial = 0;
  const bump = (ts: string | undefined) => {
    const s = seconds(ts);
    if (s > serial) serial = s;
  };
  for (const key in state.namespaces) bump(state.namespaces[key]?.metadata.creationTimestamp);
  for (const key in state.services) {
    const m = state.services[key]?.metadata;
    bump(m?.creationTimestamp);
    bump(m?.deletionTimestamp);
  }
  for (const key in state.endpointSlices) {
    const slice = state.endpointSlices[key];
    if (!slice) continue;
    bump(slice.metadata.creationTimestamp);
    for (const ep of slice.endpoints) {
      const ref = ep.targetRef;
      const pod: Pod | undefined = ref ? state.pods[`${ref.namespace}/${ref.name}`] : undefined;
      bump(pod?.status.conditions.find((c) => c.type === 'Ready')?.lastTransitionTime);
    }
  }
  return serial === 0 ? Math.floor(state.now / 1000) : serial;
}

type Memo<V> = WeakMap<object, V>;
const indexMemo: Memo<Memo<Memo<ZoneIndex>>> = new WeakMap();
const serialMemo: Memo<Memo<Memo<Memo<{ serial: number }>>>> = new WeakMap();

function level<K extends object, V>(m: WeakMap<K, V>, k: K, make: () => V): V {
  let v = m.get(k);
  if (v === undefined) {
    v = make();
    m.set(k, v);
  }
  return v;
}

/** The zone index for this state; rebuilt only when services, slices or namespaces change. */
export function zoneIndex(state: SimState): ZoneIndex {
  const bySlices = level(indexMemo, state.services, () => new WeakMap());
  const byNs = level(bySlices, state.endpointSlices, () => new WeakMap());
  return level(byNs, state.namespaces, () => build(state));
}

/** The SOA serial for this state (memoised on services, slices, pods and namespaces). */
export function zoneSerial(state: SimState): number {
  const bySlices = level(serialMemo, state.services, () => new WeakMap());
  const byPods = level(bySlices, state.endpointSlices, () => new WeakMap());
  const byNs = level(byPods, state.pods, () => new WeakMap());
  return level(byNs, state.namespaces, () => ({ serial: computeSerial(state) })).serial;
}
