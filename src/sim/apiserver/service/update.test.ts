import { describe, expect, it } from 'vitest';
import type { Service } from '../../model/types.ts';
import { FakeAllocator } from '../fakeAllocator.ts';
import type { JsonObject } from '../json.ts';
import { toJson } from '../json.ts';
import { BASE_WEB, applyNewService, errorText } from '../testkit.ts';
import type { ServiceSpecW, ServiceW } from '../wire.ts';
import { admitServiceUpdate } from './admit.ts';

function create(yaml: string, alloc: FakeAllocator): Service {
  const r = applyNewService(yaml, alloc);
  if (!r.ok) throw new Error(r.text);
  return r.service;
}

/** The object a kubectl apply PATCH produces: the live object with the manifest's changes. */
function merged(live: Service, change: (spec: ServiceSpecW, svc: ServiceW) => void): JsonObject {
  const obj = toJson(live) as JsonObject;
  const w = obj as unknown as ServiceW;
  change(w.spec ?? {}, w);
  return obj;
}

function update(
  live: Service,
  change: (spec: ServiceSpecW, svc: ServiceW) => void,
  alloc: FakeAllocator,
) {
  return admitServiceUpdate(merged(live, change), live, alloc);
}

const fail = (r: ReturnType<typeof update>): string => {
  if (r.ok) throw new Error('expected failure');
  return errorText(r.error, 'patching');
};

const NODEPORT = `apiVersion: v1
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
    nodePort: 30080
`;

