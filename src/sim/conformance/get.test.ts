/**
 * Conformance §8.3 — `kubectl get` (C29–C41).
 *
 * C29 and C35 are reproduced literally: the reference cluster, the reference's ClusterIPs and
 * nodePorts requested in the manifests, the clock moved so AGE reads `5d`/`3m`. Only the
 * EndpointSlice suffixes (random, 5 characters) are read back. A second C29 uses the playground
 * cluster with every value allocated at random and read back.
 */

import { describe, expect, it } from 'vitest';
import {
  BASE_SPEC,
  DAY,
  MINUTE,
  clusterIPOf,
  fail,
  lines,
  nodePortOf,
  ok,
  pinnedPod,
  playgroundCluster,
  referenceCluster,
  sliceNameOf,
  svcYaml,
  table,
} from './kit.ts';

const EP_WARNING =
  'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';

/** The Services of the §8.3 listings, with the reference's addresses requested explicitly. */
const REFERENCE_SERVICES = [
  svcYaml('db-ext', `  type: ExternalName\n  externalName: my.database.example.com\n`),
  svcYaml(
    'multi',
    `  clusterIP: 10.110.20.30
  selector:
    app: multi
  ports:
  - name: http
    port: 80
  - name: https
    port: 443
`,
  ),
  svcYaml('web', `  clusterIP: 10.96.45.12\n${BASE_SPEC}`),
  svcYaml(
    'web-headless',
    `  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 8080\n`,
  ),
  svcYaml(
    'web-lb',
    `  type: LoadBalancer\n  clusterIP: 10.108.12.34\n${BASE_SPEC}    nodePort: 31234\n`,
  ),
  svcYaml(
    'web-np',
    `  type: NodePort\n  clusterIP: 10.103.7.201\n${BASE_SPEC}    nodePort: 30080\n`,
  ),
].join('---\n');

