import { describe, expect, it } from 'vitest';
import { createCluster, resolveConfig } from './cluster.ts';
import { CLUSTERIP_SERVICE, T0 } from './testing/article.ts';
import { podsOf, service, testCluster } from './testing/cluster.ts';

describe('the default cluster (kubeadm-like)', () => {
  const c = testCluster();
  const s = c.state();

  it('has a tainted control plane and three workers on 192.168.0.10-13 with a /24 each', () => {
    expect(
      s.nodes.map((n) => [
        n.metadata.name,
        n.status.addresses[0]?.address,
        n.spec.podCIDR,
        n.spec.taints?.[0]?.key ?? '',
      ]),
    ).toEqual([
      ['control-plane', '192.168.0.10', '10.244.0.0/24', 'node-role.kubernetes.io/control-plane'],
      ['node1', '192.168.0.11', '10.244.1.0/24', ''],
      ['node2', '192.168.0.12', '10.244.2.0/24', ''],
      ['node3', '192.168.0.13', '10.244.3.0/24', ''],
    ]);
    expect(s.nodes[0]?.metadata.labels).toMatchObject({
      'node-role.kubernetes.io/control-plane': '',
      'node.kubernetes.io/exclude-from-external-load-balancers': '',
    });
  });

  it('has the system namespaces', () => {
    expect(s.namespaces.map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
  });

  it('has kubernetes at 10.96.0.1:443 and kube-dns at 10.96.0.10', () => {
    const k = service(c, 'kubernetes');
    expect([k.spec.clusterIP, k.spec.ports]).toEqual([
      '10.96.0.1',
      [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    ]);
    const dns = service(c, 'kube-dns', 'kube-system');
    expect(dns.spec.clusterIP).toBe('10.96.0.10');
    expect(dns.spec.ports?.map((p) => `${p.name} ${p.port}/${p.protocol}`)).toEqual([
      'dns 53/UDP',
      'dns-tcp 53/TCP',
      'metrics 9153/TCP',
    ]);
    expect(dns.spec.selector).toEqual({ 'k8s-app': 'kube-dns' });
  });

  it('runs CoreDNS on the control plane (installed before the workers joined)', () => {
    const coredns = s.pods.filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
    expect(coredns.map((p) => [p.spec.nodeName, p.status.podIP])).toEqual([
      ['control-plane', '10.244.0.2'],
      ['control-plane', '10.244.0.3'],
    ]);
  });

  it('runs my-app (2 replicas) on node1 and node2 and netshoot on node3, so node3 has no my-app pod', () => {
    expect(
      podsOf(c, 'my-app')
        .map((p) => [p.spec.nodeName, p.status.podIP, p.status.phase])
        .sort(),
    ).toEqual([
      ['node1', '10.244.1.2', 'Running'],
      ['node2', '10.244.2.2', 'Running'],
    ]);
    const netshoot = s.pods.find((p) => p.metadata.name === 'netshoot');
    expect([netshoot?.spec.nodeName, netshoot?.status.podIP]).toEqual(['node3', '10.244.3.2']);
  });

  it('names Deployment pods <deployment>-<pod-template-hash>-<5 chars>', () => {
    for (const p of podsOf(c, 'my-app'))
      expect(p.metadata.name).toMatch(/^my-app-[bcdf4-9]{8,10}-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('records kubectl last-applied-configuration on the starting manifests', () => {
    const d = s.deployments.find((x) => x.metadata.name === 'my-app');
    expect(d?.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration']).toMatch(
      /^\{"apiVersion":"apps\/v1","kind":"Deployment","metadata":\{"annotations":\{\},"labels":\{"app":"my-app"\},"name":"my-app","namespace":"default"\}/,
    );
    expect(d?.status).toMatchObject({
      replicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      updatedReplicas: 2,
    });
  });
});

describe('determinism', () => {
  const fingerprint = (seed: number) => {
    const c = createCluster({ seed, now: () => T0 });
    c.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: w\nspec:\n  type: NodePort\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
    );
    const sends = Array.from(
      { length: 5 },
      () =>
        c.send({ from: 'client', to: 'node3:' + service(c, 'w').spec.ports?.[0]?.nodePort }).pod,
    );
    return JSON.stringify([
      c.state().pods.map((p) => p.metadata.name),
      service(c, 'w').spec,
      sends,
    ]);
  };

  it('gives the same cluster, allocations and endpoint choices for the same seed', () => {
    expect(fingerprint(5)).toBe(fingerprint(5));
  });

  it('gives different ones for another seed', () => {
    expect(fingerprint(5)).not.toBe(fingerprint(6));
  });
});

describe('configuration', () => {
  it('leaves LoadBalancer Services <pending> without a load-balancer implementation', () => {
    const c = testCluster({ loadBalancer: null });
    c.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: lb\nspec:\n  type: LoadBalancer\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
    );
    const lb = service(c, 'lb');
    expect(lb.status).toEqual({ loadBalancer: {} });
    expect(lb.spec.ports?.[0]?.nodePort).toBeGreaterThanOrEqual(30086);
  });

  it('accepts the article clusterIP 10.10.10.10 when the service CIDR contains it', () => {
    const c = testCluster({ serviceCIDR: '10.0.0.0/8' });
    expect(c.apply(CLUSTERIP_SERVICE).objects).toMatchObject([
      { name: 'clusterip-service', action: 'created' },
    ]);
    expect(service(c, 'clusterip-service').spec.clusterIP).toBe('10.10.10.10');
    expect(service(c, 'kube-dns', 'kube-system').spec.clusterIP).toBe('10.0.0.10');
    expect(service(c, 'kubernetes').spec.clusterIP).toBe('10.0.0.1');
  });

  it('honours a custom node-port range', () => {
    const c = testCluster({ nodePortRange: '31000-31009' });
    const r = c.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: np\nspec:\n  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30001\n',
    );
    expect(r.errors[0]?.message).toBe(
      'The Service "np" is invalid: spec.ports[0].nodePort: Invalid value: 30001: provided port is not in the valid range. The range of valid ports is 31000-31009',
    );
  });

  it('can start with other manifests or none', () => {
    const c = testCluster({ manifests: '' });
    expect(c.state().pods.filter((p) => p.metadata.namespace === 'default')).toEqual([]);
  });

  it('rejects impossible configuration loudly', () => {
    expect(() => resolveConfig({ serviceCIDR: 'nope' })).toThrow('invalid CIDR "nope"');
    expect(() => resolveConfig({ nodes: [] })).toThrow('a cluster needs at least one node');
    expect(() => resolveConfig({ nodePortRange: '5-x' })).toThrow('invalid nodePortRange');
  });
});
