/**
 * Conformance §8.7 (C69, ExternalName end to end) and the article's command sequence
 * (seed/kubernetes-services.ko.md) on the playground's own cluster, through `cluster.run`.
 */

import { describe, expect, it } from 'vitest';
import { ARTICLE_MANIFESTS } from '../testing/article.ts';
import {
  clusterIPOf,
  fail,
  lines,
  nodePortOf,
  ok,
  playgroundCluster,
  sliceAddresses,
  table,
} from './kit.ts';

describe('C69 ExternalName end to end', () => {
  const c = playgroundCluster();

  it('kubectl create service externalname, then get', () => {
    expect(
      c.run('kubectl create service externalname db-ext --external-name my.database.example.com'),
    ).toEqual(ok('service/db-ext created\n'));
    expect(c.run('kubectl get svc db-ext')).toEqual(
      ok(
        lines(
          'NAME     TYPE           CLUSTER-IP   EXTERNAL-IP               PORT(S)   AGE',
          'db-ext   ExternalName   <none>       my.database.example.com   <none>    0s',
        ),
      ),
    );
  });

  it('kube-proxy programs nothing and no EndpointSlice is made', () => {
    expect(c.run('ssh node1 iptables-save | grep db-ext')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 1,
    });
    expect(c.run('kubectl get endpointslices -l kubernetes.io/service-name=db-ext')).toEqual({
      stdout: '',
      stderr: 'No resources found in default namespace.\n',
      exitCode: 0,
    });
  });

  it('only DNS changes: a CNAME to the external name', () => {
    // kubectl create service gives it `app=db-ext` as label and selector (create_service.go);
    // the EndpointSlice controller skips ExternalName Services all the same.
    expect(
      c.run('kubectl exec netshoot -- dig +noall +answer db-ext.default.svc.cluster.local'),
    ).toEqual(ok('db-ext.default.svc.cluster.local. 30 IN\tCNAME\tmy.database.example.com.\n'));
  });
});

describe('the article, command by command, on the playground cluster', () => {
  const c = playgroundCluster();
  const files: Record<string, string> = { ...ARTICLE_MANIFESTS };
  const run = (line: string) => c.run(line, { files });
  const svcRow = (name: string, type: string, ext: string, ports: string) => [
    name,
    type,
    clusterIPOf(c, name) || '<none>',
    ext,
    ports,
    '0s',
  ];
  const HEAD = ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'];

  it('ClusterIP 10.10.10.10 is outside kubeadm’s 10.96.0.0/12: a v1.33 cluster refuses it', () => {
    expect(run('kubectl apply -f clusterip-service.yaml')).toEqual(
      fail(
        'The Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range',
      ),
    );
  });

  it('NodePort on 30001', () => {
    expect(run('kubectl apply -f nodeport-service.yaml')).toEqual(
      ok('service/nodeport-service created\n'),
    );
    expect(run('kubectl get service nodeport-service')).toEqual(
      ok(table([HEAD, svcRow('nodeport-service', 'NodePort', '<none>', '80:30001/TCP')])),
    );
    const t = c.send({ from: 'client', to: 'node3:30001' });
    expect(t.outcome).toBe('delivered');
    expect(t.hops.some((h) => h.crossNode)).toBe(true); // no my-app pod on node3: the second hop
  });

  it('LoadBalancer: MetalLB hands out the pool’s first address', () => {
    // The article's cluster showed 192.168.0.181 (its .180 was taken); ours starts at .180.
    expect(run('kubectl apply -f lb-service.yaml')).toEqual(ok('service/lb-service created\n'));
    const np = nodePortOf(c, 'lb-service');
    expect(run('kubectl get service lb-service')).toEqual(
      ok(table([HEAD, svcRow('lb-service', 'LoadBalancer', '192.168.0.180', `80:${np}/TCP`)])),
    );
    expect(c.send({ from: 'client', to: '192.168.0.180:80' }).outcome).toBe('delivered');
  });

  it('ExternalName to google.com: curl gets Google’s 404, dig shows the CNAME', () => {
    expect(run('kubectl apply -f externalname-service.yaml')).toEqual(
      ok('service/externalname-service created\n'),
    );
    expect(run('kubectl get service externalname-service')).toEqual(
      ok(
        lines(
          'NAME                   TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
          'externalname-service   ExternalName   <none>       google.com    <none>    0s',
        ),
      ),
    );
    const curl = run(
      'kubectl exec -it netshoot -- curl externalname-service.default.svc.cluster.local',
    );
    expect(curl.exitCode).toBe(0);
    expect(curl.stdout).toContain('  <title>Error 404 (Not Found)!!1</title>\n');
    expect(curl.stdout).toContain(
      '  <p>The requested URL <code>/</code> was not found on this server.  <ins>That’s all we know.</ins>\n',
    );
    const dig = run(
      'kubectl exec -it netshoot -- dig externalname-service.default.svc.cluster.local',
    );
    expect(dig.stdout).toContain(
      ';; ANSWER SECTION:\n' +
        'externalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.\n' +
        'google.com.\t\t30\tIN\tA\t172.217.161.238\n\n',
    );
  });

  it('headless: CLUSTER-IP None, describe lists the endpoints, dig one A per pod', () => {
    expect(run('kubectl apply -f headless-service.yaml')).toEqual(
      ok('service/headless-service created\n'),
    );
    expect(run('kubectl get service headless-service')).toEqual(
      ok(
        lines(
          'NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
          'headless-service   ClusterIP   None         <none>        80/TCP    0s',
        ),
      ),
    );
    const ips = sliceAddresses(c, 'headless-service');
    // v1.33's describe also prints `Internal Traffic Policy: Cluster`, which the article's older
    // kubectl did not, and so the value column is two characters wider.
    expect(run('kubectl describe service headless-service')).toEqual(
      ok(
        lines(
          'Name:                     headless-service',
          'Namespace:                default',
          'Labels:                   <none>',
          'Annotations:              <none>',
          'Selector:                 app=my-app',
          'Type:                     ClusterIP',
          'IP Family Policy:         SingleStack',
          'IP Families:              IPv4',
          'IP:                       None',
          'IPs:                      None',
          'Port:                     <unset>  80/TCP',
          'TargetPort:               80/TCP',
          `Endpoints:                ${ips.map((ip) => `${ip}:80`).join(',')}`,
          'Session Affinity:         None',
          'Internal Traffic Policy:  Cluster',
          'Events:                   <none>',
        ),
      ),
    );
    const dig = run(
      'kubectl exec -it netshoot -- dig +noall +answer headless-service.default.svc.cluster.local',
    );
    expect(dig.stdout.split('\n').filter(Boolean).sort()).toEqual(
      [...ips].sort().map((ip) => `headless-service.default.svc.cluster.local. 30 IN A ${ip}`),
    );
  });

  it('kubectl get service lists everything the article created', () => {
    expect(run('kubectl get service')).toEqual(
      ok(
        table([
          HEAD,
          svcRow('externalname-service', 'ExternalName', 'google.com', '<none>'),
          ['headless-service', 'ClusterIP', 'None', '<none>', '80/TCP', '0s'],
          ['kubernetes', 'ClusterIP', '10.96.0.1', '<none>', '443/TCP', '0s'],
          svcRow(
            'lb-service',
            'LoadBalancer',
            '192.168.0.180',
            `80:${nodePortOf(c, 'lb-service')}/TCP`,
          ),
          svcRow('nodeport-service', 'NodePort', '<none>', '80:30001/TCP'),
        ]),
      ),
    );
  });
});
