/**
 * Helpers for the end-to-end conformance suite (shared/reference/conformance-examples.md, C01–C69).
 * Everything goes through the public API (`createCluster`), as a learner would.
 *
 * Two clusters:
 * - `referenceCluster()` rebuilds the reference cluster of the examples literally: nodes
 *   `control-plane`/`worker1`/`worker2` at 192.168.0.10–12 and a Deployment `web` (`app=web`,
 *   containerPort 8080 named `http`) whose pods get 10.244.1.5 on worker1 and 10.244.2.7 on worker2
 *   — host-local IPAM hands out addresses after the last one it reserved, so a few short-lived pods
 *   first move each node's counter. Endpoint-derived values (kube-proxy chain hashes) then match the
 *   reference byte for byte.
 * - `playgroundCluster()` is the playground's own default cluster (node1–node3, `my-app`, netshoot).
 *
 * The clock stands still unless a test moves it (`tick`), so AGE columns are exact.
 */

import { createCluster, type Cluster, type ClusterOptions } from '../index.ts';
import type { Service } from '../model/types.ts';
import { sha256, utf8 } from '../proxy/sha256.ts';

/** 2026-01-01T00:00:00Z: when every conformance cluster boots. */
export const T0 = Date.UTC(2026, 0, 1);

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface Sim extends Cluster {
  /** Moves the cluster's clock forward. */
  tick(ms: number): void;
  /** The cluster's clock (ms since the epoch). */
  readonly clock: { now: number };
}

export function simCluster(options: ClusterOptions = {}): Sim {
  const clock = { now: T0 };
  const c = createCluster({ seed: 1, now: () => clock.now, ...options });
  return Object.assign(c, {
    clock,
    tick: (ms: number) => {
      clock.now += ms;
    },
  });
}

export const REFERENCE_NODES = [
  { name: 'control-plane', ip: '192.168.0.10', podCIDR: '10.244.0.0/24', controlPlane: true },
  { name: 'worker1', ip: '192.168.0.11', podCIDR: '10.244.1.0/24' },
  { name: 'worker2', ip: '192.168.0.12', podCIDR: '10.244.2.0/24' },
];

/** The reference Deployment `web` (agnhost netexec answers HTTP on 8080). */
export const WEB_DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: registry.k8s.io/e2e-test-images/agnhost:2.53
        args: ["netexec", "--http-port=8080"]
        ports:
        - name: http
          containerPort: 8080
`;

/** A bare pod pinned to a node (nodeName bypasses the scheduler, as on a real cluster). */
export function pinnedPod(name: string, node: string, labels: Record<string, string> = {}): string {
  const labelLines = Object.entries(labels)
    .map(([k, v]) => `    ${k}: ${v}\n`)
    .join('');
  return `apiVersion: v1
kind: Pod
metadata:
  name: ${name}
${labelLines ? `  labels:\n${labelLines}` : ''}spec:
  nodeName: ${node}
  containers:
  - name: web
    image: registry.k8s.io/e2e-test-images/agnhost:2.53
    args: ["netexec", "--http-port=8080"]
    ports:
    - name: http
      containerPort: 8080
`;
}

/** Pods to create and delete on each node so that the next pod there gets `.next`. */
function advanceIPAM(c: Sim, counts: Record<string, number>): void {
  const names: string[] = [];
  const docs: string[] = [];
  for (const [node, n] of Object.entries(counts)) {
    for (let i = 0; i < n; i++) {
      const name = `ipam-${node}-${i}`;
      names.push(name);
      docs.push(pinnedPod(name, node));
    }
  }
  const r = c.apply(docs.join('---\n'));
  if (r.errors.length > 0) throw new Error(r.errors.map((e) => e.message).join('\n'));
  for (const name of names) c.deletePod(name);
}

/**
 * The reference cluster: web pods 10.244.1.5 (worker1) and 10.244.2.7 (worker2).
 * `ageBeforeWeb` moves the clock before the Deployment is created (the `kubernetes` Service keeps T0).
 */
export function referenceCluster(options: ClusterOptions & { ageBeforeWeb?: number } = {}): Sim {
  const { ageBeforeWeb = 0, ...rest } = options;
  const c = simCluster({ nodes: REFERENCE_NODES, manifests: '', ...rest });
  advanceIPAM(c, { worker1: 3, worker2: 5 });
  c.tick(ageBeforeWeb);
  const r = c.apply(WEB_DEPLOYMENT);
  if (r.errors.length > 0) throw new Error(r.errors.map((e) => e.message).join('\n'));
  const ips = c
    .state()
    .pods.filter((p) => p.metadata.labels?.app === 'web')
    .map((p) => `${p.spec.nodeName}=${p.status.podIP}`)
    .sort();
  if (ips.join(' ') !== 'worker1=10.244.1.5 worker2=10.244.2.7')
    throw new Error(`reference pods not where expected: ${ips.join(' ')}`);
  return c;
}

/** The playground's default cluster (node1–node3, Deployment my-app, pod netshoot). */
export function playgroundCluster(options: ClusterOptions = {}): Sim {
  return simCluster(options);
}

/** A Service manifest: `spec` is the indented body under `spec:`. */
export function svcYaml(name: string, spec: string, metadata = ''): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${metadata}spec:\n${spec}`;
}

