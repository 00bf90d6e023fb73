import { describe, expect, it } from 'vitest';
import { layoutCluster } from '../model/layout.ts';
import { EXTERNAL_NAME, HEADLESS, NODEPORT, stateWith } from '../model/testkit.ts';
import { canvasTopology } from '../model/topology.ts';
import { toFlow } from './toFlow.ts';
import { nodeTypes } from './types.ts';

describe('toFlow', () => {
  const topo = canvasTopology(stateWith([NODEPORT, HEADLESS, EXTERNAL_NAME]));
  const layout = layoutCluster(topo, { showSystemPods: false });
  const { nodes, edges } = toFlow(topo, layout);

  it('lists parents before their children, with positions relative to the parent', () => {
    const seen = new Set<string>();
    for (const n of nodes) {
      if (n.parentId) expect(seen.has(n.parentId), n.id).toBe(true);
      seen.add(n.id);
    }
    const netshoot = nodes.find((n) => n.id === 'pod:default/netshoot');
    expect(netshoot?.parentId).toBe('node:node3');
    expect(netshoot?.position).toEqual({ x: 12, y: 140 });
  });

  it('uses only registered node types; nothing is draggable, selectable or connectable', () => {
    for (const n of nodes) {
      expect(Object.keys(nodeTypes)).toContain(n.type);
      expect([n.draggable, n.selectable, n.connectable]).toEqual([false, false, false]);
    }
  });

  it('draws endpoint, DNS fan-out, CNAME and load-balancer links by id', () => {
    expect(edges.map((e) => `${e.id} ${e.sourceHandle}->${e.targetHandle}`)).toEqual([
      'ep:default/kubernetes>node:control-plane out->in',
      'ep:kube-system/kube-dns>sys:control-plane out->in',
      'ep:default/my-app>pod:default/my-app-74459c966f-blwv4 out->in',
      'ep:default/my-app>pod:default/my-app-74459c966f-rrb7t out->in',
      'dns:default/my-app-headless>pod:default/my-app-74459c966f-blwv4 out->in',
      'dns:default/my-app-headless>pod:default/my-app-74459c966f-rrb7t out->in',
      'cname:default/search out->in',
    ]);
  });
});