describe('Service update (§1.6)', () => {
  it('C05: changing clusterIP reports the whole new slice; nothing is allocated', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB.replace('spec:', 'spec:\n  clusterIP: 10.96.45.12'), alloc);
    const r = update(live, (s) => (s.clusterIP = '10.96.100.100'), alloc);
    expect(fail(r)).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.100.100"}: may not change once set',
    );
    expect([...alloc.usedIPs]).toEqual(['10.96.45.12']);
  });

  it('re-applying without clusterIP(s) keeps the allocated values (patchAllocatedValues)', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB, alloc);
    const r = update(
      live,
      (s) => {
        delete s.clusterIP;
        delete s.clusterIPs;
      },
      alloc,
    );
    expect(r.ok && [r.service.spec.clusterIP, r.service.spec.clusterIPs]).toEqual([
      '10.96.1.1',
      ['10.96.1.1'],
    ]);
  });

  it('making a Service headless via apply', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB, alloc);
    expect(fail(update(live, (s) => (s.clusterIP = 'None'), alloc))).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"None"}: may not change once set',
    );
  });

  it('headless → non-headless with an explicit IP', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB.replace('spec:', 'spec:\n  clusterIP: None'), alloc);
    expect(fail(update(live, (s) => (s.clusterIP = '10.96.5.5'), alloc))).toBe(
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.5.5"}: may not change once set',
    );
    expect([...alloc.usedIPs]).toEqual([]);
  });

  it('C41: NodePort → ClusterIP drops and releases the node port and externalTrafficPolicy', () => {
    const alloc = new FakeAllocator();
    const live = create(NODEPORT, alloc);
    expect(alloc.usedPorts.has(30080)).toBe(true);
    const r = update(live, (s) => (s.type = 'ClusterIP'), alloc);
    expect(r.ok && r.service.spec.ports).toEqual([{ port: 80, targetPort: 8080, protocol: 'TCP' }]);
    expect(r.ok && r.service.spec.externalTrafficPolicy).toBe(undefined);
    expect(alloc.usedPorts.has(30080)).toBe(false);
  });

  it('changing the nodePort together with type ClusterIP is still forbidden (C12)', () => {
    const alloc = new FakeAllocator();
    const live = create(NODEPORT, alloc);
    const r = update(
      live,
      (s) => {
        s.type = 'ClusterIP';
        if (s.ports?.[0]) s.ports[0].nodePort = 30090;
      },
      alloc,
    );
    expect(fail(r)).toBe(
      'The Service "web-np" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is \'ClusterIP\'',
    );
    expect(alloc.usedPorts.has(30080)).toBe(true);
  });

  it('ClusterIP → NodePort allocates; moving a nodePort releases the old one on success', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB, alloc);
    const r = update(live, (s) => (s.type = 'NodePort'), alloc);
    expect(r.ok && r.service.spec.ports?.[0]?.nodePort).toBe(30086);
    expect(r.ok && r.service.spec.externalTrafficPolicy).toBe('Cluster');
    if (!r.ok) return;
    const moved = update(r.service, (s) => s.ports?.[0] && (s.ports[0].nodePort = 30090), alloc);
    expect(moved.ok).toBe(true);
    expect([...alloc.usedPorts]).toEqual([30090]);
  });

  it('a failed update reverts new allocations and keeps the old ones', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB, alloc);
    const r = update(
      live,
      (s) => {
        s.type = 'NodePort';
        s.sessionAffinity = 'Sticky';
      },
      alloc,
    );
    expect(fail(r)).toBe(
      'The Service "web" is invalid: spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
    );
    expect([...alloc.usedPorts]).toEqual([]);
    expect([...alloc.usedIPs]).toEqual(['10.96.1.1']);
  });

  it('ExternalName → ClusterIP allocates a ClusterIP', () => {
    const alloc = new FakeAllocator();
    const live = create(
      'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec: {type: ExternalName, externalName: db.example.com}\n',
      alloc,
    );
    expect(live.spec.clusterIP).toBe(undefined);
    expect(live.spec.internalTrafficPolicy).toBe(undefined);
    const r = update(
      live,
      (s) => {
        s.type = 'ClusterIP';
        delete s.externalName;
        s.ports = [{ port: 5432 }];
      },
      alloc,
    );
    expect(
      r.ok && [r.service.spec.clusterIP, r.service.spec.ipFamilies, r.service.spec.ipFamilyPolicy],
    ).toEqual(['10.96.1.1', ['IPv4'], 'SingleStack']);
  });

  it('ClusterIP → ExternalName clears IP fields and releases the IP on commit', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB, alloc);
    const r = update(
      live,
      (s) => {
        s.type = 'ExternalName';
        s.externalName = 'db.example.com';
      },
      alloc,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.service.spec.clusterIP).toBe(undefined);
    expect(r.service.spec.clusterIPs).toBe(undefined);
    expect(r.service.spec.ipFamilies).toBe(undefined);
    expect(r.service.spec.ipFamilyPolicy).toBe(undefined);
    expect(r.service.spec.internalTrafficPolicy).toBe(undefined);
    expect([...alloc.usedIPs]).toEqual([]);
  });

  it('LoadBalancer → ClusterIP clears status, allocateLoadBalancerNodePorts and node ports', () => {
    const alloc = new FakeAllocator();
    const live = create(BASE_WEB.replace('spec:', 'spec:\n  type: LoadBalancer'), alloc);
    live.status.loadBalancer.ingress = [{ ip: '192.168.0.180', ipMode: 'VIP' }];
    const r = update(live, (s) => (s.type = 'ClusterIP'), alloc);
    expect(r.ok && r.service.status).toEqual({ loadBalancer: {} });
    expect(r.ok && r.service.spec.allocateLoadBalancerNodePorts).toBe(undefined);
    expect([...alloc.usedPorts]).toEqual([]);
  });

  it('healthCheckNodePort is immutable while needed; loadBalancerClass may not change', () => {
    const alloc = new FakeAllocator();
    const live = create(
      BASE_WEB.replace(
        'spec:',
        'spec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local\n  loadBalancerClass: example.com/a',
      ),
      alloc,
    );
    expect(fail(update(live, (s) => (s.healthCheckNodePort = 30500), alloc))).toBe(
      'The Service "web" is invalid: spec.healthCheckNodePort: Forbidden: field is immutable',
    );
    expect(fail(update(live, (s) => (s.loadBalancerClass = 'example.com/b'), alloc))).toBe(
      'The Service "web" is invalid: spec.loadBalancerClass: Invalid value: "example.com/b": may not change once set',
    );
  });

  it('LB+Local → Cluster releases the health-check node port', () => {
    const alloc = new FakeAllocator();
    const live = create(
      BASE_WEB.replace('spec:', 'spec:\n  type: LoadBalancer\n  externalTrafficPolicy: Local'),
      alloc,
    );
    expect([...alloc.usedPorts]).toEqual([30086, 30087]);
    const r = update(live, (s) => (s.externalTrafficPolicy = 'Cluster'), alloc);
    expect(r.ok && r.service.spec.healthCheckNodePort).toBe(undefined);
    expect([...alloc.usedPorts]).toEqual([30086]);
  });
});
