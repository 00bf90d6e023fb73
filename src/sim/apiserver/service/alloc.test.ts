import { describe, expect, it } from 'vitest';
import { FakeAllocator } from '../fakeAllocator.ts';
import { BASE_WEB, applyNewService, decoded } from '../testkit.ts';
import { admitServiceCreate } from './admit.ts';

const withSpec = (extra: string, name = 'web'): string =>
  BASE_WEB.replace('name: web', `name: ${name}`) + extra.replace(/^/gm, '  ');

function text(r: ReturnType<typeof applyNewService>): string {
  if (r.ok) throw new Error('expected failure');
  return r.text;
}

describe('allocation (§1.1, §1.2, §2.3)', () => {
  it('C01: nodePort outside the range is an allocator error, returned alone', () => {
    const alloc = new FakeAllocator();
    const yaml = `apiVersion: v1
kind: Service
metadata:
  name: web-np
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 40000
`;
    expect(text(applyNewService(yaml, alloc))).toBe(
      'The Service "web-np" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    expect([...alloc.usedIPs]).toEqual([]);
  });

  it('C21: the status message kubectl create service wraps', () => {
    const r = admitServiceCreate(
      decoded(
        withSpec('type: NodePort\n').replace(
          'targetPort: 8080',
          'targetPort: 8080\n    nodePort: 40000',
        ),
      ),
      new FakeAllocator(),
    );
    expect(!r.ok && `error: failed to create NodePort service: ${r.error.message}`).toBe(
      'error: failed to create NodePort service: Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('C03: clusterIP outside the service CIDR (v1.33 MultiCIDR wording)', () => {
    expect(text(applyNewService(withSpec('clusterIP: 192.168.5.5\n'), new FakeAllocator()))).toBe(
      'The Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"192.168.5.5"}: failed to allocate IP 192.168.5.5: the provided network does not match the current range',
    );
  });

  it('a taken clusterIP', () => {
    const alloc = new FakeAllocator();
    alloc.usedIPs.add('10.96.0.10');
    expect(text(applyNewService(withSpec('clusterIP: 10.96.0.10\n'), alloc))).toBe(
      'The Service "web" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP 10.96.0.10: provided IP is already allocated',
    );
  });

  it('pre-validation errors come alone, before port/name errors', () => {
    const yaml = withSpec('clusterIP: abc\n').replace('port: 80', 'port: 80\n    protocol: HTTP');
    expect(text(applyNewService(yaml, new FakeAllocator()))).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "abc": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    );
  });

  it('allocation errors pre-empt validation errors', () => {
    const yaml = withSpec('type: NodePort\n', 'Web_1').replace(
      'targetPort: 8080',
      'targetPort: 8080\n    nodePort: 40000',
    );
    expect(text(applyNewService(yaml, new FakeAllocator()))).toBe(
      'The Service "Web_1" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
  });

  it('a validation failure after allocation rolls the allocations back', () => {
    const alloc = new FakeAllocator();
    const yaml = withSpec('type: NodePort\nsessionAffinity: Sticky\n');
    expect(text(applyNewService(yaml, alloc))).toBe(
      'The Service "web" is invalid: spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
    );
    expect([...alloc.usedIPs]).toEqual([]);
    expect([...alloc.usedPorts]).toEqual([]);
  });

  it('a requested nodePort already taken, and two ports asking for the same one', () => {
    const alloc = new FakeAllocator();
    alloc.usedPorts.add(30080);
    const yaml = withSpec('type: NodePort\n').replace(
      'targetPort: 8080',
      'targetPort: 8080\n    nodePort: 30080',
    );
    expect(text(applyNewService(yaml, alloc))).toBe(
      'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
    const two = `apiVersion: v1
kind: Service
metadata: {name: two}
spec:
  type: NodePort
  ports:
  - {name: a, port: 80, nodePort: 30081}
  - {name: b, port: 443, nodePort: 30081}
`;
    expect(text(applyNewService(two, alloc))).toBe(
      'The Service "two" is invalid: spec.ports[1].nodePort: Invalid value: 30081: provided port is already allocated',
    );
    expect([...alloc.usedPorts]).toEqual([30080]);
  });

  it('exhausted ranges are InternalErrors', () => {
    const alloc = new FakeAllocator({ serviceCIDR: '10.96.0.0/28' });
    for (let i = 1; i <= 14; i++) alloc.usedIPs.add(`10.96.0.${i}`);
    expect(text(applyNewService(BASE_WEB, alloc))).toBe(
      'Error from server (InternalError): error when creating "svc.yaml": Internal error occurred: failed to allocate a serviceIP: range is full',
    );
    const ports = new FakeAllocator({ nodePortBase: 30000, nodePortSize: 1 });
    ports.usedPorts.add(30000);
    expect(text(applyNewService(withSpec('type: NodePort\n'), ports))).toBe(
      'Error from server (InternalError): error when creating "svc.yaml": Internal error occurred: failed to allocate a nodePort: range is full',
    );
    expect([...ports.usedIPs]).toEqual([]);
  });

  it('C27: auto-allocation starts in the dynamic bands', () => {
    const r = applyNewService(withSpec('type: NodePort\n'), new FakeAllocator());
    expect(r.ok && [r.service.spec.clusterIP, r.service.spec.ports?.[0]?.nodePort]).toEqual([
      '10.96.1.1',
      30086,
    ]);
  });

  it('ports with the same port number share one node port (53/UDP + 53/TCP)', () => {
    const yaml = `apiVersion: v1
kind: Service
metadata: {name: dns}
spec:
  type: NodePort
  ports:
  - {name: dns, port: 53, protocol: UDP}
  - {name: dns-tcp, port: 53, protocol: TCP}
  - {name: metrics, port: 9153}
`;
    const alloc = new FakeAllocator();
    const r = applyNewService(yaml, alloc);
    expect(r.ok && r.service.spec.ports?.map((p) => p.nodePort)).toEqual([30086, 30086, 30087]);
    expect([...alloc.usedPorts]).toEqual([30086, 30087]);
  });

  it('LoadBalancer + Local gets a health-check node port; a bad requested one is an InternalError', () => {
    const alloc = new FakeAllocator();
    const r = applyNewService(
      withSpec('type: LoadBalancer\nexternalTrafficPolicy: Local\n'),
      alloc,
    );
    expect(
      r.ok && [r.service.spec.ports?.[0]?.nodePort, r.service.spec.healthCheckNodePort],
    ).toEqual([30086, 30087]);
    const bad = withSpec(
      'type: LoadBalancer\nexternalTrafficPolicy: Local\nhealthCheckNodePort: 40000\n',
      'web2',
    );
    expect(text(applyNewService(bad, alloc))).toBe(
      'Error from server (InternalError): error when creating "svc.yaml": Internal error occurred: failed to allocate requested HealthCheck NodePort 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    expect([...alloc.usedPorts]).toEqual([30086, 30087]);
  });

  it('allocateLoadBalancerNodePorts: false allocates no node ports', () => {
    const r = applyNewService(
      withSpec('type: LoadBalancer\nallocateLoadBalancerNodePorts: false\n'),
      new FakeAllocator(),
    );
    expect(r.ok && r.service.spec.ports?.[0]?.nodePort).toBe(undefined);
  });
});
