import { describe, expect, it } from 'vitest';
import { describeService, formatEndpointSlices } from './describe-service.ts';
import { NOW, clusterService, event, makeState, service, slice } from './test-fixtures.ts';

const webSlice = (name: string, svc: string) =>
  slice(
    name,
    svc,
    [{ protocol: 'TCP', port: 8080 }],
    [
      { ip: '10.244.1.5', node: 'worker1' },
      { ip: '10.244.2.7', node: 'worker2' },
    ],
  );

describe('describeService', () => {
  it('C43: NodePort Service', () => {
    const svc = clusterService('web-np', '10.103.7.201', {
      type: 'NodePort',
      selector: { app: 'web' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
      externalTrafficPolicy: 'Cluster',
    });
    const state = makeState({
      services: [svc],
      endpointSlices: [webSlice('web-np-7gfkx', 'web-np')],
    });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:                     web-np',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=web',
        'Type:                     NodePort',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.103.7.201',
        'IPs:                      10.103.7.201',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  30080/TCP',
        'Endpoints:                10.244.1.5:8080,10.244.2.7:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:                   <none>',
        '',
      ].join('\n'),
    );
  });

  it('C45: LoadBalancer served by MetalLB, with events', () => {
    const svc = clusterService('web-lb', '10.108.12.34', {
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 31234 }],
      externalTrafficPolicy: 'Cluster',
      allocateLoadBalancerNodePorts: true,
    });
    svc.status.loadBalancer.ingress = [{ ip: '192.168.0.180', ipMode: 'VIP' }];
    const state = makeState({
      services: [svc],
      endpointSlices: [webSlice('web-lb-qn5wd', 'web-lb')],
      events: [
        event('Service', 'web-lb', svc.metadata.uid, {
          reason: 'IPAllocated',
          message: 'Assigned IP ["192.168.0.180"]',
          source: 'metallb-controller',
          firstAgo: 12,
        }),
        event('Service', 'web-lb', svc.metadata.uid, {
          reason: 'nodeAssigned',
          message: 'announcing from node "worker1" with protocol "layer2"',
          source: 'metallb-speaker',
          firstAgo: 11,
        }),
      ],
    });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:                     web-lb',
        'Namespace:                default',
        'Labels:                   <none>',
        'Annotations:              <none>',
        'Selector:                 app=web',
        'Type:                     LoadBalancer',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.108.12.34',
        'IPs:                      10.108.12.34',
        'LoadBalancer Ingress:     192.168.0.180 (VIP)',
        'Port:                     <unset>  80/TCP',
        'TargetPort:               8080/TCP',
        'NodePort:                 <unset>  31234/TCP',
        'Endpoints:                10.244.1.5:8080,10.244.2.7:8080',
        'Session Affinity:         None',
        'External Traffic Policy:  Cluster',
        'Internal Traffic Policy:  Cluster',
        'Events:',
        '  Type    Reason        Age   From                Message',
        '  ----    ------        ----  ----                -------',
        '  Normal  IPAllocated   12s   metallb-controller  Assigned IP ["192.168.0.180"]',
        '  Normal  nodeAssigned  11s   metallb-speaker     announcing from node "worker1" with protocol "layer2"',
        '',
      ].join('\n'),
    );
  });

  it('C47: ExternalName Service (IP: keeps its padding)', () => {
    const svc = service('db-ext', {
      type: 'ExternalName',
      externalName: 'my.database.example.com',
    });
    const state = makeState({ services: [svc] });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:              db-ext',
        'Namespace:         default',
        'Labels:            <none>',
        'Annotations:       <none>',
        'Selector:          <none>',
        'Type:              ExternalName',
        'IP Families:       <none>',
        'IP:                ',
        'IPs:               <none>',
        'External Name:     my.database.example.com',
        'Session Affinity:  None',
        'Events:            <none>',
        '',
      ].join('\n'),
    );
  });

  it('C49: LB with Local policy, source ranges, named targetPort', () => {
    const svc = clusterService('web-local', '10.99.88.77', {
      type: 'LoadBalancer',
      selector: { app: 'web' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http', nodePort: 30081 }],
      externalTrafficPolicy: 'Local',
      healthCheckNodePort: 32001,
      loadBalancerSourceRanges: ['203.0.113.0/24'],
    });
    svc.status.loadBalancer.ingress = [{ ip: '192.168.0.181', ipMode: 'VIP' }];
    const sl = slice(
      'web-local-abcde',
      'web-local',
      [{ name: 'http', protocol: 'TCP', port: 8080 }],
      [{ ip: '10.244.1.5' }, { ip: '10.244.2.7' }],
    );
    const state = makeState({ services: [svc], endpointSlices: [sl] });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:                        web-local',
        'Namespace:                   default',
        'Labels:                      <none>',
        'Annotations:                 <none>',
        'Selector:                    app=web',
        'Type:                        LoadBalancer',
        'IP Family Policy:            SingleStack',
        'IP Families:                 IPv4',
        'IP:                          10.99.88.77',
        'IPs:                         10.99.88.77',
        'LoadBalancer Ingress:        192.168.0.181 (VIP)',
        'Port:                        http  80/TCP',
        'TargetPort:                  http/TCP',
        'NodePort:                    http  30081/TCP',
        'Endpoints:                   10.244.1.5:8080,10.244.2.7:8080',
        'Session Affinity:            None',
        'External Traffic Policy:     Local',
        'Internal Traffic Policy:     Cluster',
        'HealthCheck NodePort:        32001',
        'LoadBalancer Source Ranges:  203.0.113.0/24',
        'Events:                      <none>',
        '',
      ].join('\n'),
    );
  });

  it("the article's headless Service (no Internal Traffic Policy set on that older cluster)", () => {
    const svc = service('headless-service', {
      type: 'ClusterIP',
      clusterIP: 'None',
      clusterIPs: ['None'],
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      selector: { app: 'my-app' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
    });
    const sl = slice(
      'headless-service-x2k9d',
      'headless-service',
      [{ protocol: 'TCP', port: 80 }],
      [{ ip: '10.244.189.76' }, { ip: '10.244.235.175' }],
    );
    const state = makeState({ services: [svc], endpointSlices: [sl] });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:              headless-service',
        'Namespace:         default',
        'Labels:            <none>',
        'Annotations:       <none>',
        'Selector:          app=my-app',
        'Type:              ClusterIP',
        'IP Family Policy:  SingleStack',
        'IP Families:       IPv4',
        'IP:                None',
        'IPs:               None',
        'Port:              <unset>  80/TCP',
        'TargetPort:        80/TCP',
        'Endpoints:         10.244.189.76:80,10.244.235.175:80',
        'Session Affinity:  None',
        'Events:            <none>',
        '',
      ].join('\n'),
    );
  });

  it('labels, annotations (last-applied skipped), repeated events and multi-port alignment', () => {
    const svc = clusterService('multi', '10.110.20.30', {
      selector: { app: 'multi' },
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 },
        { name: 'https', protocol: 'TCP', port: 443, targetPort: 8443 },
      ],
    });
    svc.metadata.labels = { tier: 'web', app: 'multi' };
    svc.metadata.annotations = {
      'kubectl.kubernetes.io/last-applied-configuration': '{"apiVersion":"v1"}\n',
      'example.com/owner': 'team-a',
    };
    const state = makeState({
      services: [svc],
      events: [
        event('Service', 'multi', svc.metadata.uid, {
          type: 'Warning',
          reason: 'SyncFailed',
          message: 'something went wrong ',
          source: 'service-controller',
          firstAgo: 600,
          lastAgo: 30,
          count: 4,
        }),
      ],
    });
    expect(describeService(state, svc, { now: NOW })).toBe(
      [
        'Name:                     multi',
        'Namespace:                default',
        'Labels:                   app=multi',
        '                          tier=web',
        'Annotations:              example.com/owner: team-a',
        'Selector:                 app=multi',
        'Type:                     ClusterIP',
        'IP Family Policy:         SingleStack',
        'IP Families:              IPv4',
        'IP:                       10.110.20.30',
        'IPs:                      10.110.20.30',
        'Port:                     http  80/TCP',
        'TargetPort:               8080/TCP',
        'Endpoints:                <none>',
        'Port:                     https  443/TCP',
        'TargetPort:               8443/TCP',
        'Endpoints:                <none>',
        'Session Affinity:         None',
        'Internal Traffic Policy:  Cluster',
        'Events:',
        '  Type     Reason      Age                From                Message',
        '  ----     ------      ----               ----                -------',
        '  Warning  SyncFailed  30s (x4 over 10m)  service-controller  something went wrong',
        '',
      ].join('\n'),
    );
  });
});

