/**
 * Conformance §8.4 — `kubectl describe service` (C43–C49), literally on the reference cluster (the
 * reference's ClusterIPs and node ports requested in the manifests), and once on the playground
 * cluster with allocated values read back.
 */

import { describe, expect, it } from 'vitest';
import {
  BASE_SPEC,
  MINUTE,
  SECOND,
  clusterIPOf,
  lines,
  nodePortOf,
  ok,
  playgroundCluster,
  sliceAddresses,
  referenceCluster,
  svcYaml,
} from './kit.ts';

describe('C43–C49 on the reference cluster', () => {
  const c = referenceCluster();
  const yaml = [
    svcYaml(
      'web-np',
      `  type: NodePort\n  clusterIP: 10.103.7.201\n${BASE_SPEC}    nodePort: 30080\n`,
    ),
    svcYaml(
      'web-lb',
      `  type: LoadBalancer\n  clusterIP: 10.108.12.34\n${BASE_SPEC}    nodePort: 31234\n`,
    ),
    svcYaml('db-ext', `  type: ExternalName\n  externalName: my.database.example.com\n`),
    svcYaml(
      'web-local',
      `  type: LoadBalancer
  clusterIP: 10.99.88.77
  externalTrafficPolicy: Local
  healthCheckNodePort: 32001
  loadBalancerSourceRanges:
  - 203.0.113.0/24
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http
    nodePort: 30081
`,
    ),
  ].join('---\n');
  expect(c.apply(yaml).errors).toEqual([]);
  c.tick(12 * SECOND);

  it('C43 a NodePort Service', () => {
    expect(c.run('kubectl describe svc web-np')).toEqual(
      ok(
        lines(
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
        ),
      ),
    );
  });

  it('C45 a LoadBalancer served by MetalLB, with its events', () => {
    // The reference shows 12s/11s: on a real cluster the speaker announces a moment after the
    // controller assigns. Here both happen in the same reconcile, so both events are 12s old.
    expect(c.run('kubectl describe svc web-lb')).toEqual(
      ok(
        lines(
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
          '  Normal  nodeAssigned  12s   metallb-speaker     announcing from node "worker1" with protocol "layer2"',
        ),
      ),
    );
  });

  it('C47 an ExternalName Service: narrower labels, `IP:` followed by padding only', () => {
    expect(c.run('kubectl describe svc db-ext')).toEqual(
      ok(
        lines(
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
        ),
      ),
    );
  });

  it('C49 LB with Local policy, source ranges and a named targetPort (events expired)', () => {
    // The reference shows `Events: <none>` for a MetalLB address: events live for the API
    // server's --event-ttl (1h), so describe it an hour later.
    c.tick(61 * MINUTE);
    expect(c.run('kubectl describe svc web-local')).toEqual(
      ok(
        lines(
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
        ),
      ),
    );
  });
});

describe('C43 on the playground cluster, values read back', () => {
  it('describe a NodePort Service over my-app', () => {
    const c = playgroundCluster();
    const yaml = svcYaml(
      'my-app-np',
      `  type: NodePort\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: 8080\n`,
    );
    expect(c.apply(yaml).errors).toEqual([]);
    const ip = clusterIPOf(c, 'my-app-np');
    const endpoints = sliceAddresses(c, 'my-app-np').map((a) => `${a}:8080`);
    expect(c.run('kubectl describe svc my-app-np')).toEqual(
      ok(
        lines(
          'Name:                     my-app-np',
          'Namespace:                default',
          'Labels:                   <none>',
          'Annotations:              <none>',
          'Selector:                 app=my-app',
          'Type:                     NodePort',
          'IP Family Policy:         SingleStack',
          'IP Families:              IPv4',
          `IP:                       ${ip}`,
          `IPs:                      ${ip}`,
          'Port:                     <unset>  80/TCP',
          'TargetPort:               8080/TCP',
          `NodePort:                 <unset>  ${nodePortOf(c, 'my-app-np')}/TCP`,
          `Endpoints:                ${endpoints.join(',')}`,
          'Session Affinity:         None',
          'External Traffic Policy:  Cluster',
          'Internal Traffic Policy:  Cluster',
          'Events:                   <none>',
        ),
      ),
    );
  });
});
