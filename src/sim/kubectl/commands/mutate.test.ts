import { describe, expect, it } from 'vitest';
import { Terminal } from '../../shell/testkit.ts';

const MULTI = `apiVersion: v1
kind: Service
metadata:
  name: a
spec:
  externalName: x.example.com
  selector: {app: my-app}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata:
  name: b
spec:
  ports:
  - port: 80
  - port: 443
`;

const WEB = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;

describe('kubectl apply / create -f / delete', () => {
  it('prints per object, warnings first on stderr, errors after (aggregate form when several)', () => {
    const t = new Terminal({ files: { 'multi.yaml': MULTI, 'web.yaml': WEB } });
    expect(t.run('kubectl apply -f multi.yaml')).toMatchObject({
      stdout: 'service/a created\n',
      stderr:
        'Warning: spec.externalName is ignored when spec.type is not "ExternalName"\n' +
        'The Service "b" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value\n',
      exitCode: 1,
    });
    expect(t.run('kubectl apply -f multi.yaml -f web.yaml')).toMatchObject({
      stdout: 'service/a unchanged\nservice/web created\n',
      exitCode: 1,
    });
    expect(t.run('kubectl create -f multi.yaml')).toMatchObject({
      stdout: '',
      stderr:
        'Error from server (AlreadyExists): error when creating "multi.yaml": services "a" already exists\n' +
        'Error from server (Invalid): error when creating "multi.yaml": Service "b" is invalid: [spec.ports[0].name: Required value, spec.ports[1].name: Required value]\n',
      exitCode: 1,
    });
    expect(t.run('kubectl delete -f multi.yaml')).toMatchObject({
      stdout: 'service "a" deleted\n',
      stderr:
        'Error from server (NotFound): error when deleting "multi.yaml": services "b" not found\n',
      exitCode: 1,
    });
  });

  it('stdin, here-documents, missing files and dry runs', () => {
    const t = new Terminal({ files: { 'web.yaml': WEB } });
    expect(t.run('cat web.yaml | kubectl apply -f -').stdout).toBe('service/web created\n');
    expect(t.run('kubectl apply -f - <<EOF\n' + WEB + 'EOF').stdout).toBe(
      'service/web unchanged\n',
    );
    expect(t.run('kubectl apply -f nope.yaml')).toMatchObject({
      stderr: 'error: the path "nope.yaml" does not exist\n',
      exitCode: 1,
    });
    expect(t.run('kubectl apply').stderr).toBe('error: must specify one of -f and -k\n');
    expect(t.run('kubectl delete svc web --dry-run=client').exitCode).toBe(0);
    const dry = new Terminal({ files: { 'web.yaml': WEB } });
    expect(dry.out('kubectl apply -f web.yaml --dry-run=client')).toBe(
      'service/web created (dry run)\n',
    );
    expect(dry.state.services['default/web']).toBeUndefined();
  });

  it('kubectl apply over an object kubectl create made warns about the annotation', () => {
    const t = new Terminal({ files: { 'web.yaml': WEB } });
    t.out('kubectl create -f web.yaml');
    expect(t.run('kubectl apply -f web.yaml').stderr).toBe(
      'Warning: resource services/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n',
    );
  });

  it('delete by name, type/name, selector and errors', () => {
    const t = new Terminal({ files: { 'web.yaml': WEB } });
    t.out('kubectl apply -f web.yaml');
    expect(t.run('kubectl delete svc web nope')).toMatchObject({
      stdout: 'service "web" deleted\n',
      stderr: 'Error from server (NotFound): services "nope" not found\n',
      exitCode: 1,
    });
    expect(t.run('kubectl delete svc').stderr).toBe(
      'error: resource(s) were provided, but no name was specified\n',
    );
    expect(t.run('kubectl delete').stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect(t.out('kubectl delete deploy/my-app')).toBe('deployment.apps "my-app" deleted\n');
    expect(t.out('kubectl delete pods -l app=netshoot')).toBe('pod "netshoot" deleted\n');
  });
});

describe('kubectl create service', () => {
  it('builds the object create_service.go builds', () => {
    const t = new Terminal();
    expect(t.out('kubectl create service clusterip web --tcp=80:8080')).toBe(
      'service/web created\n',
    );
    const svc = t.state.services['default/web'];
    expect(svc?.metadata.labels).toEqual({ app: 'web' });
    expect(svc?.spec.selector).toEqual({ app: 'web' });
    expect(svc?.spec.ports).toEqual([
      { name: '80-8080', port: 80, protocol: 'TCP', targetPort: 8080 },
    ]);
    expect(
      t.out('kubectl create service clusterip web3 --tcp=80:8080 --dry-run=client -o yaml'),
    ).toBe(
      'apiVersion: v1\nkind: Service\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web3\n  name: web3\nspec:\n  ports:\n  - name: 80-8080\n    port: 80\n    protocol: TCP\n    targetPort: 8080\n  selector:\n    app: web3\n  type: ClusterIP\nstatus:\n  loadBalancer: {}\n',
    );
  });

  it.each([
    [
      'kubectl create service nodeport web --tcp=80:8080 --node-port=40000',
      'error: failed to create NodePort service: Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767\n',
    ],
    [
      'kubectl create service clusterip web',
      'error: at least one tcp port specifier must be provided\n',
    ],
    [
      'kubectl create service nodeport web --clusterip=None',
      "error: unknown flag: --clusterip\nSee 'kubectl create service nodeport --help' for usage.\n",
    ],
    ['kubectl create service externalname db', 'error: required flag(s) "external-name" not set\n'],
    [
      'kubectl create service externalname db --external-name My_DB',
      'error: invalid service external name My_DB\n',
    ],
    [
      'kubectl create service clusterip',
      "error: exactly one NAME is required, got 0\nSee 'kubectl create service clusterip -h' for help and examples\n",
    ],
    [
      'kubectl create service clusterip web --tcp=abc',
      'error: strconv.ParseUint: parsing "abc": invalid syntax\n',
    ],
  ])('%s', (line, stderr) => {
    expect(new Terminal().run(line)).toMatchObject({ stdout: '', stderr, exitCode: 1 });
  });

  it('AlreadyExists is wrapped too; ExternalName end to end (C69)', () => {
    const t = new Terminal();
    t.out('kubectl create service clusterip web --tcp=80:8080');
    expect(t.run('kubectl create service clusterip web --tcp=80:8080').stderr).toBe(
      'error: failed to create ClusterIP service: services "web" already exists\n',
    );
    expect(
      t.out('kubectl create service externalname db-ext --external-name my.database.example.com'),
    ).toBe('service/db-ext created\n');
    expect(t.out('kubectl get svc db-ext')).toBe(
      'NAME     TYPE           CLUSTER-IP   EXTERNAL-IP               PORT(S)   AGE\ndb-ext   ExternalName   <none>       my.database.example.com   <none>    1s\n',
    );
  });
});

describe('expose, scale, label, patch, run, rollout', () => {
  it('kubectl expose deployment', () => {
    const t = new Terminal();
    expect(
      t.out(
        'kubectl expose deployment my-app --port=80 --target-port=8080 --type=NodePort --name=web-np',
      ),
    ).toBe('service/web-np exposed\n');
    const np = t.state.services['default/web-np'];
    expect(np?.spec.type).toBe('NodePort');
    expect(np?.spec.selector).toEqual({ app: 'my-app' });
    expect(np?.metadata.labels).toEqual({ app: 'my-app' });
    expect(np?.spec.ports?.map((p) => [p.name, p.port, p.targetPort])).toEqual([
      [undefined, 80, 8080],
    ]);
    t.out('kubectl expose deployment my-app');
    expect(
      t.state.services['default/my-app']?.spec.ports?.map((p) => [p.name, p.port, p.targetPort]),
    ).toEqual([
      ['port-1', 80, 80],
      ['port-2', 8080, 8080],
    ]);
    expect(t.run('kubectl expose deployment my-app').stderr).toBe(
      'Error from server (AlreadyExists): services "my-app" already exists\n',
    );
    expect(t.run('kubectl expose node node1 --port=80').stderr).toBe(
      'error: cannot expose a Node\n',
    );
    expect(t.run('kubectl expose deploy nope --port=80').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
  });

  it('kubectl scale', () => {
    const t = new Terminal();
    expect(t.out('kubectl scale deployment my-app --replicas=3')).toBe(
      'deployment.apps/my-app scaled\n',
    );
    expect(t.state.deployments['default/my-app']?.spec.replicas).toBe(3);
    expect(t.run('kubectl scale deploy/my-app').stderr).toBe(
      'error: required flag(s) "replicas" not set\n',
    );
    expect(t.run('kubectl scale deploy nope --replicas=1').stderr).toBe(
      'Error from server (NotFound): deployments.apps "nope" not found\n',
    );
    expect(t.run('kubectl scale deploy my-app --replicas=x').stderr).toBe(
      'error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
    );
  });

  it('kubectl label', () => {
    const t = new Terminal();
    expect(t.out('kubectl label pod netshoot tier=debug')).toBe('pod/netshoot labeled\n');
    expect(t.run('kubectl label pod netshoot tier=other')).toMatchObject({
      stderr: "error: 'tier' already has a value (debug), and --overwrite is false\n",
      exitCode: 1,
    });
    expect(t.out('kubectl label pod netshoot tier=other --overwrite')).toBe(
      'pod/netshoot labeled\n',
    );
    expect(t.out('kubectl label pod netshoot tier-')).toBe('pod/netshoot unlabeled\n');
    expect(t.out('kubectl label pod netshoot tier-')).toBe(
      'label "tier" not found.\npod/netshoot not labeled\n',
    );
    expect(t.run('kubectl label pod netshoot').stderr).toBe(
      'error: at least one label update is required\n',
    );
    expect(t.state.pods['default/netshoot']?.metadata.labels).toEqual({ app: 'netshoot' });
  });

  it('kubectl patch', () => {
    const t = new Terminal();
    expect(t.out(`kubectl patch svc kubernetes -p '{"metadata":{"labels":{"team":"x"}}}'`)).toBe(
      'service/kubernetes patched\n',
    );
    expect(
      t.out(`kubectl patch svc kubernetes --type merge -p '{"metadata":{"labels":{"team":"x"}}}'`),
    ).toBe('service/kubernetes patched (no change)\n');
  });

  it('kubectl run', () => {
    const t = new Terminal();
    expect(t.out('kubectl run web --image=nginx --port=80')).toBe('pod/web created\n');
    const pod = t.state.pods['default/web'];
    expect(pod?.metadata.labels).toEqual({ run: 'web' });
    expect(pod?.spec.containers[0]).toMatchObject({
      name: 'web',
      image: 'nginx',
      ports: [{ containerPort: 80 }],
    });
    expect(t.run('kubectl run x').stderr).toBe('error: required flag(s) "image" not set\n');
    expect(t.run('kubectl run --image=nginx').stderr).toBe(
      "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n",
    );
    expect(t.run('kubectl run x --image=nginx --rm').stderr).toBe(
      'error: --rm should only be used for attached containers\n',
    );
  });

  it('kubectl run -it --rm drops into the pod and deletes it on exit', () => {
    const t = new Terminal();
    const r = t.run(
      'kubectl run tmp -it --rm --restart=Never --image=nicolaka/netshoot:v0.13 -- bash',
    );
    expect(r).toMatchObject({
      stderr: "If you don't see a command prompt, try pressing enter.\n",
      prompt: 'bash-5.2# ',
    });
    expect(t.out('hostname')).toBe('tmp\n');
    expect(t.run('exit')).toMatchObject({
      stdout: 'pod "tmp" deleted\n',
      stderr: 'exit\n',
      prompt: '$ ',
    });
    expect(t.state.pods['default/tmp']).toBeUndefined();
  });

  it('kubectl rollout restart and status', () => {
    const t = new Terminal();
    expect(t.out('kubectl rollout restart deployment/my-app')).toBe(
      'deployment.apps/my-app restarted\n',
    );
    const d = t.state.deployments['default/my-app'];
    expect(d?.spec.template.metadata.annotations).toEqual({
      'kubectl.kubernetes.io/restartedAt': '2025-01-01T00:01:00Z',
    });
    expect(t.out('kubectl rollout status deploy my-app')).toBe(
      'deployment "my-app" successfully rolled out\n',
    );
    expect(t.run('kubectl rollout foo').stderr).toBe(
      'error: unknown command "foo"\nSee \'kubectl rollout -h\' for help and examples\n',
    );
  });
});

describe('kubectl version, cluster-info, config', () => {
  const t = new Terminal();
  it.each([
    [
      'kubectl version',
      'Client Version: v1.33.1\nKustomize Version: v5.6.0\nServer Version: v1.33.1\n',
    ],
    ['kubectl version --client', 'Client Version: v1.33.1\nKustomize Version: v5.6.0\n'],
    [
      'kubectl cluster-info',
      "Kubernetes control plane is running at https://192.168.0.10:6443\nCoreDNS is running at https://192.168.0.10:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    ],
    ['kubectl config current-context', 'kubernetes-admin@kubernetes\n'],
  ])('%s', (line, stdout) => {
    expect(t.out(line)).toBe(stdout);
  });
});