describe('formatEndpointSlices', () => {
  const ports = [{ protocol: 'TCP' as const, port: 8080 }];
  it('is empty when slices exist but no endpoint is ready', () => {
    const sl = slice('web-a', 'web', null, []);
    expect(formatEndpointSlices([sl], '')).toBe('');
    expect(formatEndpointSlices([], '')).toBe('<none>');
  });
  it('keeps at most three ready endpoints', () => {
    const ips = ['10.244.1.5', '10.244.1.6', '10.244.2.7', '10.244.2.8', '10.244.2.9'];
    const sl = slice(
      'big-a',
      'big',
      ports,
      ips.map((ip) => ({ ip })),
    );
    expect(formatEndpointSlices([sl], '')).toBe(
      '10.244.1.5:8080,10.244.1.6:8080,10.244.2.7:8080 + 2 more...',
    );
  });
  it('skips not-ready endpoints and lists bare IPs for port-less slices', () => {
    const sl = slice('hl-a', 'hl', null, [
      { ip: '10.244.1.5', ready: false },
      { ip: '10.244.2.7' },
    ]);
    expect(formatEndpointSlices([sl], '')).toBe('10.244.2.7');
  });
  it("keeps kubectl's quirk: a full list followed by a not-ready endpoint says + 0 more", () => {
    const sl = slice('q-a', 'q', ports, [
      { ip: '10.0.0.1' },
      { ip: '10.0.0.2' },
      { ip: '10.0.0.3' },
      { ip: '10.0.0.4', ready: false },
    ]);
    expect(formatEndpointSlices([sl], '')).toBe(
      '10.0.0.1:8080,10.0.0.2:8080,10.0.0.3:8080 + 0 more...',
    );
  });
});
