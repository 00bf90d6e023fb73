import { describe, expect, it } from 'vitest';
import { LB_SERVICE } from '../testing/article.ts';
import {
  podsOf,
  service,
  testCluster,
  serviceYaml as svc,
  trafficCluster,
} from '../testing/cluster.ts';

const cluster = trafficCluster;

describe('more Service shapes', () => {
  it('a selector-less Service with a hand-written EndpointSlice', () => {
    const c = cluster();
    const r = c.apply(`${svc('manual', '  ports:\n  - name: http\n    port: 80\n')}---
apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata:
  name: manual-1
  labels:
    kubernetes.io/service-name: manual
addressType: IPv4
ports:
- name: http
  port: 8080
  protocol: TCP
endpoints:
- addresses: ["${podsOf(c, 'my-app')[0]?.status.podIP}"]
`);
    expect(r.errors).toEqual([]);
    const t = c.send({ from: 'pod/netshoot', to: 'manual:80' });
    expect([t.outcome, t.pod]).toEqual([
      'delivered',
      `default/${podsOf(c, 'my-app')[0]?.metadata.name}`,
    ]);
  });

  it('a named targetPort resolves per pod', () => {
    const c = cluster();
    c.apply(
      svc(
        'named',
        '  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: http-alt\n',
      ),
    );
    const t = c.send({ from: 'pod/netshoot', to: 'named:80' });
    expect(t.hops.find((h) => h.action === 'dnat')?.after.dst).toMatch(/:8080$/);
  });

  it('loadBalancerSourceRanges drops other sources', () => {
    const c = cluster();
    c.apply(
      svc(
        'ranged',
        '  type: LoadBalancer\n  loadBalancerSourceRanges: ["198.51.100.0/24"]\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
      ),
    );
    const ip = service(c, 'ranged').status.loadBalancer.ingress?.[0]?.ip;
    expect(c.send({ from: 'client', to: `${ip}:80` }).outcome).toBe('timeout');
  });

  it('health-check node port: 200 on a node with a local endpoint, 503 elsewhere', () => {
    const c = cluster();
    c.apply(
      svc(
        'lb-local',
        '  type: LoadBalancer\n  externalTrafficPolicy: Local\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
      ),
    );
    const hc = service(c, 'lb-local').spec.healthCheckNodePort;
    expect(hc).toBeGreaterThanOrEqual(30000);
    expect(c.send({ from: 'client', to: `192.168.0.11:${hc}`, path: '/' }).response?.status).toBe(
      200,
    );
    const other = c.send({ from: 'client', to: `192.168.0.13:${hc}` });
    expect([
      other.response?.status,
      other.response?.headers.find(([k]) => k === 'X-Load-Balancing-Endpoint-Weight')?.[1],
    ]).toEqual([503, '0']);
  });

  it('a cloud load balancer forwards to a node port', () => {
    const c = testCluster({
      loadBalancer: { provider: 'cloud', pool: ['198.51.100.10-198.51.100.20'] },
    });
    c.apply(LB_SERVICE);
    const lb = service(c, 'lb-service');
    const t = c.send({ from: 'client', to: `${lb.status.loadBalancer.ingress?.[0]?.ip}:80` });
    expect(t.outcome).toBe('delivered');
    const hop = t.hops.find((h) => h.action === 'lb');
    expect(hop?.after.dst).toMatch(new RegExp(`:${lb.spec.ports?.[0]?.nodePort}$`));
  });

  it('UDP to kube-dns from a pod reaches CoreDNS', () => {
    const c = cluster();
    const t = c.send({ from: 'pod/netshoot', to: '10.96.0.10:53', protocol: 'UDP' });
    expect(t.outcome).toBe('delivered');
    expect(t.pod).toMatch(/^kube-system\/coredns-/);
  });

  it('a pod reaching itself through its Service is masqueraded (hairpin)', () => {
    const c = cluster();
    const pod = podsOf(c, 'my-app')[0]?.metadata.name as string;
    c.apply(
      svc(
        'self',
        '  selector:\n    statefulset.kubernetes.io/pod-name: x\n  ports:\n  - port: 80\n',
      ),
    );
    const traces = Array.from({ length: 10 }, () =>
      c.send({ from: `pod/${pod}`, to: 'nodeport-service:80' }),
    );
    const hairpin = traces.find((t) => t.pod === `default/${pod}`);
    expect(hairpin?.hops.some((h) => h.action === 'snat')).toBe(true);
  });

  it('unknown sources are reported, not thrown', () => {
    const c = cluster();
    expect(c.send({ from: 'pod/ghost', to: 'x:80' })).toMatchObject({
      outcome: 'timeout',
      hops: [],
      error: 'Error from server (NotFound): pods "ghost" not found',
    });
  });
});
