import { describe, expect, it } from 'vitest';
import { proxyModel } from './model.ts';
import { makeState, service, slice, WEB_EPS } from './testFixtures.ts';

describe('proxyModel', () => {
  const dns = service('kube-dns', {
    namespace: 'kube-system',
    clusterIP: '10.96.0.10',
    ports: [
      { name: 'dns', port: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
    ],
  });
  const dnsSlice = slice('kube-dns', {
    namespace: 'kube-system',
    ports: [
      { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      { name: 'dns', port: 5353, protocol: 'UDP' },
    ],
    endpoints: [{ ip: '10.244.0.4', node: 'control-plane' }],
  });

  it('multi-port named service: ports matched by name and protocol', () => {
    const m = proxyModel(makeState([dns], [dnsSlice]));
    expect(m.ports.map((p) => [p.svcPortName, p.protocol, p.chains.svc])).toEqual([
      ['kube-system/kube-dns:dns', 'UDP', 'KUBE-SVC-TCOU7JCQXEZGVUNU'],
      ['kube-system/kube-dns:dns-tcp', 'TCP', 'KUBE-SVC-ERIFXISQEP7F7OF4'],
    ]);
    expect(m.ports[0]?.endpoints.map((e) => e.key)).toEqual(['10.244.0.4:5353']);
    expect(m.byClusterIP.get('10.96.0.10:53/UDP')?.portName).toBe('dns');
    expect(m.byClusterIP.get('10.96.0.10:53/TCP')?.portName).toBe('dns-tcp');
    expect(m.byService.get('kube-system/kube-dns')?.length).toBe(2);
  });

  it('selector-less Service with a hand-written slice', () => {
    const svc = service('db', { clusterIP: '10.96.5.5', ports: [{ port: 5432 }] });
    delete svc.spec.selector;
    const manual = slice('db', {
      name: 'db-1',
      ports: [{ port: 5432 }],
      endpoints: [{ ip: '192.168.0.50' }],
    });
    manual.metadata.labels = {
      ...manual.metadata.labels,
      'endpointslice.kubernetes.io/managed-by': 'staff',
    };
    const p = proxyModel(makeState([svc], [manual])).byClusterIP.get('10.96.5.5:5432/TCP');
    expect(p?.clusterEndpoints.map((e) => [e.key, e.nodeName])).toEqual([
      ['192.168.0.50:5432', undefined],
    ]);
  });

  it('skips ExternalName and headless services; slices of other namespaces do not count', () => {
    const m = proxyModel(
      makeState(
        [
          service('ext', { type: 'ExternalName', externalName: 'example.com', ports: [] }),
          service('hl', { clusterIP: 'None', ports: [{ port: 80 }] }),
          service('web', { clusterIP: '10.96.45.12', ports: [{ port: 80 }] }),
        ],
        [slice('web', { namespace: 'other', ports: [{ port: 80 }], endpoints: WEB_EPS })],
      ),
    );
    expect(m.ports.map((p) => p.name)).toEqual(['web']);
    expect(m.ports[0]?.hasEndpoints).toBe(false);
  });

  it('orders endpoints by the "ip:port" string and dedupes across slices', () => {
    const m = proxyModel(
      makeState(
        [service('web', { clusterIP: '10.96.45.12', ports: [{ port: 80 }] })],
        [
          slice('web', {
            name: 'web-a',
            ports: [{ port: 80 }],
            endpoints: [{ ip: '10.244.2.7' }, { ip: '10.244.10.5', ready: false }],
          }),
          slice('web', {
            name: 'web-b',
            ports: [{ port: 80 }],
            endpoints: [{ ip: '10.244.10.5' }],
          }),
        ],
      ),
    );
    expect(m.ports[0]?.endpoints.map((e) => [e.key, e.ready])).toEqual([
      ['10.244.10.5:80', true],
      ['10.244.2.7:80', true],
    ]);
  });

  it('usable endpoints: ready ones, else serving+terminating ones', () => {
    const eps = [
      { ip: '10.244.1.5', node: 'worker1', ready: false, serving: true, terminating: true },
      { ip: '10.244.2.7', node: 'worker2', ready: false, serving: false, terminating: false },
      { ip: '10.244.2.8', node: 'worker2', ready: true },
    ];
    const svc = service('web', { clusterIP: '10.96.45.12', ports: [{ port: 80 }] });
    const m1 = proxyModel(
      makeState([svc], [slice('web', { ports: [{ port: 80 }], endpoints: eps })]),
    );
    expect(m1.ports[0]?.clusterEndpoints.map((e) => e.ip)).toEqual(['10.244.2.8']);
    expect(m1.ports[0]?.localEndpoints('worker1').map((e) => e.ip)).toEqual(['10.244.1.5']);
    expect(m1.ports[0]?.localEndpoints('worker2').map((e) => e.ip)).toEqual(['10.244.2.8']);
    expect(m1.ports[0]?.localEndpoints('worker2')).toBe(m1.ports[0]?.localEndpoints('worker2'));
    const m2 = proxyModel(
      makeState([svc], [slice('web', { ports: [{ port: 80 }], endpoints: eps.slice(0, 2) })]),
    );
    expect(m2.ports[0]?.clusterEndpoints.map((e) => e.ip)).toEqual(['10.244.1.5']);
    expect(m2.ports[0]?.hasEndpoints).toBe(true);
  });

  it('external lookups, health check node port, ipMode Proxy and policies', () => {
    const m = proxyModel(
      makeState(
        [
          service('lb', {
            type: 'LoadBalancer',
            clusterIP: '10.99.88.77',
            ports: [{ name: 'http', port: 80, nodePort: 30081 }],
            externalTrafficPolicy: 'Local',
            healthCheckNodePort: 32001,
            lbIPs: ['192.168.0.181'],
            sourceRanges: [' 203.0.113.7/24 '],
            externalIPs: ['198.51.100.9'],
          }),
          service('proxied', {
            type: 'LoadBalancer',
            clusterIP: '10.99.88.78',
            ports: [{ port: 80, nodePort: 30082 }],
            lbIPs: ['192.168.0.182'],
            lbIPMode: 'Proxy',
          }),
        ],
        [],
      ),
    );
    const lb = m.byNodePort.get('30081/TCP');
    expect(lb?.svcPortName).toBe('default/lb:http');
    expect(m.byLoadBalancerIP.get('192.168.0.181:80/TCP')).toBe(lb);
    expect(m.byExternalIP.get('198.51.100.9:80/TCP')).toBe(lb);
    expect(m.healthCheckNodePorts.get(32001)).toBe(lb);
    expect(lb?.loadBalancerSourceRanges).toEqual(['203.0.113.0/24']);
    expect([lb?.externalPolicyLocal, lb?.usesClusterEndpoints, lb?.usesLocalEndpoints]).toEqual([
      true,
      true,
      true,
    ]);
    expect(m.byLoadBalancerIP.has('192.168.0.182:80/TCP')).toBe(false);
    expect(m.byNodePort.get('30082/TCP')?.loadBalancerIPs).toEqual([]);
  });

  it('session affinity timeout defaults to 10800', () => {
    const m = proxyModel(
      makeState(
        [
          service('a', { clusterIP: '10.96.0.20', ports: [{ port: 80 }], affinitySeconds: true }),
          service('b', { clusterIP: '10.96.0.21', ports: [{ port: 80 }], affinitySeconds: 60 }),
          service('c', { clusterIP: '10.96.0.22', ports: [{ port: 80 }] }),
        ],
        [],
      ),
    );
    expect(m.ports.map((p) => p.affinityTimeoutSeconds)).toEqual([10800, 60, undefined]);
  });

  it('is memoised on the services and endpointSlices records', () => {
    const s = makeState([dns], [dnsSlice]);
    const m = proxyModel(s);
    expect(proxyModel({ ...s, now: s.now + 1 })).toBe(m);
    expect(proxyModel({ ...s, services: { ...s.services } })).not.toBe(m);
  });

  it('large-cluster mode above 1000 endpoints', () => {
    const eps = Array.from({ length: 1001 }, (_, i) => ({
      ip: `10.244.${1 + (i >> 8)}.${i & 255}`,
    }));
    const m = proxyModel(
      makeState(
        [service('big', { clusterIP: '10.96.9.9', ports: [{ port: 80 }] })],
        [slice('big', { ports: [{ port: 80 }], endpoints: eps })],
      ),
    );
    expect([m.totalEndpoints, m.largeClusterMode]).toEqual([1001, true]);
  });
});
