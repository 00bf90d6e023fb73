import { describe, expect, it } from 'vitest';
import { describeDeployment } from './describe-deployment.ts';
import { describeEndpointSlice, describeEndpoints } from './describe-endpoints.ts';
import { describeNode } from './describe-node.ts';
import { describePod, effectiveTolerations } from './describe-pod.ts';
import { describeProbe } from './describe-containers.ts';
import { scenario } from './describe-scenario.ts';
import { endpointsFor } from './endpoints.ts';
import { pod } from './test-fixtures.ts';

/** Expected outputs, one string per line (trailing spaces are significant). */
const EXPECTED: Record<string, string[]> = {
  pod: [
    'Name:             web-6c8b9d7f45-kx2vq',
    'Namespace:        default',
    'Priority:         0',
    'Service Account:  default',
    'Node:             node1/192.168.0.11',
    'Start Time:       Tue, 31 Dec 2024 23:57:00 +0000',
    'Labels:           app=web',
    '                  pod-template-hash=6c8b9d7f45',
    'Annotations:      <none>',
    'Status:           Running',
    'IP:               10.244.1.5',
    'IPs:',
    '  IP:           10.244.1.5',
    'Controlled By:  ReplicaSet/web-6c8b9d7f45',
    'Containers:',
    '  web:',
    '    Container ID:   containerd://c9d037276401222d8ed585e8880fa4f0f2cb53e9e1deb2b530dba409addb3d48',
    '    Image:          nginx',
    '    Image ID:       docker.io/library/nginx@sha256:75a09001c0d02c4a4d1ff6e4951d6c57cfb122af26d3c9f2959d3143469bb6e9',
    '    Port:           8080/TCP',
    '    Host Port:      0/TCP',
    '    State:          Running',
    '      Started:      Tue, 31 Dec 2024 23:57:00 +0000',
    '    Ready:          True',
    '    Restart Count:  0',
    '    Environment:    <none>',
    '    Mounts:',
    '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-mc8ws (ro)',
    'Conditions:',
    '  Type                        Status',
    '  PodReadyToStartContainers   True ',
    '  Initialized                 True ',
    '  Ready                       True ',
    '  ContainersReady             True ',
    '  PodScheduled                True ',
    'Volumes:',
    '  kube-api-access-mc8ws:',
    '    Type:                    Projected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:  3607',
    '    ConfigMapName:           kube-root-ca.crt',
    '    Optional:                false',
    '    DownwardAPI:             true',
    'QoS Class:                   BestEffort',
    'Node-Selectors:              <none>',
    'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
    'Events:',
    '  Type    Reason     Age    From               Message',
    '  ----    ------     ----   ----               -------',
    '  Normal  Scheduled  3m     default-scheduler  Successfully assigned default/web-6c8b9d7f45-kx2vq to node1',
    '  Normal  Pulled     2m59s  kubelet            Container image "nginx" already present on machine',
    '',
  ],
  unready: [
    'Name:             web-6c8b9d7f45-9wzlm',
    'Namespace:        default',
    'Priority:         0',
    'Service Account:  default',
    'Node:             node2/192.168.0.12',
    'Start Time:       Tue, 31 Dec 2024 23:57:00 +0000',
    'Labels:           app=web',
    '                  pod-template-hash=6c8b9d7f45',
    'Annotations:      <none>',
    'Status:           Running',
    'IP:               10.244.2.7',
    'IPs:',
    '  IP:  10.244.2.7',
    'Containers:',
    '  web:',
    '    Container ID:   containerd://0e9d24db76df921074b7b0da3c0b9483e65659a91faf519c206ea95fb5843137',
    '    Image:          nginx',
    '    Image ID:       docker.io/library/nginx@sha256:75a09001c0d02c4a4d1ff6e4951d6c57cfb122af26d3c9f2959d3143469bb6e9',
    '    Port:           8080/TCP',
    '    Host Port:      0/TCP',
    '    State:          Running',
    '      Started:      Tue, 31 Dec 2024 23:57:00 +0000',
    '    Ready:          False',
    '    Restart Count:  0',
    '    Environment:    <none>',
    '    Mounts:',
    '      /var/run/secrets/kubernetes.io/serviceaccount from kube-api-access-nx4dt (ro)',
    'Conditions:',
    '  Type                        Status',
    '  PodReadyToStartContainers   True ',
    '  Initialized                 True ',
    '  Ready                       False ',
    '  ContainersReady             False ',
    '  PodScheduled                True ',
    'Volumes:',
    '  kube-api-access-nx4dt:',
    '    Type:                    Projected (a volume that contains injected data from multiple sources)',
    '    TokenExpirationSeconds:  3607',
    '    ConfigMapName:           kube-root-ca.crt',
    '    Optional:                false',
    '    DownwardAPI:             true',
    'QoS Class:                   BestEffort',
    'Node-Selectors:              <none>',
    'Tolerations:                 node.kubernetes.io/not-ready:NoExecute op=Exists for 300s',
    '                             node.kubernetes.io/unreachable:NoExecute op=Exists for 300s',
    'Events:',
    '  Type    Reason     Age   From               Message',
    '  ----    ------     ----  ----               -------',
    '  Normal  Scheduled  3m    default-scheduler  Successfully assigned default/web-6c8b9d7f45-9wzlm to node2',
    '  Normal  Pulled     3m    kubelet            Container image "nginx" already present on machine',
    '  Normal  Created    3m    kubelet            Created container: web',
    '  Normal  Started    3m    kubelet            Started container web',
    '',
  ],
  node: [
    'Name:               node1',
    'Roles:              <none>',
    'Labels:             beta.kubernetes.io/arch=amd64',
    '                    beta.kubernetes.io/os=linux',
    '                    kubernetes.io/arch=amd64',
    '                    kubernetes.io/hostname=node1',
    '                    kubernetes.io/os=linux',
    'Annotations:        <none>',
    'CreationTimestamp:  Fri, 27 Dec 2024 00:00:00 +0000',
    'Taints:             <none>',
    'Unschedulable:      false',
    'Lease:',
    '  HolderIdentity:  node1',
    '  AcquireTime:     <unset>',
    '  RenewTime:       Wed, 01 Jan 2025 00:00:00 +0000',
    'Conditions:',
    '  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message',
    '  ----             ------  -----------------                 ------------------                ------                       -------',
    '  MemoryPressure   False   Wed, 01 Jan 2025 00:00:00 +0000   Fri, 27 Dec 2024 00:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available',
    '  DiskPressure     False   Wed, 01 Jan 2025 00:00:00 +0000   Fri, 27 Dec 2024 00:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure',
    '  PIDPressure      False   Wed, 01 Jan 2025 00:00:00 +0000   Fri, 27 Dec 2024 00:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available',
    '  Ready            True    Wed, 01 Jan 2025 00:00:00 +0000   Fri, 27 Dec 2024 00:00:00 +0000   KubeletReady                 kubelet is posting ready status',
    'Addresses:',
    '  InternalIP:  192.168.0.11',
    '  Hostname:    node1',
    'Capacity:',
    '  cpu:                2',
    '  ephemeral-storage:  20134592Ki',
    '  hugepages-1Gi:      0',
    '  hugepages-2Mi:      0',
    '  memory:             4010120Ki',
    '  pods:               110',
    'Allocatable:',
    '  cpu:                2',
    '  ephemeral-storage:  18556039957',
    '  hugepages-1Gi:      0',
    '  hugepages-2Mi:      0',
    '  memory:             3907720Ki',
    '  pods:               110',
    'System Info:',
    '  Machine ID:                 26b02399b972f6bcd5d0db9c0132d201',
    '  System UUID:                17e01acb-9878-9e60-4c4b-a34b57b70833',
    '  Boot ID:                    e83e753a-731d-9a68-fd34-6e9f456feee0',
    '  Kernel Version:             6.8.0-60-generic',
    '  OS Image:                   Ubuntu 24.04.2 LTS',
    '  Operating System:           linux',
    '  Architecture:               amd64',
    '  Container Runtime Version:  containerd://1.7.27',
    '  Kubelet Version:            v1.33.1',
    '  Kube-Proxy Version:         ',
    'PodCIDR:                      10.244.1.0/24',
    'PodCIDRs:                     10.244.1.0/24',
    'Non-terminated Pods:          (1 in total)',
    '  Namespace                   Name                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age',
    '  ---------                   ----                    ------------  ----------  ---------------  -------------  ---',
    '  default                     web-6c8b9d7f45-kx2vq    0 (0%)        0 (0%)      0 (0%)           0 (0%)         3m',
    'Allocated resources:',
    '  (Total limits may be over 100 percent, i.e., overcommitted.)',
    '  Resource           Requests  Limits',
    '  --------           --------  ------',
    '  cpu                0 (0%)    0 (0%)',
    '  memory             0 (0%)    0 (0%)',
    '  ephemeral-storage  0 (0%)    0 (0%)',
    '  hugepages-1Gi      0 (0%)    0 (0%)',
    '  hugepages-2Mi      0 (0%)    0 (0%)',
    'Events:              <none>',
    '',
  ],
  deployment: [
    'Name:                   web',
    'Namespace:              default',
    'CreationTimestamp:      Tue, 31 Dec 2024 23:57:00 +0000',
    'Labels:                 app=web',
    'Annotations:            deployment.kubernetes.io/revision: 1',
    'Selector:               app=web',
    'Replicas:               2 desired | 2 updated | 2 total | 2 available | 0 unavailable',
    'StrategyType:           RollingUpdate',
    'MinReadySeconds:        0',
    'RollingUpdateStrategy:  25% max unavailable, 25% max surge',
    'Pod Template:',
    '  Labels:  app=web',
    '  Containers:',
    '   web:',
    '    Image:         nginx',
    '    Port:          8080/TCP',
    '    Host Port:     0/TCP',
    '    Environment:   <none>',
    '    Mounts:        <none>',
    '  Volumes:         <none>',
    '  Node-Selectors:  <none>',
    '  Tolerations:     <none>',
    'Conditions:',
    '  Type           Status  Reason',
    '  ----           ------  ------',
    '  Available      True    MinimumReplicasAvailable',
    '  Progressing    True    NewReplicaSetAvailable',
    'OldReplicaSets:  <none>',
    'NewReplicaSet:   web-6c8b9d7f45 (2/2 replicas created)',
    'Events:',
    '  Type    Reason             Age   From                   Message',
    '  ----    ------             ----  ----                   -------',
    '  Normal  ScalingReplicaSet  3m    deployment-controller  Scaled up replica set web-6c8b9d7f45 from 0 to 2',
    '',
  ],
  endpoints: [
    'Name:         web',
    'Namespace:    default',
    'Labels:       endpoints.kubernetes.io/managed-by=endpoint-controller',
    'Annotations:  <none>',
    'Subsets:',
    '  Addresses:          10.244.1.5',
    '  NotReadyAddresses:  10.244.2.7',
    '  Ports:',
    '    Name     Port  Protocol',
    '    ----     ----  --------',
    '    <unset>  8080  TCP',
    '',
    'Events:  <none>',
    '',
  ],
  slice: [
    'Name:         web-x7k2p',
    'Namespace:    default',
    'Labels:       endpointslice.kubernetes.io/managed-by=endpointslice-controller.k8s.io',
    '              kubernetes.io/service-name=web',
    'Annotations:  <none>',
    'AddressType:  IPv4',
    'Ports:',
    '  Name     Port  Protocol',
    '  ----     ----  --------',
    '  <unset>  8080  TCP',
    'Endpoints:',
    '  - Addresses:  10.244.1.5',
    '    Conditions:',
    '      Ready:    true',
    '    Hostname:   <unset>',
    '    TargetRef:  Pod/web-6c8b9d7f45-kx2vq',
    '    NodeName:   node1',
    '    Zone:       <unset>',
    '  - Addresses:  10.244.2.7',
    '    Conditions:',
    '      Ready:    false',
    '    Hostname:   <unset>',
    '    TargetRef:  Pod/web-6c8b9d7f45-9wzlm',
    '    NodeName:   node2',
    '    Zone:       <unset>',
    'Events:         <none>',
    '',
  ],
};

