/**
 * The legacy v1 Endpoints object the endpoints controller (pkg/controller/endpoint) would write for
 * a Service. It is not stored in SimState; `kubectl get/describe endpoints` derive it on demand.
 *
 * Rules: no object for ExternalName or selector-less Services; pods in the Service's namespace that
 * match the selector, are not terminal, have an IP and (unless publishNotReadyAddresses) are not
 * terminating; per Service port the targetPort is resolved per pod (named ports by name+protocol);
 * ready pods (or all, with publishNotReadyAddresses) go to `addresses`, others to
 * `notReadyAddresses`; RepackSubsets merges ports that share the same address set and sorts
 * addresses byte-wise by IP; more than 1000 addresses are truncated (ready ones kept first) and
 * annotated `endpoints.kubernetes.io/over-capacity: truncated`.
 */

import type { SimState } from '../../model/state.ts';
import type {
  EndpointSlice,
  ObjectMeta,
  Pod,
  Protocol,
  Service,
  ServicePort,
} from '../../model/types.ts';
import { byteCompare, fakeHex } from './format.ts';
import { isPodReady } from './pod-status.ts';

export interface EndpointAddress {
  ip: string;
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind: string; name: string; namespace: string; uid: string };
}

export interface EndpointsPort {
  name?: string;
  port: number;
  protocol: Protocol;
  appProtocol?: string;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: EndpointsPort[];
}

export interface Endpoints {
  apiVersion: 'v1';
  kind: 'Endpoints';
  metadata: ObjectMeta;
  subsets?: EndpointSubset[];
}

export const MAX_ENDPOINTS_CAPACITY = 1000;
export const LABEL_SERVICE_NAME = 'kubernetes.io/service-name';
const LAST_CHANGE = 'endpoints.kubernetes.io/last-change-trigger-time';

const matches = (selector: Record<string, string>, labels: Record<string, string> | undefined) =>
  Object.entries(selector).every(([k, v]) => labels?.[k] === v);

/** podutil.FindPort: numeric targetPort as is; a name resolves to a container port of that name and protocol. */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  if (typeof sp.targetPort === 'number') return sp.targetPort;
  for (const c of pod.spec.containers) {
    for (const p of c.ports ?? []) {
      if (p.name === sp.targetPort && p.protocol === sp.protocol) return p.containerPort;
    }
  }
  return undefined;
}

/** endpointsliceutil.ShouldPodBeInEndpoints. */
export function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed') return false;
  if (!pod.status.podIP && !(pod.status.podIPs ?? []).length) return false;
  return includeTerminating || !pod.metadata.deletionTimestamp;
}

/** The EndpointSlices of a Service (label kubernetes.io/service-name), in API (name) order. */
export function slicesForService(state: SimState, svc: Service): EndpointSlice[] {
  return Object.values(state.endpointSlices)
    .filter(
      (s) =>
        s.metadata.namespace === svc.metadata.namespace &&
        s.metadata.labels?.[LABEL_SERVICE_NAME] === svc.metadata.name,
    )
    .sort((a, b) => byteCompare(a.metadata.name, b.metadata.name));
}

const addrLess = (a: EndpointAddress, b: EndpointAddress): number =>
  byteCompare(a.ip, b.ip) || byteCompare(a.targetRef?.uid ?? '', b.targetRef?.uid ?? '');

interface Entry {
  addr: EndpointAddress;
  ready: boolean;
}

/** RepackSubsets: one subset per distinct address set, ports that share it merged. */
function repack(byPort: Map<number, { port?: EndpointsPort; entries: Entry[] }>): EndpointSubset[] {
  const groups = new Map<string, { entries: Entry[]; ports: EndpointsPort[] }>();
  for (const { port, entries } of byPort.values()) {
    const key = entries
      .map((e) => `${e.addr.ip}/${e.addr.targetRef?.uid ?? ''}/${e.ready}`)
      .sort()
      .join('|');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { entries, ports: [] }));
    if (port) g.ports.push(port);
  }
  const subsets: EndpointSubset[] = [];
  for (const g of groups.values()) {
    const ready = g.entries
      .filter((e) => e.ready)
      .map((e) => e.addr)
      .sort(addrLess);
    const notReady = g.entries
      .filter((e) => !e.ready)
      .map((e) => e.addr)
      .sort(addrLess);
    const s: EndpointSubset = {};
    if (ready.length) s.addresses = ready;
    if (notReady.length) s.notReadyAddresses = notReady;
    if (g.ports.length) s.ports = g.ports;
    subsets.push(s);
  }
  // Go orders subsets by a hash of their content; first address is a stable stand-in.
  const first = (s: EndpointSubset) => (s.addresses ?? s.notReadyAddresses ?? [])[0]?.ip ?? '';
  return subsets.sort((a, b) => byteCompare(first(a), first(b)));
}

