import { createCluster, type Cluster, type ClusterOptions } from '../cluster.ts';
import { T0 } from './article.ts';

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
