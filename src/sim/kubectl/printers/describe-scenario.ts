/** The small cluster the describe tests print (test-only). */

import {
  clusterService,
  deployment,
  event,
  makeState,
  node,
  pod,
  replicaSet,
  slice,
} from './test-fixtures.ts';

export function scenario() {
  const web = deployment('web', 2, 2);
  const rs = replicaSet('web-6c8b9d7f45', web, 2, 2);
  const p = pod('web-6c8b9d7f45-kx2vq', '10.244.1.5', 'node1');
  p.metadata.ownerReferences = [
    {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      name: rs.metadata.name,
      uid: rs.metadata.uid,
      controller: true,
    },
  ];
  const p2 = pod('web-6c8b9d7f45-9wzlm', '10.244.2.7', 'node2', { ready: false });
  const n1 = node('node1', '192.168.0.11', '10.244.1.0/24');
  const svc = clusterService('web', '10.96.45.12', {
    selector: { app: 'web' },
    ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
  });
  const sl = slice(
    'web-x7k2p',
    'web',
    [{ protocol: 'TCP', port: 8080, name: '' }],
    [
      { ip: '10.244.1.5', node: 'node1', pod: p.metadata.name },
      { ip: '10.244.2.7', node: 'node2', ready: false, pod: p2.metadata.name },
    ],
  );
  const state = makeState({
    deployments: [web],
    replicaSets: [rs],
    pods: [p, p2],
    nodes: [n1],
    services: [svc],
    endpointSlices: [sl],
    events: [
      event('Pod', p.metadata.name, p.metadata.uid, {
        reason: 'Scheduled',
        message: 'Successfully assigned default/web-6c8b9d7f45-kx2vq to node1',
        source: 'default-scheduler',
        firstAgo: 180,
      }),
      event('Pod', p.metadata.name, p.metadata.uid, {
        reason: 'Pulled',
        message: 'Container image "nginx" already present on machine',
        source: 'kubelet',
        firstAgo: 179,
      }),
      event('Deployment', 'web', web.metadata.uid, {
        reason: 'ScalingReplicaSet',
        message: 'Scaled up replica set web-6c8b9d7f45 from 0 to 2',
        source: 'deployment-controller',
        firstAgo: 180,
      }),
    ],
  });
  return { state, p, p2, n1, web, rs, svc, sl };
}
