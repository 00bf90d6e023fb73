import { describe, expect, it } from 'vitest';
import { Terminal } from '../../shell/testkit.ts';
import { parseFlags } from './flags.ts';
import { suggestionsFor } from './index.ts';

describe('kubectl argument parsing (pflag/cobra)', () => {
  const defs = [
    { name: 'namespace', short: 'n', type: 'string' as const },
    { name: 'stdin', short: 'i', type: 'bool' as const },
    { name: 'tty', short: 't', type: 'bool' as const },
    { name: 'replicas', type: 'int' as const },
  ];
  it.each([
    [['-n', 'kube-system', 'x'], { namespace: 'kube-system' }, ['x']],
    [['-nkube-system'], { namespace: 'kube-system' }, []],
    [['-n=kube-system'], { namespace: 'kube-system' }, []],
    [['--namespace=a', 'x', '--namespace', 'b'], { namespace: 'b' }, ['x']],
    [
      ['-it', 'pod', '--', 'sh', '-c', 'ls -l'],
      { stdin: true, tty: true },
      ['pod', 'sh', '-c', 'ls -l'],
    ],
    [['--replicas=3'], { replicas: 3 }, []],
  ])('%j', (argv, values, args) => {
    const p = parseFlags(argv, defs);
    if (typeof p === 'string') throw new Error(p);
    expect(Object.fromEntries(p.values)).toEqual(values);
    expect(p.args).toEqual(args);
  });

  it.each([
    [['--foo'], 'unknown flag: --foo'],
    [['-z'], "unknown shorthand flag: 'z' in -z"],
    [['-iz'], "unknown shorthand flag: 'z' in -iz"],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [['--namespace'], 'flag needs an argument: --namespace'],
    [
      ['--replicas=x'],
      'invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax',
    ],
  ])('%j fails', (argv, message) => {
    expect(parseFlags(argv, defs)).toBe(message);
  });

  it('suggests like cobra', () => {
    expect(suggestionsFor('gett', ['get', 'set', 'exec', 'delete'])).toEqual(['get', 'set']);
    expect(suggestionsFor('desc', ['describe', 'delete'])).toEqual(['describe']);
  });
});

describe('kubectl errors', () => {
  const t = new Terminal();
  it.each([
    [
      'kubectl gett pods',
      'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n\tset\n',
    ],
    ['kubectl xyzzy', 'error: unknown command "xyzzy" for "kubectl"\n'],
    ['kubectl foo', 'error: unknown command "foo" for "kubectl"\n\nDid you mean this?\n\ttop\n'],
    ['kubectl get pods --foo', "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n"],
    [
      'kubectl get svc -z',
      "error: unknown shorthand flag: 'z' in -z\nSee 'kubectl get --help' for usage.\n",
    ],
    ['kubectl get svcs', 'error: the server doesn\'t have a resource type "svcs"\n'],
    ['kubectl get svc nope', 'Error from server (NotFound): services "nope" not found\n'],
    [
      'kubectl get deploy nope',
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    ],
    ['kubectl describe svc nope', 'Error from server (NotFound): services "nope" not found\n'],
    [
      'kubectl get svc kubernetes -A',
      'error: a resource cannot be retrieved by name across all namespaces\n',
    ],
    [
      'kubectl get svc kubernetes -l a=b',
      'error: name cannot be provided when a selector is specified\n',
    ],
    [
      'kubectl get svc svc/kubernetes',
      "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'\n",
    ],
    [
      'kubectl get svc -o foo',
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml\n',
    ],
    [
      'kubectl get',
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\nSee \'kubectl get -h\' for help and examples\n',
    ],
  ])('%s', (line, stderr) => {
    expect(t.run(line)).toMatchObject({ stdout: '', stderr, exitCode: 1 });
  });

  it('empty lists go to stderr with exit 0', () => {
    expect(t.run('kubectl get svc -n empty')).toMatchObject({
      stdout: '',
      stderr: 'No resources found in empty namespace.\n',
      exitCode: 0,
    });
    expect(t.run('kubectl get nodes -l nope=1').stderr).toBe('No resources found\n');
    expect(t.run('kubectl get pods -A -l nope=1').stderr).toBe('No resources found\n');
  });

  it('kubectl on a node has no kubeconfig', () => {
    const n = new Terminal();
    n.run('ssh control-plane');
    expect(n.run('kubectl get pods').stderr).toBe(
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n',
    );
  });
});

