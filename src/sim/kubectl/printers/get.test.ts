import { describe, expect, it } from 'vitest';
import {
  listResource,
  printGetAll,
  printNames,
  printTable,
  printTables,
  resolveResource,
} from './get.ts';
import {
  NOW,
  ago,
  clusterService,
  deployment,
  makeState,
  namespace,
  node,
  pod,
  replicaSet,
} from './test-fixtures.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const opts = { now: NOW };

function cluster() {
  const web = deployment('web', 2, 2);
  const rs = replicaSet('web-6c8b9d7f45', web, 2, 2);
  const owner = [
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: rs.metadata.name,
      uid: rs.metadata.uid,
      controller: true,
      blockOwnerDeletion: true,
    },
  ];
  const p1 = pod('web-6c8b9d7f45-kx2vq', '10.244.1.5', 'node1');
  const p2 = pod('web-6c8b9d7f45-9wzlm', '10.244.2.7', 'node2');
  p1.metadata.ownerReferences = owner;
  p2.metadata.ownerReferences = owner;
  const kubernetes = clusterService(
    'kubernetes',
    '10.96.0.1',
    {
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
    },
    5 * 86400,
  );
  kubernetes.metadata.labels = { component: 'apiserver', provider: 'kubernetes' };
  const svc = clusterService('web', '10.96.45.12', {
    selector: { app: 'web' },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
  });
  return makeState({
    deployments: [web],
    replicaSets: [rs],
    pods: [p1, p2],
    services: [kubernetes, svc],
    nodes: [
      node('control-plane', '192.168.0.10', '10.244.0.0/24', true),
      node('node1', '192.168.0.11', '10.244.1.0/24'),
      node('node2', '192.168.0.12', '10.244.2.0/24'),
    ],
    namespaces: ['default', 'kube-system', 'kube-public', 'kube-node-lease'].map((n) =>
      namespace(n),
    ),
  });
}

describe('kubectl get pods', () => {
  it('default and wide columns', () => {
    const state = cluster();
    const pods = listResource(state, 'pods', 'default');
    expect(printTable('pods', pods, opts)).toBe(
      lines(
        'NAME                   READY   STATUS    RESTARTS   AGE',
        'web-6c8b9d7f45-9wzlm   1/1     Running   0          3m',
        'web-6c8b9d7f45-kx2vq   1/1     Running   0          3m',
      ),
    );
    expect(printTable('pods', pods, { ...opts, wide: true })).toBe(
      lines(
        'NAME                   READY   STATUS    RESTARTS   AGE   IP           NODE    NOMINATED NODE   READINESS GATES',
        'web-6c8b9d7f45-9wzlm   1/1     Running   0          3m    10.244.2.7   node2   <none>           <none>',
        'web-6c8b9d7f45-kx2vq   1/1     Running   0          3m    10.244.1.5   node1   <none>           <none>',
      ),
    );
  });

  it('STATUS for unready, pending, creating, terminating and completed pods', () => {
    const unready = pod('a-unready', '10.244.1.9', 'node1', { ready: false, createdAgo: 30 });
    const pending = pod('b-pending', undefined, undefined, { createdAgo: 5 });
    const creating = pod('c-creating', undefined, 'node2', { createdAgo: 2 });
    const terminating = pod('d-terminating', '10.244.1.10', 'node1', { createdAgo: 3600 });
    terminating.metadata.deletionTimestamp = ago(1);
    const done = pod('e-done', '10.244.2.11', 'node2', { phase: 'Succeeded', createdAgo: 600 });
    expect(
      printTable('pods', [unready, pending, creating, terminating, done], { ...opts, wide: true }),
    ).toBe(
      lines(
        'NAME            READY   STATUS              RESTARTS   AGE   IP            NODE     NOMINATED NODE   READINESS GATES',
        'a-unready       0/1     Running             0          30s   10.244.1.9    node1    <none>           <none>',
        'b-pending       0/1     Pending             0          5s    <none>        <none>   <none>           <none>',
        'c-creating      0/1     ContainerCreating   0          2s    <none>        node2    <none>           <none>',
        'd-terminating   1/1     Terminating         0          60m   10.244.1.10   node1    <none>           <none>',
        'e-done          0/1     Completed           0          10m   10.244.2.11   node2    <none>           <none>',
      ),
    );
  });
});