describe('C29/C35 the reference listings, literally', () => {
  // No load-balancer implementation, as in C29 (web-lb stays <pending>).
  const c = referenceCluster({ loadBalancer: null, ageBeforeWeb: 5 * DAY - 3 * MINUTE });
  expect(c.apply(REFERENCE_SERVICES).errors).toEqual([]);
  c.tick(3 * MINUTE);

  it('C29 kubectl get svc -o wide adds SELECTOR', () => {
    expect(c.run('kubectl get svc -o wide')).toEqual(
      ok(
        lines(
          'NAME           TYPE           CLUSTER-IP     EXTERNAL-IP               PORT(S)          AGE   SELECTOR',
          'db-ext         ExternalName   <none>         my.database.example.com   <none>           3m    <none>',
          'kubernetes     ClusterIP      10.96.0.1      <none>                    443/TCP          5d    <none>',
          'multi          ClusterIP      10.110.20.30   <none>                    80/TCP,443/TCP   3m    app=multi',
          'web            ClusterIP      10.96.45.12    <none>                    80/TCP           3m    app=web',
          'web-headless   ClusterIP      None           <none>                    8080/TCP         3m    app=web',
          'web-lb         LoadBalancer   10.108.12.34   <pending>                 80:31234/TCP     3m    app=web',
          'web-np         NodePort       10.103.7.201   <none>                    80:30080/TCP     3m    app=web',
        ),
      ),
    );
  });

  it('C35 kubectl get endpointslices: target ports, a placeholder for multi, no slice for db-ext', () => {
    const n = (svc: string) => sliceNameOf(c, svc);
    // Rows come sorted by name, so the random suffixes decide where `web-…` lands.
    const rows = [
      `${n('multi')}          IPv4          <unset>   <unset>                 3m`,
      `${n('web-headless')}   IPv4          8080      10.244.1.5,10.244.2.7   3m`,
      `${n('web-lb')}         IPv4          8080      10.244.1.5,10.244.2.7   3m`,
      `${n('web-np')}         IPv4          8080      10.244.1.5,10.244.2.7   3m`,
      `${n('web')}            IPv4          8080      10.244.1.5,10.244.2.7   3m`,
    ].sort();
    expect(c.run('kubectl get endpointslices')).toEqual(
      ok(
        lines(
          'NAME                 ADDRESSTYPE   PORTS     ENDPOINTS               AGE',
          'kubernetes           IPv4          6443      192.168.0.10            5d',
          ...rows,
        ),
      ),
    );
    for (const svc of ['multi', 'web-headless', 'web-lb', 'web-np', 'web'])
      expect(n(svc)).toMatch(new RegExp(`^${svc}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
  });
});

describe('C29 on the playground cluster, allocated values read back', () => {
  const c = playgroundCluster();
  c.tick(10 * MINUTE);
  const yaml = [
    svcYaml('db-ext', `  type: ExternalName\n  externalName: my.database.example.com\n`),
    svcYaml(
      'my-app',
      `  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: 8080\n`,
    ),
    svcYaml(
      'my-app-np',
      `  type: NodePort\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n`,
    ),
    svcYaml(
      'my-app-lb',
      `  type: LoadBalancer\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n`,
    ),
  ].join('---\n');
  expect(c.apply(yaml).errors).toEqual([]);
  c.tick(75_000);

  it('kubectl get svc -o wide', () => {
    const ip = (n: string) => clusterIPOf(c, n);
    expect(c.run('kubectl get svc -o wide')).toEqual(
      ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR'],
          [
            'db-ext',
            'ExternalName',
            '<none>',
            'my.database.example.com',
            '<none>',
            '75s',
            '<none>',
          ],
          ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '11m', '<none>'],
          ['my-app', 'ClusterIP', ip('my-app'), '<none>', '80/TCP', '75s', 'app=my-app'],
          [
            'my-app-lb',
            'LoadBalancer',
            ip('my-app-lb'),
            '192.168.0.180',
            `80:${nodePortOf(c, 'my-app-lb')}/TCP`,
            '75s',
            'app=my-app',
          ],
          [
            'my-app-np',
            'NodePort',
            ip('my-app-np'),
            '<none>',
            `80:${nodePortOf(c, 'my-app-np')}/TCP`,
            '75s',
            'app=my-app',
          ],
        ]),
      ),
    );
  });
});

describe('C31 EXTERNAL-IP of a LoadBalancer', () => {
  // Needs a status written by someone other than MetalLB: two ingress IPs, or a hostname,
  // written through the status subresource (`kubectl patch --subresource=status`).
  it('two ingress IPs are sorted and cut to 13 chars + "..."; a hostname likewise', () => {
    const c = referenceCluster();
    const lb = (name: string) =>
      svcYaml(
        name,
        `  type: LoadBalancer\n  loadBalancerClass: example.com/external\n${BASE_SPEC}`,
      );
    expect(c.apply(`${lb('web-lb2')}---\n${lb('web-lb3')}`).errors).toEqual([]);
    const patch = (name: string, ingress: string) =>
      c.run(
        `kubectl patch svc ${name} --subresource=status --type=merge -p '{"status":{"loadBalancer":{"ingress":${ingress}}}}'`,
      );
    expect(patch('web-lb2', '[{"ip":"192.168.0.181"},{"ip":"192.168.0.180"}]')).toEqual(
      ok('service/web-lb2 patched\n'),
    );
    expect(
      patch('web-lb3', '[{"hostname":"a1b2c3d4e5f6g7h8-1234567890.elb.example.com"}]'),
    ).toEqual(ok('service/web-lb3 patched\n'));
    c.tick(302_000);
    const [ip2, ip3] = [clusterIPOf(c, 'web-lb2'), clusterIPOf(c, 'web-lb3')];
    const [np2, np3] = [nodePortOf(c, 'web-lb2'), nodePortOf(c, 'web-lb3')];
    expect(c.run('kubectl get svc web-lb2 web-lb3')).toEqual(
      ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
          ['web-lb2', 'LoadBalancer', ip2, '192.168.0.180...', `80:${np2}/TCP`, '5m2s'],
          ['web-lb3', 'LoadBalancer', ip3, 'a1b2c3d4e5f6g...', `80:${np3}/TCP`, '5m2s'],
        ]),
      ),
    );
    expect(c.run('kubectl get svc web-lb2 -o wide')).toEqual(
      ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE', 'SELECTOR'],
          [
            'web-lb2',
            'LoadBalancer',
            ip2,
            '192.168.0.180,192.168.0.181',
            `80:${np2}/TCP`,
            '5m2s',
            'app=web',
          ],
        ]),
      ),
    );
  });

  // Without --subresource the API server's PrepareForUpdate keeps the old status, the object is
  // unchanged and etcd is not written, so kubectl reports "(no change)".
  it('a status patch on the main resource is a no-op', () => {
    const c = referenceCluster();
    expect(c.apply(svcYaml('web', BASE_SPEC)).errors).toEqual([]);
    const rv = () => c.run("kubectl get svc web -o jsonpath='{.metadata.resourceVersion}'").stdout;
    const before = rv();
    expect(
      c.run(
        `kubectl patch svc web --type=merge -p '{"status":{"loadBalancer":{"ingress":[{"ip":"192.168.0.181"}]}}}'`,
      ),
    ).toEqual(ok('service/web patched (no change)\n'));
    expect(rv()).toBe(before);
  });

  it('spec.externalIPs are appended after the (MetalLB) ingress address, untruncated', () => {
    const c = referenceCluster();
    const yaml = svcYaml(
      'web-lb2',
      `  type: LoadBalancer\n  externalIPs:\n  - 192.168.0.200\n${BASE_SPEC}`,
    );
    expect(c.apply(yaml).errors).toEqual([]);
    expect(c.run('kubectl get svc web-lb2')).toEqual(
      ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
          [
            'web-lb2',
            'LoadBalancer',
            clusterIPOf(c, 'web-lb2'),
            '192.168.0.180,192.168.0.200',
            `80:${nodePortOf(c, 'web-lb2')}/TCP`,
            '0s',
          ],
        ]),
      ),
    );
  });
});

describe('C33 AGE column (duration.HumanDuration)', () => {
  it('prints each elapsed time the reference lists', () => {
    const c = referenceCluster();
    expect(c.apply(svcYaml('web', BASE_SPEC)).errors).toEqual([]);
    const h = 3600;
    const d = 24 * h;
    const y = 365 * d;
    const elapsed = [0, 17, 59, 119, 120, 302, 599, 600, 10799, 10800, 11100, 28799, 28800].concat([
      47 * h + 59 * 60 + 59,
      48 * h,
      53 * h,
      8 * d,
      2 * y,
      2 * y + 80 * d,
      9 * y,
    ]);
    const seen: string[] = [];
    let at = 0;
    for (const s of elapsed) {
      c.tick((s - at) * 1000);
      at = s;
      const r = c.run('kubectl get svc web --no-headers');
      seen.push(r.stdout.trim().split(/\s+/).at(-1) ?? '');
    }
    expect(seen.join(' ')).toBe(
      '0s 17s 59s 119s 2m 5m2s 9m59s 10m 179m 3h 3h5m 7h59m 8h 47h 2d 2d5h 8d 2y 2y80d 9y',
    );
  });
});

describe('C37 more than three endpoints', () => {
  it('kubectl get endpoints / endpointslices: three entries then "+ N more..."', () => {
    const c = referenceCluster();
    const extra = [
      pinnedPod('big-1', 'worker1', { app: 'web' }),
      pinnedPod('big-2', 'worker2', { app: 'web' }),
      pinnedPod('big-3', 'worker2', { app: 'web' }),
    ];
    expect(c.apply(extra.join('---\n')).errors).toEqual([]);
    expect(c.apply(svcYaml('big', BASE_SPEC)).errors).toEqual([]);
    c.tick(2 * MINUTE);
    expect(c.run('kubectl get endpoints big')).toEqual({
      stdout: lines(
        'NAME   ENDPOINTS                                                     AGE',
        'big    10.244.1.5:8080,10.244.1.6:8080,10.244.2.7:8080 + 2 more...   2m',
      ),
      stderr: EP_WARNING,
      exitCode: 0,
    });
    const slice = c.state().endpointSlices.find((s) => s.metadata.name === sliceNameOf(c, 'big'));
    const first3 = (slice?.endpoints ?? []).slice(0, 3).map((e) => e.addresses[0]);
    expect(c.run(`kubectl get endpointslices ${sliceNameOf(c, 'big')}`)).toEqual(
      ok(
        table([
          ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
          [sliceNameOf(c, 'big'), 'IPv4', '8080', `${first3.join(',')} + 2 more...`, '2m'],
        ]),
      ),
    );
  });
});

describe('C39 NotFound, AlreadyExists, an empty namespace', () => {
  const c = referenceCluster();
  const files = { 'web.yaml': svcYaml('web', BASE_SPEC) };
  expect(c.run('kubectl apply -f web.yaml', { files })).toEqual(ok('service/web created\n'));

  it.each([
    ['kubectl get svc nope', 'Error from server (NotFound): services "nope" not found'],
    ['kubectl describe svc nope', 'Error from server (NotFound): services "nope" not found'],
    [
      'kubectl create -f web.yaml',
      'Error from server (AlreadyExists): error when creating "web.yaml": services "web" already exists',
    ],
  ])('%s', (cmd, stderr) => {
    expect(c.run(cmd, { files })).toEqual(fail(stderr));
  });

  it('kubectl get svc -n empty-ns: stderr, exit status 0', () => {
    expect(c.run('kubectl get svc -n empty-ns')).toEqual({
      stdout: '',
      stderr: 'No resources found in empty-ns namespace.\n',
      exitCode: 0,
    });
  });
});

describe('C39 kubectl create of a name that exists, with a spec the server refuses', () => {
  // The API server's Store.Create runs BeginCreate (allocation) and validation first and meets the
  // existing key only when writing to etcd, so the allocation/validation error wins — e.g. the
  // article's nodeport-service.yaml (nodePort: 30001) created twice.
  it('the allocation error is reported, not AlreadyExists', () => {
    const c = referenceCluster();
    const np = svcYaml('web-np', `  type: NodePort\n${BASE_SPEC}    nodePort: 30001\n`);
    const files = { 'web-np.yaml': np };
    expect(c.run('kubectl create -f web-np.yaml', { files })).toEqual(
      ok('service/web-np created\n'),
    );
    expect(c.run('kubectl create -f web-np.yaml', { files })).toEqual(
      fail(
        'The Service "web-np" is invalid: spec.ports[0].nodePort: Invalid value: 30001: provided port is already allocated',
      ),
    );
  });
});

describe('C41 NodePort → ClusterIP with apply', () => {
  it('is configured, drops the nodePort and releases it', () => {
    const c = referenceCluster();
    const np = svcYaml('web-np', `  type: NodePort\n${BASE_SPEC}    nodePort: 30080\n`);
    const cip = svcYaml('web-np', BASE_SPEC);
    expect(c.run('kubectl apply -f web-np.yaml', { files: { 'web-np.yaml': np } })).toEqual(
      ok('service/web-np created\n'),
    );
    expect(c.run('kubectl apply -f web-np.yaml', { files: { 'web-np.yaml': cip } })).toEqual(
      ok('service/web-np configured\n'),
    );
    expect(c.run('kubectl get svc web-np')).toEqual(
      ok(
        table([
          ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
          ['web-np', 'ClusterIP', clusterIPOf(c, 'web-np'), '<none>', '80/TCP', '0s'],
        ]),
      ),
    );
    const again = svcYaml('other', `  type: NodePort\n${BASE_SPEC}    nodePort: 30080\n`);
    expect(c.apply(again).errors).toEqual([]);
  });
});
