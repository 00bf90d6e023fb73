import { describe, expect, it } from 'vitest';
import { NODEPORT_SERVICE } from '../testing/article.ts';
import { service, testCluster } from '../testing/cluster.ts';

const web = (spec: string, name = 'web') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec}`;
const BASE = '  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: 8080\n';

describe('kubectl apply semantics', () => {
  it('reports created, then unchanged, then configured', () => {
    const c = testCluster();
    expect(c.apply(web(BASE)).objects.map((o) => o.action)).toEqual(['created']);
    expect(c.apply(web(BASE)).objects.map((o) => o.action)).toEqual(['unchanged']);
    expect(c.apply(web(BASE.replace('8080', '80'))).objects.map((o) => o.action)).toEqual([
      'configured',
    ]);
    expect(service(c, 'web').spec.ports?.[0]?.targetPort).toBe(80);
  });

  it('keeps the allocated clusterIP and nodePort when the manifest is re-applied', () => {
    const c = testCluster();
    c.apply(web(`  type: NodePort\n${BASE}`));
    const before = service(c, 'web');
    c.apply(web(`  type: NodePort\n${BASE}`).replace('app: my-app', 'app: my-app\n    tier: web'));
    const after = service(c, 'web');
    expect([after.spec.clusterIP, after.spec.ports?.[0]?.nodePort]).toEqual([
      before.spec.clusterIP,
      before.spec.ports?.[0]?.nodePort,
    ]);
  });

  it('NodePort → ClusterIP releases the node port (C41)', () => {
    const c = testCluster();
    c.apply(NODEPORT_SERVICE);
    const r = c.apply(
      NODEPORT_SERVICE.replace('type: NodePort #1', 'type: ClusterIP').replace(
        '      nodePort: 30001 #3\n',
        '',
      ),
    );
    expect(r).toEqual({
      objects: [expect.objectContaining({ name: 'nodeport-service', action: 'configured' })],
      errors: [],
    });
    expect(service(c, 'nodeport-service').spec.ports).toEqual([
      { port: 80, protocol: 'TCP', targetPort: 8080 },
    ]);
    // 30001 is free again
    expect(
      c.apply(web('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30001\n', 'other'))
        .errors,
    ).toEqual([]);
  });

  it('refuses to change a clusterIP (C05) and changes nothing', () => {
    const c = testCluster();
    c.apply(web(BASE));
    const ip = service(c, 'web').spec.clusterIP;
    const r = c.apply(web(`  clusterIP: 10.96.100.100\n${BASE}`));
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      [
        'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"10.96.100.100"}: may not change once set',
        6,
      ],
    ]);
    expect(service(c, 'web').spec.clusterIP).toBe(ip);
  });

  it('rejects a node port another Service holds, with the allocator message', () => {
    const c = testCluster();
    c.apply(NODEPORT_SERVICE);
    const r = c.apply(web('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 30001\n'));
    expect(r.errors[0]?.message).toBe(
      'The Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 30001: provided port is already allocated',
    );
    expect(r.errors[0]?.line).toBe(9);
  });

  it('never hands the same address to two Services of one apply', () => {
    const c = testCluster();
    const docs = Array.from({ length: 30 }, (_, i) =>
      web('  type: NodePort\n  ports:\n  - port: 80\n', `s${i}`),
    ).join('---\n');
    expect(c.apply(docs).errors).toEqual([]);
    const svcs = c.state().services;
    expect(new Set(svcs.map((s) => s.spec.clusterIP)).size).toBe(svcs.length);
  });

  it('applies the valid documents and reports the invalid one (kubectl continues)', () => {
    const c = testCluster();
    const r = c.apply(
      [
        web(BASE, 'a'),
        web('  type: NodePort\n  ports:\n  - port: 80\n    nodePort: 40000\n', 'b'),
        web(BASE, 'c'),
      ].join('---\n'),
    );
    expect(r.objects.map((o) => `${o.name} ${o.action}`)).toEqual(['a created', 'c created']);
    expect(r.errors).toEqual([
      {
        kind: 'Service',
        name: 'b',
        namespace: 'default',
        line: 20,
        message:
          'The Service "b" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
        causes: [
          {
            field: 'spec.ports[0].nodePort',
            line: 20,
            message:
              'provided port is not in the valid range. The range of valid ports is 30000-32767',
          },
        ],
      },
    ]);
  });

  it('stops at a YAML syntax error: earlier documents apply, later ones are not read', () => {
    const c = testCluster();
    const r = c.apply(
      `${web(BASE, 'a')}---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n  bad: [\n---\n${web(BASE, 'c')}`,
    );
    expect(r.objects.map((o) => o.name)).toEqual(['a']);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.message).toMatch(
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+: /,
    );
    expect(c.state().services.some((s) => s.metadata.name === 'c')).toBe(false);
  });

  it('names the file in messages and fails create on existing objects (C39)', () => {
    const c = testCluster();
    c.apply(web(BASE), { source: 'web.yaml' });
    expect(c.apply(web(BASE), { source: 'web.yaml', mode: 'create' }).errors[0]?.message).toBe(
      'Error from server (AlreadyExists): error when creating "web.yaml": services "web" already exists',
    );
  });

  it('needs the namespace to exist, and accepts it when created first in the same stream', () => {
    const c = testCluster();
    const inDev = web(BASE).replace('  name: web', '  name: web\n  namespace: dev');
    expect(c.apply(inDev).errors[0]?.message).toBe(
      'Error from server (NotFound): error when creating "STDIN": namespaces "dev" not found',
    );
    const r = c.apply(`apiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n---\n${inDev}`);
    expect(r.objects.map((o) => `${o.kind}/${o.name} ${o.action}`)).toEqual([
      'Namespace/dev created',
      'Service/web created',
    ]);
  });

  it('records the last-applied configuration the way kubectl does', () => {
    const c = testCluster();
    c.apply(web(BASE));
    expect(
      service(c, 'web').metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'],
    ).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"my-app"}}}\n',
    );
  });

  it('reports an unknown field with the strict-decoding message, on its line', () => {
    const c = testCluster();
    const r = c.apply(web(`${BASE}  bogus: 1\n`));
    expect(r.errors.map((e) => [e.message, e.line])).toEqual([
      [
        'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: strict decoding error: unknown field "spec.bogus"',
        11,
      ],
    ]);
  });

  it('says so when there is nothing to apply', () => {
    expect(testCluster().apply('# just a comment\n---\n').errors).toEqual([
      { message: 'error: no objects passed to apply' },
    ]);
  });
});