describe('kubectl get deployments / replicasets', () => {
  it('default and wide columns', () => {
    const state = cluster();
    const deps = listResource(state, 'deployments', 'default');
    expect(printTable('deployments', deps, opts)).toBe(
      lines(
        'NAME   READY   UP-TO-DATE   AVAILABLE   AGE',
        'web    2/2     2            2           3m',
      ),
    );
    expect(printTable('deployments', deps, { ...opts, wide: true })).toBe(
      lines(
        'NAME   READY   UP-TO-DATE   AVAILABLE   AGE   CONTAINERS   IMAGES   SELECTOR',
        'web    2/2     2            2           3m    web          nginx    app=web',
      ),
    );
    const rss = listResource(state, 'replicasets', 'default');
    expect(printTable('replicasets', rss, opts)).toBe(
      lines(
        'NAME             DESIRED   CURRENT   READY   AGE',
        'web-6c8b9d7f45   2         2         2       3m',
      ),
    );
    expect(printTable('replicasets', rss, { ...opts, wide: true })).toBe(
      lines(
        'NAME             DESIRED   CURRENT   READY   AGE   CONTAINERS   IMAGES   SELECTOR',
        'web-6c8b9d7f45   2         2         2       3m    web          nginx    app=web,pod-template-hash=6c8b9d7f45',
      ),
    );
    expect(printNames('deployments', deps)).toBe('deployment.apps/web\n');
    expect(printNames('replicasets', rss)).toBe('replicaset.apps/web-6c8b9d7f45\n');
  });
});

describe('kubectl get nodes / namespaces', () => {
  it('nodes, with roles from node-role labels; cluster-scoped kinds ignore -A', () => {
    const state = cluster();
    const nodes = listResource(state, 'nodes', undefined);
    expect(printTable('nodes', nodes, { ...opts, allNamespaces: true })).toBe(
      lines(
        'NAME            STATUS   ROLES           AGE   VERSION',
        'control-plane   Ready    control-plane   5d    v1.33.1',
        'node1           Ready    <none>          5d    v1.33.1',
        'node2           Ready    <none>          5d    v1.33.1',
      ),
    );
    const cordoned = {
      ...(nodes[1] as (typeof nodes)[0]),
      spec: { ...(nodes[1] as (typeof nodes)[0]).spec, unschedulable: true },
    };
    expect(printTable('nodes', [cordoned], { ...opts, wide: true })).toBe(
      lines(
        'NAME    STATUS                     ROLES    AGE   VERSION   INTERNAL-IP    EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION     CONTAINER-RUNTIME',
        'node1   Ready,SchedulingDisabled   <none>   5d    v1.33.1   192.168.0.11   <none>        Ubuntu 24.04.2 LTS   6.8.0-60-generic   containerd://1.7.27',
      ),
    );
  });

  it('namespaces', () => {
    const state = cluster();
    expect(printTable('namespaces', listResource(state, 'namespaces', undefined), opts)).toBe(
      lines(
        'NAME              STATUS   AGE',
        'default           Active   5d',
        'kube-node-lease   Active   5d',
        'kube-public       Active   5d',
        'kube-system       Active   5d',
      ),
    );
  });
});

describe('kubectl get all', () => {
  it('one table per kind, kind-prefixed names, blank line between groups', () => {
    expect(printGetAll(cluster(), 'default', opts)).toBe(
      lines(
        'NAME                       READY   STATUS    RESTARTS   AGE',
        'pod/web-6c8b9d7f45-9wzlm   1/1     Running   0          3m',
        'pod/web-6c8b9d7f45-kx2vq   1/1     Running   0          3m',
        '',
        'NAME                 TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE',
        'service/kubernetes   ClusterIP   10.96.0.1     <none>        443/TCP   5d',
        'service/web          ClusterIP   10.96.45.12   <none>        80/TCP    3m',
        '',
        'NAME                  READY   UP-TO-DATE   AVAILABLE   AGE',
        'deployment.apps/web   2/2     2            2           3m',
        '',
        'NAME                             DESIRED   CURRENT   READY   AGE',
        'replicaset.apps/web-6c8b9d7f45   2         2         2       3m',
      ),
    );
  });

  it('--no-headers drops headers and separators; empty groups print nothing', () => {
    const state = cluster();
    const out = printTables(
      [
        { resource: 'deployments', objects: listResource(state, 'deployments', 'default') },
        { resource: 'pods', objects: [] },
        { resource: 'services', objects: listResource(state, 'services', 'default').slice(1) },
      ],
      { ...opts, noHeaders: true },
    );
    expect(out).toBe(
      lines(
        'deployment.apps/web   2/2   2     2     3m',
        'service/web   ClusterIP   10.96.45.12   <none>   80/TCP   3m',
      ),
    );
  });

  it('resolves resource aliases', () => {
    expect(
      ['svc', 'po', 'deploy', 'rs', 'ep', 'endpointslice', 'no', 'ns', 'Services'].map(
        resolveResource,
      ),
    ).toEqual([
      'services',
      'pods',
      'deployments',
      'replicasets',
      'endpoints',
      'endpointslices',
      'nodes',
      'namespaces',
      'services',
    ]);
  });
});
