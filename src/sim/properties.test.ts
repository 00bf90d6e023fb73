import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesMap } from './model/labels.ts';
import type { SimState } from './model/state.ts';
import { cidrContains, parseCidr, parseIPv4 } from './net/ip.ts';
import { initialState } from './cluster.ts';
import { step, type SimAction } from './reducer.ts';
import { T0 } from './testing/article.ts';

const APPS = ['my-app', 'web', 'nope'];
const TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'];

const serviceYaml = fc
  .record({
    name: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    type: fc.constantFrom(...TYPES),
    app: fc.constantFrom(...APPS),
    port: fc.constantFrom(80, 443, 8080, 53),
    protocol: fc.constantFrom('TCP', 'UDP'),
    target: fc.oneof(fc.constantFrom(80, 8080, 9999), fc.constantFrom('http', 'http-alt', 'nope')),
    nodePort: fc.option(
      fc.oneof(fc.integer({ min: 30000, max: 30010 }), fc.constantFrom(29999, 40000)),
      { nil: undefined },
    ),
    clusterIP: fc.option(fc.constantFrom('None', '10.96.0.50', '10.10.10.10', '10.96.0.10'), {
      nil: undefined,
    }),
    policy: fc.option(fc.constantFrom('Cluster', 'Local'), { nil: undefined }),
    affinity: fc.boolean(),
    second: fc.boolean(),
  })
  .map((s) => {
    const lines = [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      `  name: ${s.name}`,
      'spec:',
      `  type: ${s.type}`,
    ];
    if (s.type === 'ExternalName') lines.push('  externalName: google.com');
    else lines.push('  selector:', `    app: ${s.app}`);
    if (s.clusterIP) lines.push(`  clusterIP: ${s.clusterIP}`);
    if (s.policy) lines.push(`  externalTrafficPolicy: ${s.policy}`);
    if (s.affinity) lines.push('  sessionAffinity: ClientIP');
    lines.push(
      '  ports:',
      `  - name: p1`,
      `    port: ${s.port}`,
      `    protocol: ${s.protocol}`,
      `    targetPort: ${s.target}`,
    );
    // Not on ExternalName: the real API server accepts an (unallocated) nodePort there and, if the
    // Service later becomes a NodePort, keeps it without allocating (alloc.go updateNodePorts reads the
    // old spec's ports whatever its type) — a real quirk the simulator copies, outside this invariant.
    if (s.nodePort !== undefined && s.type !== 'ExternalName')
      lines.push(`    nodePort: ${s.nodePort}`);
    if (s.second) lines.push('  - name: p2', '    port: 9000');
    return `${lines.join('\n')}\n`;
  });

