/**
 * Conformance §8.2 — defaults and allocation results (C23–C27), read back with
 * `kubectl get svc NAME -o yaml` (keys sorted as kubectl's JSON→YAML conversion sorts them).
 */

import { describe, expect, it } from 'vitest';
import {
  BASE_SPEC,
  clusterIPOf,
  healthCheckNodePortOf,
  nodePortOf,
  ok,
  referenceCluster,
  service,
  simCluster,
  svcYaml,
  type Sim,
} from './kit.ts';

/** `kubectl get svc NAME -o yaml` from `spec:` on (metadata carries a uid and resourceVersion). */
function specAndStatus(c: Sim, name: string): string {
  const r = c.run(`kubectl get svc ${name} -o yaml`);
  expect(r.exitCode).toBe(0);
  return r.stdout.slice(r.stdout.indexOf('\nspec:\n') + 1);
}

const inDynamicNodePortBand = (p: number) => p >= 30086 && p <= 32767;

describe('C23 defaults for NodePort and LoadBalancer (no load-balancer implementation)', () => {
  const c = referenceCluster({ loadBalancer: null });

  it('NodePort: externalTrafficPolicy Cluster and a nodePort from the dynamic band', () => {
    expect(c.apply(svcYaml('web-np', `  type: NodePort\n${BASE_SPEC}`)).errors).toEqual([]);
    const ip = clusterIPOf(c, 'web-np');
    const np = nodePortOf(c, 'web-np');
    expect(inDynamicNodePortBand(np)).toBe(true);
    expect(specAndStatus(c, 'web-np')).toBe(`spec:
  clusterIP: ${ip}
  clusterIPs:
  - ${ip}
  externalTrafficPolicy: Cluster
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - nodePort: ${np}
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: NodePort
status:
  loadBalancer: {}
`);
  });

  it('LoadBalancer: allocateLoadBalancerNodePorts, a nodePort, and an empty status (<pending>)', () => {
    expect(c.apply(svcYaml('web-lb', `  type: LoadBalancer\n${BASE_SPEC}`)).errors).toEqual([]);
    const ip = clusterIPOf(c, 'web-lb');
    const np = nodePortOf(c, 'web-lb');
    expect(inDynamicNodePortBand(np)).toBe(true);
    expect(specAndStatus(c, 'web-lb')).toBe(`spec:
  allocateLoadBalancerNodePorts: true
  clusterIP: ${ip}
  clusterIPs:
  - ${ip}
  externalTrafficPolicy: Cluster
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  ipFamilyPolicy: SingleStack
  ports:
  - nodePort: ${np}
    port: 80
    protocol: TCP
    targetPort: 8080
  selector:
    app: web
  sessionAffinity: None
  type: LoadBalancer
status:
  loadBalancer: {}
`);
  });

  it('LoadBalancer + Local also gets a healthCheckNodePort from the node-port range', () => {
    const yaml = svcYaml(
      'web-local',
      `  type: LoadBalancer\n  externalTrafficPolicy: Local\n${BASE_SPEC}`,
    );
    expect(c.apply(yaml).errors).toEqual([]);
    const hc = healthCheckNodePortOf(c, 'web-local');
    expect(inDynamicNodePortBand(hc)).toBe(true);
    expect(hc).not.toBe(nodePortOf(c, 'web-local'));
  });
});

describe('C25 headless Service without a selector on a single-stack cluster', () => {
  const c = referenceCluster();

  it('gets RequireDualStack and both families', () => {
    const yaml = svcYaml('hl', `  clusterIP: None\n  ports:\n  - port: 80\n`);
    expect(c.run('kubectl apply -f hl.yaml', { files: { 'hl.yaml': yaml } })).toEqual(
      ok('service/hl created\n'),
    );
    expect(specAndStatus(c, 'hl')).toBe(`spec:
  clusterIP: None
  clusterIPs:
  - None
  internalTrafficPolicy: Cluster
  ipFamilies:
  - IPv4
  - IPv6
  ipFamilyPolicy: RequireDualStack
  ports:
  - port: 80
    protocol: TCP
    targetPort: 80
  sessionAffinity: None
  type: ClusterIP
status:
  loadBalancer: {}
`);
  });

  it('with a selector: SingleStack, IPv4 only', () => {
    const yaml = svcYaml(
      'hl2',
      `  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n`,
    );
    expect(c.apply(yaml).errors).toEqual([]);
    expect(
      c.run("kubectl get svc hl2 -o jsonpath='{.spec.ipFamilyPolicy} {.spec.ipFamilies}'"),
    ).toEqual(ok('SingleStack ["IPv4"]'));
  });
});

describe('C27 static and dynamic bands', () => {
  const nodePortSpec = `  type: NodePort\n  ports:\n  - port: 80\n`;
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => svcYaml(`s${i}`, nodePortSpec)).join('---\n');

  it('default ranges: automatic values come from 30086-32767 and 10.96.1.1-10.111.255.254', () => {
    const c = simCluster({ manifests: '' });
    expect(c.apply(many(40)).errors).toEqual([]);
    const allocated = c.state().services.filter((s) => /^s\d+$/.test(s.metadata.name));
    expect(allocated).toHaveLength(40);
    for (const s of allocated) {
      expect(inDynamicNodePortBand(s.spec.ports?.[0]?.nodePort ?? 0)).toBe(true);
      const [a, b, x] = (s.spec.clusterIP ?? '').split('.').map(Number) as [number, number, number];
      expect(a).toBe(10);
      expect(b >= 96 && b <= 111).toBe(true);
      expect(b > 96 || x >= 1).toBe(true); // above 10.96.1.0, the end of the static band
    }
    // Values in the static bands can be requested explicitly.
    const fixed = svcYaml(
      'fixed',
      `  type: NodePort\n  clusterIP: 10.96.0.20\n  ports:\n  - port: 80\n    nodePort: 30000\n`,
    );
    expect(c.apply(fixed).errors).toEqual([]);
    expect(service(c, 'fixed').spec.ports?.[0]?.nodePort).toBe(30000);
  });

  it('the static band is used only once the dynamic band is full', () => {
    // 30000-30031: offset min(max(16, 32/32), 128) = 16 → static 30000-30015, dynamic 30016-30031.
    // 10.96.0.0/27: offset min(max(16, 32/16), 256) = 16 → static .1-.16, dynamic .17-.30.
    const c = simCluster({
      manifests: '',
      serviceCIDR: '10.96.0.0/27',
      nodePortRange: '30000-30031',
    });
    expect(c.apply(many(17)).errors).toEqual([]);
    const byName = (i: number) => service(c, `s${i}`);
    const ports = Array.from({ length: 17 }, (_, i) => byName(i).spec.ports?.[0]?.nodePort ?? 0);
    const last = Number(byName(16).spec.clusterIP?.split('.')[3]);
    const ips = Array.from({ length: 14 }, (_, i) =>
      Number(byName(i).spec.clusterIP?.split('.')[3]),
    );
    expect(ports.slice(0, 16).sort()).toEqual(Array.from({ length: 16 }, (_, i) => 30016 + i));
    expect(ports[16]).toBeLessThan(30016);
    expect(ips.sort((a, b) => a - b)).toEqual(Array.from({ length: 14 }, (_, i) => 17 + i));
    expect(Number(byName(14).spec.clusterIP?.split('.')[3])).toBeLessThan(17);
    expect(last).toBeLessThan(17);
  });
});
