/**
 * The frame-time benchmark's cluster: 20 nodes, 200 application pods (10 Deployments × 20
 * replicas, one Service each, every third a NodePort) plus kube-system's pods, and 50 requests
 * through it to animate.
 */
import {
  initialState,
  step,
  type SendRequest,
  type SimState,
  type Trace,
} from '../../src/sim/index.ts';
import { bigClusterOptions, deploymentYaml, serviceYaml } from '../fixtures.ts';

export const NODES = 20;
export const DEPLOYMENTS = 10;
export const REPLICAS = 20;

export function bigClusterState(): SimState {
  const docs: string[] = [];
  for (let i = 0; i < DEPLOYMENTS; i++) docs.push(deploymentYaml(i, REPLICAS), serviceYaml(i));
  return initialState({ ...bigClusterOptions(NODES), manifests: docs.join('---\n') });
}

/** `n` requests of the kinds learners send: node ports on every node, pods to Services. */
export function benchTraces(state: SimState, n: number): Trace[] {
  const nodes = state.config.nodes;
  const nodePorts = Object.values(state.services).flatMap((s) =>
    (s.spec.ports ?? []).flatMap((p) => (p.nodePort ? [p.nodePort] : [])),
  );
  const pods = Object.values(state.pods).filter(
    (p) => p.metadata.namespace === 'default' && p.status.phase === 'Running',
  );
  const traces: Trace[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    const node = nodes[i % nodes.length];
    const pod = pods[(i * 7) % pods.length];
    const req: SendRequest =
      i % 2 === 0 && node && nodePorts.length > 0
        ? { from: 'client', to: `${node.ip}:${nodePorts[i % nodePorts.length]}` }
        : { from: `pod/default/${pod?.metadata.name}`, to: `svc-${i % DEPLOYMENTS}:80` };
    const r = step(s, { type: 'request/sent', request: req, at: s.now + 1 });
    s = r.state;
    traces.push(r.result);
  }
  return traces;
}
