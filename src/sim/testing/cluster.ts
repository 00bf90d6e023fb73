import { createCluster, type Cluster, type ClusterOptions } from '../cluster.ts';
import {
  EXTERNALNAME_SERVICE,
  HEADLESS_SERVICE,
  LB_SERVICE,
  NODEPORT_SERVICE,
  T0,
} from './article.ts';

/** A seeded cluster whose clock starts at T0 and moves one second per call. */
export function testCluster(options: ClusterOptions = {}): Cluster & { clock: { now: number } } {
  const clock = { now: T0 };
  const cluster = createCluster({ seed: 1, now: () => (clock.now += 1000), ...options });
  return Object.assign(cluster, { clock });
}

export function service(c: Cluster, name: string, namespace = 'default') {
  const s = c
    .state()
    .services.find((x) => x.metadata.name === name && x.metadata.namespace === namespace);
  if (!s) throw new Error(`no service ${namespace}/${name}`);
  return s;
}

export function podsOf(c: Cluster, app: string) {
  return c.state().pods.filter((p) => p.metadata.labels?.app === app);
}

export function slicesOf(c: Cluster, svc: string, namespace = 'default') {
  return c
    .state()
    .endpointSlices.filter(
      (s) =>
        s.metadata.namespace === namespace &&
        s.metadata.labels?.['kubernetes.io/service-name'] === svc,
    );
}

export function readyAddresses(c: Cluster, svc: string, namespace = 'default'): string[] {
  return slicesOf(c, svc, namespace)
    .flatMap((s) =>
      s.endpoints.filter((e) => e.conditions.ready).map((e) => e.addresses[0] as string),
    )
    .sort();
}

/** The hops of a trace as `node:action` strings, the shape kube-proxy's own flow tests compare. */
export const hopShape = (t: { hops: { node?: string; place?: string; action: string }[] }) =>
  t.hops.map((h) => `${h.node ?? h.place}:${h.action}`);

/** A Service manifest from its name and the indented lines of its spec. */
export const serviceYaml = (name: string, spec: string, meta = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${meta}spec:\n${spec}`;

/** The article's Services plus a Local-policy NodePort (30002): the traffic tests' cluster. */
export function trafficCluster(): Cluster & { clock: { now: number } } {
  const c = testCluster();
  const local = serviceYaml(
    'np-local',
    '  type: NodePort\n  externalTrafficPolicy: Local\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: 8080\n    nodePort: 30002\n',
  );
  for (const m of [NODEPORT_SERVICE, LB_SERVICE, EXTERNALNAME_SERVICE, HEADLESS_SERVICE, local]) {
    const errors = c.apply(m).errors;
    if (errors.length > 0) throw new Error(errors.map((e) => e.message).join('\n'));
  }
  return c;
}
