import { describe, expect, it } from 'vitest';
import type { SendRequest, SimState } from '../../../sim/index.ts';
import { layoutCluster } from './layout.ts';
import { routeTrace, type TraceRoute } from './route.ts';
import {
  EXTERNAL_NAME,
  HEADLESS,
  NODEPORT,
  NODEPORT_LOCAL,
  send,
  serviceYaml,
  stateWith,
} from './testkit.ts';
import { canvasTopology } from './topology.ts';

function route(state: SimState, req: SendRequest): TraceRoute & { pod?: string } {
  const { trace } = send(state, req);
  const topo = canvasTopology(state);
  const layout = layoutCluster(topo, { showSystemPods: false });
  return { ...routeTrace(trace, topo, layout), ...(trace.pod ? { pod: trace.pod } : {}) };
}

const podItem = (r: { pod?: string }) => `pod:${r.pod}`;
const nodeOfPod = (state: SimState, key?: string) =>
  key ? `node:${state.pods[key]?.spec.nodeName}` : '';

/** Flows in kube-proxy's test style: request → where the packet is after each hop. */
describe('routeTrace: where the packet is after each hop', () => {
  const nodePort = stateWith([NODEPORT]);
  const local = stateWith([NODEPORT_LOCAL]);

  it('NodePort on node3 (Cluster): DNAT on node3, second hop to the pod’s node, reply back', () => {
    const r = route(nodePort, { from: 'client', to: 'node3:30001' });
    expect(r.origin).toBe('client');
    expect(r.legs.map((l) => l.action)).toEqual([
      'dns',
      'send',
      'match',
      'dnat',
      'snat',
      'forward',
      'deliver',
      'reply',
    ]);
    const other = nodeOfPod(nodePort, r.pod);
    expect(['node:node1', 'node:node2']).toContain(other);
    expect(r.legs.map((l) => l.at)).toEqual([
      'client',
      'client',
      'node:node3',
      'node:node3',
      'node:node3',
      other,
      podItem(r),
      'client',
    ]);
    const forward = r.legs[5];
    expect(forward?.crossNode).toBe(true);
    // The crossing travels along the lane above the nodes.
    expect(forward?.points.some((p) => p.y < 0)).toBe(true);
    expect(r.legs[7]?.mark).toBe('delivered');
  });

  it('labels change where DNAT and SNAT rewrite the packet', () => {
    const r = route(nodePort, { from: 'client', to: '192.168.0.13:30001' });
    const rewritten = r.legs.filter((l) => l.rewritten).map((l) => l.action);
    expect(rewritten).toEqual(['dnat', 'snat', 'reply']);
    const dnat = r.legs.find((l) => l.action === 'dnat');
    expect(dnat?.labelBefore).toMatch(/^203\.0\.113\.10:\d+ → 192\.168\.0\.13:30001$/);
    expect(dnat?.label).toMatch(/^203\.0\.113\.10:\d+ → 10\.244\.[12]\.2:80$/);
    expect(dnat?.edges).toEqual([`ep:default/my-app>${podItem(r)}`]);
    expect(r.legs.find((l) => l.action === 'snat')?.label).toMatch(/^192\.168\.0\.13:\d+ → /);
  });

  it.each([
    {
      name: 'Local policy on node3 drops',
      state: 'local',
      to: '192.168.0.13:30001',
      mark: 'dropped',
      at: 'node:node3',
    },
    {
      name: 'a closed port is refused',
      state: 'nodePort',
      to: '192.168.0.13:31999',
      mark: 'refused',
      at: 'node:node3',
    },
    {
      name: 'a ClusterIP from outside is lost at the client',
      state: 'nodePort',
      to: 'CLUSTER_IP:80',
      mark: 'dropped',
      at: 'client',
    },
  ])('$name', ({ state, to, mark, at }) => {
    const s = state === 'local' ? local : nodePort;
    const ip = s.services['default/my-app']?.spec.clusterIP ?? '';
    const r = route(s, { from: 'client', to: to.replace('CLUSTER_IP', ip) });
    const last = r.legs[r.legs.length - 1];
    expect(last?.mark).toBe(mark);
    expect(last?.at).toBe(at);
  });

  it('Local policy on a node with an endpoint: no second hop', () => {
    const r = route(local, { from: 'client', to: '192.168.0.11:30001' });
    expect(r.legs.some((l) => l.crossNode)).toBe(false);
    expect(r.legs.find((l) => l.action === 'deliver')?.at).toBe(podItem(r));
  });

  it('a pod curling a ClusterIP Service starts and ends at the pod', () => {
    const r = route(nodePort, { from: 'pod/default/netshoot', to: 'my-app:80' });
    expect(r.origin).toBe('pod:default/netshoot');
    expect(r.legs[0]?.at).toBe('pod:default/netshoot');
    expect(r.legs[0]?.items).toContain('svc:default/my-app');
    expect(r.legs[r.legs.length - 1]?.at).toBe('pod:default/netshoot');
  });

  it('headless: DNS fans out to the pods, no DNAT', () => {
    const r = route(stateWith([HEADLESS]), { from: 'pod/default/netshoot', to: 'my-app-headless' });
    expect(r.legs[0]?.edges).toHaveLength(2);
    expect(r.legs[0]?.edges.every((e) => e.startsWith('dns:default/my-app-headless>pod:'))).toBe(
      true,
    );
    expect(r.legs.some((l) => l.action === 'dnat')).toBe(false);
  });

  it('ExternalName: the CNAME lights up and the packet leaves for the internet', () => {
    const r = route(stateWith([EXTERNAL_NAME]), { from: 'pod/default/netshoot', to: 'search' });
    expect(r.legs[0]?.edges).toEqual(['cname:default/search']);
    expect(r.legs.map((l) => l.at)).toContain('internet');
  });

  it('nxdomain ends with a mark at the source', () => {
    const r = route(nodePort, { from: 'pod/default/netshoot', to: 'nothing-here' });
    expect(r.legs).toHaveLength(1);
    expect(r.legs[0]?.mark).toBe('nxdomain');
  });

  it('MetalLB: the packet passes the load balancer on its way to the announcing node', () => {
    const s = stateWith([serviceYaml('my-app', { type: 'LoadBalancer' })]);
    const vip = s.services['default/my-app']?.status.loadBalancer.ingress?.[0]?.ip;
    const r = route(s, { from: 'client', to: `${vip}:80` });
    const arrive = r.legs.find((l) => l.at.startsWith('node:'));
    const lb = layoutCluster(canvasTopology(s), { showSystemPods: false }).anchors.get('lb');
    expect(arrive?.points).toContainEqual(lb);
    expect(r.legs.find((l) => l.action === 'send')?.edges).toEqual(['vip:default/my-app']);
  });

  it('a kube-system source pod starts from its node’s chip while collapsed', () => {
    const coredns = Object.keys(nodePort.pods).find((k) => k.startsWith('kube-system/coredns'));
    const r = route(nodePort, { from: `pod/${coredns}`, to: 'google.com' });
    expect(r.origin).toBe('sys:control-plane');
  });
});
