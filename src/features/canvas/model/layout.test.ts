import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reduce } from '../../../sim/index.ts';
import { BAND_ID, podId, serviceId, systemId } from './ids.ts';
import { assignSlots, layoutCluster, type ClusterLayout, type LayoutItem } from './layout.ts';
import { NODEPORT, T0, deploymentYaml, serviceYaml, stateWith } from './testkit.ts';
import { canvasTopology } from './topology.ts';

const positions = (l: ClusterLayout) =>
  new Map(
    l.items
      .filter((it: LayoutItem) => it.id !== BAND_ID)
      .map((it) => [it.id, `${it.box.x},${it.box.y}`]),
  );

/** Every item of `a` is in `b` at the same place (only the band outline may grow). */
function expectSubset(a: ClusterLayout, b: ClusterLayout) {
  const pb = positions(b);
  for (const [id, pos] of positions(a)) expect(pb.get(id), id).toBe(pos);
}

const OPTS = { showSystemPods: false };

describe('assignSlots', () => {
  it.each([
    { keys: ['a', 'b', 'c'], prev: {}, want: { a: 0, b: 1, c: 2 } },
    { keys: ['b', 'c'], prev: { a: 0, b: 1, c: 2 }, want: { b: 1, c: 2 } },
    { keys: ['b', 'c', 'd'], prev: { a: 0, b: 1, c: 2 }, want: { b: 1, c: 2, d: 0 } },
    { keys: ['x', 'a'], prev: { a: 0 }, want: { a: 0, x: 1 } },
    { keys: ['a', 'b'], prev: { a: 3, b: 3 }, want: { a: 3, b: 0 } },
  ] as { keys: string[]; prev: Record<string, number>; want: Record<string, number> }[])(
    '$keys with $prev',
    ({ keys, prev, want }) => {
      expect(assignSlots(keys, prev)).toEqual(want);
    },
  );

  it('keeps every remembered slot and never gives two keys one slot', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 20 }),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 20 }),
        (before, after) => {
          const prev = assignSlots(before, {});
          const next = assignSlots(after, prev);
          const slots = Object.values(next);
          expect(new Set(slots).size).toBe(slots.length);
          for (const k of after) if (before.includes(k)) expect(next[k]).toBe(prev[k]);
        },
      ),
    );
  });
});

describe('layoutCluster', () => {
  const base = stateWith([NODEPORT]);

  it('is deterministic', () => {
    const topo = canvasTopology(base);
    expect(layoutCluster(topo, OPTS)).toEqual(layoutCluster(topo, OPTS));
  });

  it('puts nodes in config order, pods inside their node, Services in the band above', () => {
    const l = layoutCluster(canvasTopology(base), OPTS);
    const nodes = l.items.filter((it) => it.kind === 'node').map((it) => [it.id, it.box.x]);
    expect(nodes).toEqual([
      ['node:control-plane', 0],
      ['node:node1', 200],
      ['node:node2', 400],
      ['node:node3', 600],
    ]);
    const netshoot = l.byId.get(podId('default/netshoot'));
    expect(netshoot?.parent).toBe('node:node3');
    const svc = l.byId.get(serviceId('default/my-app'));
    expect(svc && svc.box.y + svc.box.h).toBeLessThan(0);
  });

  it('collapses kube-system pods into one chip per node', () => {
    const l = layoutCluster(canvasTopology(base), OPTS);
    expect(l.podItem.get('kube-system/etcd-control-plane')).toBe(systemId('control-plane'));
    expect(l.byId.has(podId('kube-system/etcd-control-plane'))).toBe(false);
    const open = layoutCluster(canvasTopology(base), { showSystemPods: true });
    expect(open.podItem.get('kube-system/etcd-control-plane')).toBe(
      podId('kube-system/etcd-control-plane'),
    );
  });

  it('adding a Service moves nothing that was there (pure, no memory)', () => {
    const a = layoutCluster(canvasTopology(base), OPTS);
    const b = layoutCluster(canvasTopology(stateWith([NODEPORT, serviceYaml('zeta')])), OPTS);
    expectSubset(a, b);
    expect(b.byId.has(serviceId('default/zeta'))).toBe(true);
  });

  it('adding Services and pods moves nothing, whatever their names (with memory)', () => {
    let state = base;
    let prev = layoutCluster(canvasTopology(state), OPTS);
    const steps = [
      serviceYaml('aaa-first'),
      deploymentYaml('backend', 5),
      serviceYaml('a0', { type: 'NodePort' }),
      serviceYaml('b1'),
      serviceYaml('b2'),
      serviceYaml('b3'),
      deploymentYaml('backend', 9),
    ];
    steps.forEach((text, i) => {
      state = reduce(state, { type: 'manifests/applied', text, at: T0 + 60_000 + i });
      const next = layoutCluster(canvasTopology(state), OPTS, prev.memory);
      expectSubset(prev, next);
      prev = next;
    });
    expect(prev.items.filter((it) => it.kind === 'service')).toHaveLength(8);
    expect(prev.items.filter((it) => it.id.startsWith('pod:default/backend-'))).toHaveLength(9);
  });

  it('deleting a Service leaves a hole that the next new Service fills (with memory)', () => {
    const s1 = stateWith([NODEPORT, serviceYaml('one'), serviceYaml('two')]);
    const l1 = layoutCluster(canvasTopology(s1), OPTS);
    const s2 = reduce(s1, { type: 'object/deleted', kind: 'service', name: 'one', at: T0 + 9000 });
    const l2 = layoutCluster(canvasTopology(s2), OPTS, l1.memory);
    expectSubset(l2, l1);
    const s3 = reduce(s2, { type: 'manifests/applied', text: serviceYaml('three'), at: T0 + 9500 });
    const l3 = layoutCluster(canvasTopology(s3), OPTS, l2.memory);
    expect(l3.byId.get(serviceId('default/three'))?.box).toEqual(
      l1.byId.get(serviceId('default/one'))?.box,
    );
  });
});
