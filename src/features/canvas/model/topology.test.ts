import { describe, expect, it } from 'vitest';
import { reduce } from '../../../sim/index.ts';
import { EXTERNAL_NAME, HEADLESS, NODEPORT, T0, send, serviceYaml, stateWith } from './testkit.ts';
import { canvasTopology } from './topology.ts';

describe('canvasTopology', () => {
  const state = stateWith([NODEPORT, HEADLESS, EXTERNAL_NAME]);
  const topo = canvasTopology(state);

  it('keeps the same object while nothing drawn changes (requests, identical re-apply)', () => {
    const afterSend = send(state, { from: 'client', to: 'node3:30001' }).state;
    expect(afterSend).not.toBe(state);
    expect(canvasTopology(afterSend)).toBe(topo);
    const reapplied = reduce(afterSend, {
      type: 'manifests/applied',
      text: NODEPORT,
      at: T0 + 1e5,
    });
    expect(canvasTopology(reapplied)).toBe(topo);
  });

  it('changes when a Service is added', () => {
    const more = reduce(state, { type: 'manifests/applied', text: serviceYaml('x'), at: T0 + 1e5 });
    expect(canvasTopology(more)).not.toBe(topo);
    expect(canvasTopology(more).services.map((s) => s.name)).toContain('x');
  });

  it('lists node ports on every node, in order', () => {
    expect(topo.nodes.map((n) => [n.name, n.ip, n.ports.map((p) => p.port)])).toEqual([
      ['control-plane', '192.168.0.10', [30001]],
      ['node1', '192.168.0.11', [30001]],
      ['node2', '192.168.0.12', [30001]],
      ['node3', '192.168.0.13', [30001]],
    ]);
  });

  it('describes each Service type the way it is drawn', () => {
    const rows = topo.services.map((s) => ({
      key: s.key,
      type: s.type,
      vip: s.clusterIP !== undefined,
      headless: s.headless,
      cname: s.externalName,
      endpoints: s.endpoints.map((e) => e.pod ?? e.ip).length,
      system: s.system,
    }));
    expect(rows).toEqual([
      {
        key: 'default/kubernetes',
        type: 'ClusterIP',
        vip: true,
        headless: false,
        cname: undefined,
        endpoints: 1,
        system: true,
      },
      {
        key: 'kube-system/kube-dns',
        type: 'ClusterIP',
        vip: true,
        headless: false,
        cname: undefined,
        endpoints: 2,
        system: true,
      },
      {
        key: 'default/my-app',
        type: 'NodePort',
        vip: true,
        headless: false,
        cname: undefined,
        endpoints: 2,
        system: false,
      },
      {
        key: 'default/my-app-headless',
        type: 'ClusterIP',
        vip: false,
        headless: true,
        cname: undefined,
        endpoints: 2,
        system: false,
      },
      {
        key: 'default/search',
        type: 'ExternalName',
        vip: false,
        headless: false,
        cname: 'google.com',
        endpoints: 0,
        system: false,
      },
    ]);
  });

  it('marks kube-system pods and readiness', () => {
    const netshoot = topo.pods.find((p) => p.name === 'netshoot');
    expect(netshoot).toMatchObject({ node: 'node3', ip: '10.244.3.2', ready: true, system: false });
    expect(topo.pods.filter((p) => p.system)).toHaveLength(10);
  });
});
