/** Small read-only lookups over the simulator state shared by the checks. */
import type { Pod, Service, SimState } from '../../sim/core.ts';
import type { Labels } from '../types.ts';

/** `app=my-app,tier=web`, as kubectl prints a selector. */
export const labelString = (labels: Labels | undefined): string =>
  Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** Every key/value of `selector` is in `labels` (an empty selector matches nothing here). */
export function selectorMatches(selector: Labels | undefined, labels: Labels | undefined): boolean {
  const entries = Object.entries(selector ?? {});
  return entries.length > 0 && entries.every(([k, v]) => labels?.[k] === v);
}

export const isReady = (pod: Pod): boolean =>
  pod.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True');

export function podsIn(state: SimState, namespace = 'default'): Pod[] {
  return Object.values(state.pods)
    .filter((p) => p.metadata.namespace === namespace)
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

/** Pods carrying all of `labels` (sorted by name). */
export const podsWith = (state: SimState, labels: Labels, namespace = 'default'): Pod[] =>
  podsIn(state, namespace).filter((p) => selectorMatches(labels, p.metadata.labels));

/** The pods a Service's selector picks. */
export const podsSelectedBy = (state: SimState, svc: Service): Pod[] =>
  podsIn(state, svc.metadata.namespace).filter((p) =>
    selectorMatches(svc.spec.selector, p.metadata.labels),
  );

/** The learner's Services (the apiserver's own `default/kubernetes` left out), sorted by name. */
export function learnerServices(state: SimState, namespace = 'default'): Service[] {
  return Object.values(state.services)
    .filter(
      (s) =>
        s.metadata.namespace === namespace &&
        !(s.metadata.namespace === 'default' && s.metadata.name === 'kubernetes'),
    )
    .sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
}

/** The labels that identify pods, without the controller's `pod-template-hash`. */
export function podLabelPairs(pods: readonly Pod[]): string[] {
  const pairs = new Set<string>();
  for (const p of pods)
    for (const [k, v] of Object.entries(p.metadata.labels ?? {}))
      if (k !== 'pod-template-hash') pairs.add(`${k}=${v}`);
  return [...pairs].sort();
}

export const nodeIP = (state: SimState, node: string): string | undefined =>
  state.config.nodes.find((n) => n.name === node)?.ip;

export const nodeOfIP = (state: SimState, ip: string): string | undefined =>
  state.config.nodes.find((n) => n.ip === ip)?.name;

/** The node whose cni0 bridge has this address (the first address of its pod CIDR). */
export function bridgeOf(state: SimState, ip: string): string | undefined {
  return state.config.nodes.find((n) => {
    const [base] = n.podCIDR.split('/');
    const parts = (base ?? '').split('.');
    parts[3] = String(Number(parts[3] ?? 0) + 1);
    return parts.join('.') === ip;
  })?.name;
}

export const ipOf = (addr: string): string => addr.slice(0, addr.lastIndexOf(':'));
export const portOf = (addr: string): number => Number(addr.slice(addr.lastIndexOf(':') + 1));

function ipToInt(ip: string): number | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255))
    return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/** Whether `ip` lies inside `cidr` (IPv4). */
export function inCidr(ip: string, cidr: string): boolean {
  const [base, bits] = cidr.split('/');
  const a = ipToInt(ip);
  const b = ipToInt(base ?? '');
  const n = Number(bits);
  if (a === undefined || b === undefined || !(n >= 0 && n <= 32)) return false;
  const size = 2 ** (32 - n);
  return Math.floor(a / size) === Math.floor(b / size);
}

/** The first and last usable addresses of a CIDR (`10.96.0.1`, `10.111.255.254`). */
export function cidrBounds(cidr: string): [string, string] {
  const [base, bits] = cidr.split('/');
  const b = ipToInt(base ?? '') ?? 0;
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(b / size) * size;
  const fmt = (n: number) => [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
  return [fmt(start + 1), fmt(start + size - 2)];
}

/** The fields the learner wrote in the last `kubectl apply` of this object, if any. */
export function lastApplied(svc: Service): Record<string, unknown> | undefined {
  const raw = svc.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  if (!raw) return undefined;
  try {
    const v: unknown = JSON.parse(raw);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The load-balancer address a Service got (`status.loadBalancer.ingress[0].ip`). */
export const lbAddress = (svc: Service): string | undefined =>
  svc.status.loadBalancer.ingress?.[0]?.ip;

/** Container ports of a pod, as `80 (http)` strings. */
export function containerPorts(pod: Pod): { port: number; name?: string }[] {
  return pod.spec.containers.flatMap((c) =>
    (c.ports ?? []).map((p) => ({ port: p.containerPort, ...(p.name ? { name: p.name } : {}) })),
  );
}