/** The examples' "base manifest `web`" body. */
export const BASE_SPEC = `  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;

export function service(c: Cluster, name: string, namespace = 'default'): Service {
  const s = c
    .state()
    .services.find((x) => x.metadata.name === name && x.metadata.namespace === namespace);
  if (!s) throw new Error(`no service ${namespace}/${name}`);
  return s;
}

export const clusterIPOf = (c: Cluster, name: string, namespace = 'default'): string =>
  service(c, name, namespace).spec.clusterIP ?? '';

export function nodePortOf(c: Cluster, name: string, index = 0): number {
  const p = service(c, name).spec.ports?.[index]?.nodePort;
  if (p === undefined) throw new Error(`service ${name} has no nodePort at ${index}`);
  return p;
}

export function healthCheckNodePortOf(c: Cluster, name: string): number {
  const p = service(c, name).spec.healthCheckNodePort;
  if (p === undefined) throw new Error(`service ${name} has no healthCheckNodePort`);
  return p;
}

export function sliceNameOf(c: Cluster, svc: string, namespace = 'default'): string {
  const s = c
    .state()
    .endpointSlices.filter(
      (x) =>
        x.metadata.namespace === namespace &&
        x.metadata.labels?.['kubernetes.io/service-name'] === svc,
    );
  if (s.length !== 1) throw new Error(`service ${svc} has ${s.length} slices`);
  return (s[0] as { metadata: { name: string } }).metadata.name;
}

/** `{ stdout, stderr, exitCode }` of a command that succeeds silently on stderr. */
export const ok = (stdout: string) => ({ stdout, stderr: '', exitCode: 0 });
/** What kubectl prints when the API server refuses: stderr, exit status 1. */
export const fail = (stderr: string) => ({ stdout: '', stderr: `${stderr}\n`, exitCode: 1 });

/** Lines joined with a final newline. */
export const lines = (...ls: string[]): string => ls.map((l) => `${l}\n`).join('');

/**
 * A `kubectl get` table (cli-runtime tabwriter: minwidth 6, padding 3, last column unpadded).
 * Used where allocated values change column widths; literal tables are used where values are fixed.
 */
export function table(rows: readonly (readonly string[])[]): string {
  const cols = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let i = 0; i < cols - 1; i++)
    widths.push(Math.max(6, ...rows.map((r) => (r[i] ?? '').length + 3)));
  return rows
    .map((r) =>
      r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i] ?? 0) : cell)).join(''),
    )
    .map((l) => `${l}\n`)
    .join('');
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** First 16 chars of base32(StdEncoding) of sha256(text) — written here independently of proxy/hash.ts. */
function hash16(text: string): string {
  const digest = sha256(utf8(text));
  let bits = '';
  for (const b of digest.subarray(0, 10)) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < 80; i += 5) out += B32[parseInt(bits.slice(i, i + 5), 2)];
  return out;
}

/** kube-proxy's `portProtoHash` (KUBE-SVC-/SVL-/EXT-/FW- suffix). */
export const portProtoHash = (servicePortName: string, proto = 'tcp'): string =>
  hash16(servicePortName + proto);

/** kube-proxy's endpoint chain suffix (KUBE-SEP-). */
export const sepHash = (servicePortName: string, endpoint: string, proto = 'tcp'): string =>
  hash16(servicePortName + proto + endpoint);

/** Ready endpoint addresses of a Service's slices, in slice order (what describe lists). */
export function sliceAddresses(c: Cluster, svc: string, namespace = 'default'): string[] {
  return c
    .state()
    .endpointSlices.filter(
      (x) =>
        x.metadata.namespace === namespace &&
        x.metadata.labels?.['kubernetes.io/service-name'] === svc,
    )
    .flatMap((s) => s.endpoints.filter((e) => e.conditions.ready !== false))
    .map((e) => e.addresses[0] as string);
}