/** truncateEndpoints: keep at most 1000 addresses, ready ones first, proportionally per subset. */
export function truncateSubsets(subsets: EndpointSubset[]): boolean {
  let totalReady = 0;
  let totalNotReady = 0;
  for (const s of subsets) {
    totalReady += s.addresses?.length ?? 0;
    totalNotReady += s.notReadyAddresses?.length ?? 0;
  }
  if (totalReady + totalNotReady <= MAX_ENDPOINTS_CAPACITY) return false;
  const truncateReady = totalReady > MAX_ENDPOINTS_CAPACITY;
  const max = truncateReady ? MAX_ENDPOINTS_CAPACITY : MAX_ENDPOINTS_CAPACITY - totalReady;
  const numTotal = truncateReady ? totalReady : totalNotReady;
  let canBeAdded = max;
  for (const s of subsets) {
    const n = (truncateReady ? s.addresses : s.notReadyAddresses)?.length ?? 0;
    const toBeAdded = Math.min(Math.ceil((n / numTotal) * max), canBeAdded);
    if (truncateReady) {
      s.addresses = (s.addresses ?? []).slice(0, toBeAdded);
      delete s.notReadyAddresses;
      canBeAdded -= s.addresses.length;
    } else {
      s.notReadyAddresses = (s.notReadyAddresses ?? []).slice(0, toBeAdded);
      canBeAdded -= s.notReadyAddresses.length;
    }
  }
  return true;
}

function podAddress(pod: Pod, svc: Service): EndpointAddress | undefined {
  const ip = pod.status.podIPs?.find((p) => !p.ip.includes(':'))?.ip ?? pod.status.podIP;
  if (!ip) return undefined;
  const addr: EndpointAddress = { ip };
  const setHostname =
    !!pod.spec.hostname &&
    pod.spec.subdomain === svc.metadata.name &&
    pod.metadata.namespace === svc.metadata.namespace;
  if (setHostname) addr.hostname = pod.spec.hostname;
  if (pod.spec.nodeName) addr.nodeName = pod.spec.nodeName;
  addr.targetRef = {
    kind: 'Pod',
    name: pod.metadata.name,
    namespace: pod.metadata.namespace ?? '',
    uid: pod.metadata.uid,
  };
  return addr;
}

/** The apiserver-maintained `default/kubernetes` Endpoints, mirrored from its EndpointSlice. */
function kubernetesEndpoints(state: SimState, svc: Service): Endpoints | undefined {
  const slice = slicesForService(state, svc)[0];
  if (!slice) return undefined;
  const subset: EndpointSubset = {
    addresses: slice.endpoints.map((e) => ({ ip: e.addresses[0] ?? '' })),
    ports: (slice.ports ?? []).map((p) => ({
      name: p.name,
      port: p.port ?? 0,
      protocol: p.protocol,
    })),
  };
  return {
    apiVersion: 'v1',
    kind: 'Endpoints',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      uid: slice.metadata.uid,
      resourceVersion: slice.metadata.resourceVersion,
      creationTimestamp: slice.metadata.creationTimestamp,
      labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' },
    },
    subsets: subset.addresses?.length ? [subset] : undefined,
  };
}

/**
 * The Endpoints object for `svc`, or undefined when none would exist (selector-less Services get
 * none from the controller; the apiserver keeps `default/kubernetes` itself).
 */
export function endpointsFor(state: SimState, svc: Service): Endpoints | undefined {
  const selector = svc.spec.selector;
  if (svc.metadata.namespace === 'default' && svc.metadata.name === 'kubernetes' && !selector) {
    return kubernetesEndpoints(state, svc);
  }
  if (svc.spec.type === 'ExternalName' || !selector) return undefined;
  const publish = !!svc.spec.publishNotReadyAddresses;
  const byPort = new Map<number, { port?: EndpointsPort; entries: Entry[] }>();
  const ports = svc.spec.ports ?? [];
  const pods = Object.values(state.pods).filter(
    (p) => p.metadata.namespace === svc.metadata.namespace && matches(selector, p.metadata.labels),
  );
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, publish)) continue;
    const addr = podAddress(pod, svc);
    if (!addr) continue;
    const ready = publish || isPodReady(pod);
    if (ports.length === 0) {
      if (svc.spec.clusterIP !== 'None') continue;
      const slot = byPort.get(-1) ?? { entries: [] };
      slot.entries.push({ addr, ready });
      byPort.set(-1, slot);
      continue;
    }
    ports.forEach((sp, i) => {
      const portNum = findPort(pod, sp);
      if (portNum === undefined) return;
      const epp: EndpointsPort = { port: portNum, protocol: sp.protocol };
      if (sp.name) epp.name = sp.name;
      if (sp.appProtocol) epp.appProtocol = sp.appProtocol;
      // One slot per distinct EndpointPort value (service port index + resolved number).
      const key = i * 65536 + portNum;
      const slot = byPort.get(key) ?? { port: epp, entries: [] };
      slot.entries.push({ addr, ready });
      byPort.set(key, slot);
    });
  }
  const subsets = repack(byPort);
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  labels['endpoints.kubernetes.io/managed-by'] = 'endpoint-controller';
  if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
  const annotations: Record<string, string> = {};
  const trigger = slicesForService(state, svc).find((s) => s.metadata.annotations?.[LAST_CHANGE])
    ?.metadata.annotations?.[LAST_CHANGE];
  if (trigger) annotations[LAST_CHANGE] = trigger;
  if (truncateSubsets(subsets)) annotations['endpoints.kubernetes.io/over-capacity'] = 'truncated';
  const h = fakeHex(`endpoints:${svc.metadata.uid}`, 32);
  const metadata: ObjectMeta = {
    name: svc.metadata.name,
    namespace: svc.metadata.namespace,
    uid: `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`,
    resourceVersion: svc.metadata.resourceVersion,
    creationTimestamp: svc.metadata.creationTimestamp,
    labels,
  };
  if (Object.keys(annotations).length) metadata.annotations = annotations;
  const ep: Endpoints = { apiVersion: 'v1', kind: 'Endpoints', metadata };
  if (subsets.length) ep.subsets = subsets;
  return ep;
}
