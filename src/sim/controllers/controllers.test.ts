import { describe, expect, it } from 'vitest';
import { HEADLESS_SERVICE, LB_SERVICE, NODEPORT_SERVICE } from '../testing/article.ts';
import { podsOf, readyAddresses, service, slicesOf, testCluster } from '../testing/cluster.ts';

const svc = (name: string, spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;

describe('EndpointSlice controller', () => {
  it('lists the ready pods matching the selector, with the resolved target port', () => {
    const c = testCluster();
    c.apply(NODEPORT_SERVICE);
    const [slice] = slicesOf(c, 'nodeport-service');
    expect(slice?.metadata.name).toMatch(/^nodeport-service-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(slice?.metadata.labels).toEqual({
      'kubernetes.io/service-name': 'nodeport-service',
      'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
    });
    expect(slice?.ports).toEqual([{ name: '', port: 8080, protocol: 'TCP' }]);
    expect(slice?.endpoints.map((e) => [e.addresses[0], e.nodeName, e.conditions])).toEqual([
      ['10.244.1.2', 'node1', { ready: true, serving: true, terminating: false }],
      ['10.244.2.2', 'node2', { ready: true, serving: true, terminating: false }],
    ]);
  });

  it('follows readiness: a not-ready pod stays listed but not ready', () => {
    const c = testCluster();
    c.apply(NODEPORT_SERVICE);
    const pod = podsOf(c, 'my-app').find((p) => p.spec.nodeName === 'node1');
    c.setPodReady(pod?.metadata.name ?? '', false);
    expect(readyAddresses(c, 'nodeport-service')).toEqual(['10.244.2.2']);
    expect(slicesOf(c, 'nodeport-service')[0]?.endpoints).toHaveLength(2);
    c.setPodReady(pod?.metadata.name ?? '', true);
    expect(readyAddresses(c, 'nodeport-service')).toEqual(['10.244.1.2', '10.244.2.2']);
  });

  it('publishNotReadyAddresses keeps not-ready pods ready in the slice', () => {
    const c = testCluster();
    c.apply(
      HEADLESS_SERVICE.replace(
        'clusterIP: None',
        'clusterIP: None\n  publishNotReadyAddresses: true',
      ),
    );
    c.setPodReady(podsOf(c, 'my-app')[0]?.metadata.name ?? '', false);
    expect(readyAddresses(c, 'headless-service')).toEqual(['10.244.1.2', '10.244.2.2']);
    expect(
      slicesOf(c, 'headless-service')[0]?.metadata.labels?.['service.kubernetes.io/headless'],
    ).toBe('');
  });

  it('keeps one placeholder slice when the selector matches nothing, and none without a selector', () => {
    const c = testCluster();
    c.apply(svc('nothing', '  selector:\n    app: nope\n  ports:\n  - port: 80\n'));
    c.apply(svc('manual', '  ports:\n  - port: 80\n'));
    expect(slicesOf(c, 'nothing').map((s) => [s.endpoints, s.ports])).toEqual([[[], null]]);
    expect(slicesOf(c, 'manual')).toEqual([]);
  });

  it('follows pod label changes and selector changes', () => {
    const c = testCluster();
    c.apply(svc('sel', '  selector:\n    app: my-app\n  ports:\n  - port: 80\n'));
    const pod = podsOf(c, 'my-app')[0]?.metadata.name as string;
    c.dispatch({
      type: 'object/patched',
      kind: 'pod',
      name: pod,
      patch: { metadata: { labels: { app: 'other' } } },
    });
    expect(readyAddresses(c, 'sel')).toHaveLength(1);
    c.apply(svc('sel', '  selector:\n    app: other\n  ports:\n  - port: 80\n'));
    expect(readyAddresses(c, 'sel')).toHaveLength(1);
    expect(readyAddresses(c, 'sel')[0]).not.toBe(readyAddresses(c, 'nodeport-service')[0]);
  });

  it('removes the slices with the Service', () => {
    const c = testCluster();
    c.apply(NODEPORT_SERVICE);
    expect(c.delete('svc', 'nodeport-service')).toEqual({
      ok: true,
      message: 'service "nodeport-service" deleted',
    });
    expect(slicesOf(c, 'nodeport-service')).toEqual([]);
    expect(c.delete('svc', 'nodeport-service')).toEqual({
      ok: false,
      message: 'Error from server (NotFound): services "nodeport-service" not found',
    });
  });
});

describe('Deployment, ReplicaSet, scheduler, IPAM', () => {
  it('replaces a deleted pod with a new name and a new address', () => {
    const c = testCluster();
    const before = podsOf(c, 'my-app');
    const victim = before[0];
    expect(c.deletePod(victim?.metadata.name ?? '')).toEqual({
      ok: true,
      message: `pod "${victim?.metadata.name}" deleted`,
    });
    const after = podsOf(c, 'my-app');
    expect(after).toHaveLength(2);
    const fresh = after.find((p) => !before.some((b) => b.metadata.name === p.metadata.name));
    expect(fresh?.metadata.name).not.toBe(victim?.metadata.name);
    expect(fresh?.status.podIP).not.toBe(victim?.status.podIP);
    expect(fresh?.metadata.name.slice(0, -5)).toBe(victim?.metadata.name.slice(0, -5));
  });

  it('scales up across nodes (node3 gets the third replica) and down again', () => {
    const c = testCluster();
    expect(c.scale('my-app', 3)).toEqual({ ok: true, message: 'deployment.apps/my-app scaled' });
    expect(
      podsOf(c, 'my-app')
        .map((p) => p.spec.nodeName)
        .sort(),
    ).toEqual(['node1', 'node2', 'node3']);
    c.scale('my-app', 1);
    expect(podsOf(c, 'my-app')).toHaveLength(1);
    expect(c.state().deployments.find((d) => d.metadata.name === 'my-app')?.status).toMatchObject({
      replicas: 1,
      readyReplicas: 1,
    });
    expect(c.scale('nope', 1)).toEqual({
      ok: false,
      message: 'Error from server (NotFound): deployments.apps "nope" not found',
    });
  });

  it('rolls a new ReplicaSet when the template changes and keeps the old one at 0', () => {
    const c = testCluster();
    c.dispatch({
      type: 'object/patched',
      kind: 'deployment',
      name: 'my-app',
      patch: {
        spec: {
          template: {
            metadata: {
              annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-01-01T00:00:00Z' },
            },
          },
        },
      },
    });
    const rs = c.state().replicaSets.filter((r) => r.metadata.name.startsWith('my-app-'));
    expect(rs.map((r) => r.spec.replicas).sort()).toEqual([0, 2]);
    expect(podsOf(c, 'my-app')).toHaveLength(2);
  });

  it('leaves a pod Pending when no node can take it', () => {
    const c = testCluster();
    c.apply(
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: picky\nspec:\n  nodeSelector:\n    disk: ssd\n  containers:\n  - name: c\n    image: nginx\n',
    );
    const pod = c.state().pods.find((p) => p.metadata.name === 'picky');
    expect([pod?.status.phase, pod?.spec.nodeName, pod?.status.podIP]).toEqual([
      'Pending',
      undefined,
      undefined,
    ]);
  });
});

describe('load balancers', () => {
  it('MetalLB assigns the lowest free pool address and records events', () => {
    const c = testCluster();
    c.apply(LB_SERVICE);
    c.apply(LB_SERVICE.replace('name: lb-service', 'name: lb2'));
    expect(service(c, 'lb-service').status).toEqual({
      loadBalancer: { ingress: [{ ip: '192.168.0.180', ipMode: 'VIP' }] },
    });
    expect(service(c, 'lb2').status.loadBalancer.ingress?.[0]?.ip).toBe('192.168.0.181');
    const events = c
      .simState()
      .events.filter((e) => e.involved.name === 'lb-service')
      .map((e) => [e.reason, e.source, e.message]);
    expect(events[0]).toEqual([
      'IPAllocated',
      'metallb-controller',
      'Assigned IP ["192.168.0.180"]',
    ]);
    expect(events[1]?.[0]).toBe('nodeAssigned');
    expect(events[1]?.[2]).toMatch(/^announcing from node "node[123]" with protocol "layer2"$/);
  });

  it('stays <pending> with a warning when the pool is exhausted; a released address goes to the waiting Service', () => {
    const c = testCluster({ loadBalancer: ['192.168.0.180-192.168.0.180'] });
    c.apply(LB_SERVICE);
    c.apply(LB_SERVICE.replace('name: lb-service', 'name: lb2'));
    expect(service(c, 'lb2').status).toEqual({ loadBalancer: {} });
    expect(c.simState().events.find((e) => e.involved.name === 'lb2')?.message).toBe(
      'Failed to allocate IP for "default/lb2": no available IPs',
    );
    c.apply(LB_SERVICE.replace('type: LoadBalancer #1', 'type: ClusterIP'));
    expect(service(c, 'lb-service').status).toEqual({ loadBalancer: {} });
    expect(service(c, 'lb2').status.loadBalancer.ingress?.[0]?.ip).toBe('192.168.0.180');
  });
});

describe('nodes', () => {
  it('can be relabelled (zones), and EndpointSlices pick the zone up for new pods', () => {
    const c = testCluster();
    expect(c.run('kubectl label node node3 topology.kubernetes.io/zone=zone-c')).toEqual({
      stdout: 'node/node3 labeled\n',
      stderr: '',
      exitCode: 0,
    });
    c.scale('my-app', 3);
    c.apply(NODEPORT_SERVICE);
    const ep = slicesOf(c, 'nodeport-service')[0]?.endpoints.find((e) => e.nodeName === 'node3');
    expect(ep?.zone).toBe('zone-c');
  });
});