const text = (k: string) => (EXPECTED[k] as string[]).join('\n');

describe('describe (pod, node, deployment, endpoints, endpointslice)', () => {
  const { state, p, p2, n1, web, svc, sl } = scenario();
  const o = { now: state.now };

  it('describe pod: running, controlled by a ReplicaSet, with events', () => {
    expect(describePod(state, p, o)).toBe(text('pod'));
  });
  it('describe pod: running but not ready; the kubelet events derived from its start', () => {
    expect(describePod(state, p2, o)).toBe(text('unready'));
  });
  it('describe node: lease, conditions, capacity, system info, pods, allocated resources', () => {
    expect(describeNode(state, n1, o)).toBe(text('node'));
  });
  it('describe deployment: pod template, conditions, replica sets, events', () => {
    expect(describeDeployment(state, web, o)).toBe(text('deployment'));
  });
  it('describe endpoints: ready and not-ready addresses per subset', () => {
    const ep = endpointsFor(state, svc);
    expect(ep && describeEndpoints(state, ep, o)).toBe(text('endpoints'));
  });
  it('describe endpointslice', () => {
    expect(describeEndpointSlice(state, sl, o)).toBe(text('slice'));
  });
  it('describe pod --show-events=false omits the Events line', () => {
    expect(describePod(state, p, { ...o, showEvents: false }).endsWith('for 300s\n')).toBe(true);
  });
});

describe('describe helpers', () => {
  it('DescribeProbe with API defaults', () => {
    expect(describeProbe({ httpGet: { path: '/healthz', port: 8080 } })).toBe(
      'http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3',
    );
    expect(describeProbe({ tcpSocket: { port: 'http' }, periodSeconds: 5 })).toBe(
      'tcp-socket :http delay=0s timeout=1s period=5s #success=1 #failure=3',
    );
    expect(
      describeProbe({ exec: { command: ['cat', '/tmp/ready'] }, initialDelaySeconds: 3 }),
    ).toBe('exec [cat /tmp/ready] delay=3s timeout=1s period=10s #success=1 #failure=3');
  });
  it('default tolerations are added once, with 300s', () => {
    const x = pod('x', undefined, undefined);
    x.spec.tolerations = [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    ];
    expect(effectiveTolerations(x)).toEqual([
      {
        key: 'node.kubernetes.io/not-ready',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
      {
        key: 'node.kubernetes.io/unreachable',
        operator: 'Exists',
        effect: 'NoExecute',
        tolerationSeconds: 300,
      },
    ]);
  });
});