describe('kubectl get', () => {
  const t = new Terminal();
  const pods = t.pods('my-app');
  const [a, b] = pods;

  it('tables with -n, -A, -o wide, --show-labels, several names and types', () => {
    expect(t.out('kubectl get svc')).toBe(
      'NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\nkubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   60s\n',
    );
    expect(t.out('kubectl get svc -A')).toBe(
      'NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE\n' +
        'default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  61s\n' +
        'kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   61s\n',
    );
    expect(t.out('kubectl -n kube-system get svc kube-dns -o wide')).toBe(
      'NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE   SELECTOR\n' +
        'kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   62s   k8s-app=kube-dns\n',
    );
    expect(t.out('kubectl get pod netshoot --show-labels')).toBe(
      'NAME       READY   STATUS    RESTARTS   AGE   LABELS\nnetshoot   1/1     Running   0          63s   app=netshoot\n',
    );
    expect(t.out(`kubectl get po ${a?.metadata.name} ${b?.metadata.name} -o name`)).toBe(
      `pod/${a?.metadata.name}\npod/${b?.metadata.name}\n`,
    );
    expect(t.out('kubectl get svc/kubernetes deploy/my-app -o name')).toBe(
      'service/kubernetes\ndeployment.apps/my-app\n',
    );
    expect(t.out('kubectl get svc,deploy')).toBe(
      'NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   66s\n\n' +
        'NAME                     READY   UP-TO-DATE   AVAILABLE   AGE\n' +
        'deployment.apps/my-app   2/2     2            2           66s\n',
    );
  });

  it('label selectors', () => {
    expect(t.out('kubectl get pods -l app=my-app -o name')).toBe(
      pods.map((p) => `pod/${p.metadata.name}\n`).join(''),
    );
    expect(t.out("kubectl get pods -l 'app in (netshoot)' -o name")).toBe('pod/netshoot\n');
    expect(t.out('kubectl get pods -l app!=my-app -o name')).toBe('pod/netshoot\n');
    expect(t.out('kubectl get pods -l !app -o name')).toBe('');
  });

  it('-o yaml, -o json, jsonpath', () => {
    const yaml = t.out('kubectl get svc kubernetes -o yaml');
    expect(yaml.startsWith('apiVersion: v1\nkind: Service\nmetadata:\n')).toBe(true);
    expect(yaml).toContain('\n  clusterIP: 10.96.0.1\n');
    const list = t.out('kubectl get svc -o yaml');
    expect(list.startsWith('apiVersion: v1\nitems:\n- apiVersion: v1\n  kind: Service\n')).toBe(
      true,
    );
    expect(list.endsWith('kind: List\nmetadata:\n  resourceVersion: ""\n')).toBe(true);
    const json = JSON.parse(t.out('kubectl get svc kubernetes -o json')) as {
      spec: { clusterIP: string };
    };
    expect(json.spec.clusterIP).toBe('10.96.0.1');
    expect(t.out("kubectl get svc kubernetes -o jsonpath='{.spec.clusterIP}'")).toBe('10.96.0.1');
    expect(t.out("kubectl get pods -l app=my-app -o jsonpath='{.items[*].status.podIP}'")).toBe(
      pods.map((p) => p.status.podIP).join(' '),
    );
    expect(
      t.out(`kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\\n"}{end}'`),
    ).toBe([...pods.map((p) => p.metadata.name), 'netshoot'].map((n) => `${n}\n`).join(''));
    expect(t.out("kubectl get svc kubernetes -o jsonpath='{.spec.ports[0]}'")).toBe(
      '{"name":"https","port":443,"protocol":"TCP","targetPort":6443}',
    );
  });

  it('endpoints carry the v1.33 deprecation warning', () => {
    const r = t.run('kubectl get endpoints kubernetes');
    expect(r.stderr).toBe(
      'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n',
    );
    expect(r.stdout).toMatch(
      /^NAME {9}ENDPOINTS {11}AGE\nkubernetes {3}192\.168\.0\.10:6443 {3}\d+s\n$/,
    );
  });

  it('describe endpoints carries the same warning, once, even when nothing is found', () => {
    const warning =
      'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';
    const r = t.run('kubectl describe endpoints kubernetes');
    expect(r.stderr).toBe(warning);
    expect(r.stdout.startsWith('Name:         kubernetes\n')).toBe(true);
    expect(t.run('kubectl describe ep nope')).toMatchObject({
      stderr: `${warning}Error from server (NotFound): endpoints "nope" not found\n`,
      exitCode: 1,
    });
    expect(t.run('kubectl describe endpoints -n empty')).toMatchObject({
      stderr: `${warning}No resources found in empty namespace.\n`,
      exitCode: 0,
    });
    expect(t.run('kubectl describe svc kubernetes').stderr).toBe('');
  });

  it('describe falls back to name prefixes like kubectl', () => {
    const out = t.out('kubectl describe pods my-app');
    expect(out.match(/^Name: {13}my-app-/gm)?.length).toBe(pods.length);
    expect(out.split('\n\n\nName:')).toHaveLength(pods.length);
  });
});