const deploymentYaml = fc
  .record({ app: fc.constantFrom('web', 'my-app'), replicas: fc.integer({ min: 0, max: 4 }) })
  .map(
    (d) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${d.app}\nspec:\n  replicas: ${d.replicas}\n  selector:\n    matchLabels:\n      app: ${d.app}\n  template:\n    metadata:\n      labels:\n        app: ${d.app}\n    spec:\n      containers:\n      - name: c\n        image: nginx:1.27\n        ports:\n        - name: http\n          containerPort: 80\n`,
  );

type Op = (s: SimState) => SimAction;
const at = T0 + 1000;
const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

const op: fc.Arbitrary<Op> = fc.oneof(
  serviceYaml.map((text): Op => () => ({ type: 'manifests/applied', text, at })),
  deploymentYaml.map((text): Op => () => ({ type: 'manifests/applied', text, at })),
  fc.string({ maxLength: 200 }).map((text): Op => () => ({ type: 'manifests/applied', text, at })),
  fc
    .constantFrom('a', 'b', 'c', 'web')
    .map((name): Op => () => ({ type: 'object/deleted', kind: 'svc', name, at })),
  fc
    .integer({ min: -1, max: 5 })
    .map((replicas): Op => () => ({ type: 'deployment/scaled', name: 'my-app', replicas, at })),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, ready]): Op => (s) => ({
    type: 'pod/readinessChanged',
    name:
      pick(
        Object.values(s.pods)
          .filter((p) => p.metadata.namespace === 'default')
          .map((p) => p.metadata.name),
        i,
      ) ?? 'x',
    ready,
    at,
  })),
  fc.nat().map((i): Op => (s) => ({
    type: 'object/deleted',
    kind: 'pod',
    name:
      pick(
        Object.values(s.pods)
          .filter((p) => p.metadata.namespace === 'default')
          .map((p) => p.metadata.name),
        i,
      ) ?? 'x',
    at,
  })),
  fc
    .tuple(
      fc.constantFrom('client', 'node/node1', 'node/node3', 'node/control-plane', 'pod/netshoot'),
      fc.nat(),
      fc.constantFrom('TCP', 'UDP') as fc.Arbitrary<'TCP' | 'UDP'>,
    )
    .map(([from, i, protocol]): Op => (s) => {
      const svcs = Object.values(s.services);
      const targets = [
        ...svcs.flatMap((x) =>
          x.spec.clusterIP && x.spec.clusterIP !== 'None'
            ? (x.spec.ports ?? []).map((p) => `${x.spec.clusterIP}:${p.port}`)
            : [],
        ),
        ...svcs.flatMap((x) =>
          (x.spec.ports ?? []).flatMap((p) =>
            p.nodePort ? [`192.168.0.13:${p.nodePort}`, `node1:${p.nodePort}`] : [],
          ),
        ),
        ...svcs.flatMap((x) => (x.status.loadBalancer.ingress ?? []).map((g) => `${g.ip}:80`)),
        ...svcs.map((x) => `${x.metadata.name}.${x.metadata.namespace}.svc.cluster.local:80`),
        'google.com:80',
        'nope:80',
      ];
      return {
        type: 'request/sent',
        request: { from, to: pick(targets, i) ?? 'x:1', protocol },
        at,
      };
    }),
);

function checkInvariants(s: SimState): void {
  const cidr = parseCidr(s.config.serviceCIDR);
  const ips = new Set<string>();
  const ports = new Map<number, string>();
  for (const svc of Object.values(s.services)) {
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    for (const ip of svc.spec.clusterIPs ?? []) {
      if (ip === 'None') continue;
      expect(ips.has(ip), `duplicate ClusterIP ${ip}`).toBe(false);
      ips.add(ip);
      expect(
        cidr && cidrContains(cidr, parseIPv4(ip) ?? -1),
        `${ip} outside ${s.config.serviceCIDR}`,
      ).toBe(true);
    }
    for (const np of [
      ...(svc.spec.ports ?? []).map((p) => p.nodePort),
      svc.spec.healthCheckNodePort,
    ]) {
      if (!np) continue;
      const { base, size } = s.config.nodePortRange;
      expect(np >= base && np < base + size, `nodePort ${np} out of range`).toBe(true);
      const owner = ports.get(np);
      expect(
        owner === undefined || owner === key,
        `nodePort ${np} held by ${owner} and ${key}`,
      ).toBe(true);
      ports.set(np, key);
    }
    if (!svc.spec.selector || svc.spec.type === 'ExternalName') continue;
    const want = Object.values(s.pods)
      .filter(
        (p) =>
          p.metadata.namespace === svc.metadata.namespace &&
          matchesMap(svc.spec.selector, p.metadata.labels),
      )
      .filter(
        (p) =>
          p.status.podIP &&
          p.status.conditions.some((c) => c.type === 'Ready' && c.status === 'True'),
      )
      .map((p) => p.status.podIP as string)
      .sort();
    const got = Object.values(s.endpointSlices)
      .filter(
        (sl) =>
          sl.metadata.namespace === svc.metadata.namespace &&
          sl.metadata.labels?.['kubernetes.io/service-name'] === svc.metadata.name,
      )
      .flatMap((sl) =>
        sl.endpoints.filter((e) => e.conditions.ready).map((e) => e.addresses[0] as string),
      )
      .sort();
    // A pod lacking a named targetPort is left out of that port's slice; every ready match is somewhere.
    const named = (svc.spec.ports ?? []).every((p) => typeof p.targetPort === 'string');
    if (named) expect(got.every((ip) => want.includes(ip))).toBe(true);
    else expect([...new Set(got)]).toEqual(want);
  }
}

/**
 * CI runs a fixed seed so a red run is reproducible; `FC_SEED=random FC_RUNS=5000 npx vitest run
 * src/sim/properties.test.ts` explores new sequences (6,000 random runs passed when this was written).
 */
const SEED =
  process.env.FC_SEED === 'random' ? {} : { seed: Number(process.env.FC_SEED ?? 20261127) };

describe('properties', () => {
  const start = initialState({ seed: 3, now: () => T0 });

  it('no sequence of actions throws, and the invariants always hold', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        let s = start;
        for (const o of ops) {
          const r = step(s, o(s));
          s = r.state;
          if (r.result && typeof r.result === 'object' && 'hops' in r.result) {
            expect(['delivered', 'refused', 'timeout', 'nxdomain']).toContain(r.result.outcome);
            if (!r.result.error) expect(r.result.hops.length).toBeGreaterThan(0);
            const last = r.result.hops.at(-1)?.action;
            if (r.result.outcome === 'delivered') expect(last).toBe('reply');
            if (r.result.outcome === 'timeout' && !r.result.error)
              expect(['drop', 'dns']).toContain(last);
            if (r.result.outcome === 'refused') expect(last).toBe('reject');
          }
          checkInvariants(s);
        }
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150), ...SEED },
    );
  });

  it('the same seed and actions give the same state', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 10 }), (ops) => {
        const run = () => ops.reduce((s, o) => step(s, o(s)).state, start);
        expect(JSON.stringify(run())).toBe(JSON.stringify(run()));
      }),
      { numRuns: 25, ...SEED },
    );
  });
});
