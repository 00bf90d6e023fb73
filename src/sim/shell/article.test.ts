/**
 * The article (kubernetes-services.ko.md) end to end: apply each manifest, list the Services, describe
 * the headless one, curl and dig from netshoot. Addresses the seeded cluster picks are read from the
 * state; everything else is compared exactly.
 */

import { describe, expect, it } from 'vitest';
import { ARTICLE, Terminal } from './testkit.ts';

/** The page the article shows for `curl externalname-service.default.svc.cluster.local`. */
const GOOGLE_404 = `<!DOCTYPE html>
<html lang=en>
  <meta charset=utf-8>
  <meta name=viewport content="initial-scale=1, minimum-scale=1, width=device-width">
  <title>Error 404 (Not Found)!!1</title>
  <style>
    *{margin:0;padding:0}html,code{font:15px/22px arial,sans-serif}html{background:#fff;color:#222;padding:15px}body{margin:7% auto 0;max-width:390px;min-height:180px;padding:30px 0 15px}* > body{background:url(//www.google.com/images/errors/robot.png) 100% 5px no-repeat;padding-right:205px}p{margin:11px 0 22px;overflow:hidden}ins{color:#777;text-decoration:none}a img{border:0}@media screen and (max-width:772px){body{background:none;margin-top:0;max-width:none;padding-right:0}}#logo{background:url(//www.google.com/images/branding/googlelogo/1x/googlelogo_color_150x54dp.png) no-repeat;margin-left:-5px}@media only screen and (min-resolution:192dpi){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat 0% 0%/100% 100%;-moz-border-image:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) 0}}@media only screen and (-webkit-min-device-pixel-ratio:2){#logo{background:url(//www.google.com/images/branding/googlelogo/2x/googlelogo_color_150x54dp.png) no-repeat;-webkit-background-size:100% 100%}}#logo{display:inline-block;height:54px;width:150px}
  </style>
  <a href=//www.google.com/><span id=logo aria-label=Google></span></a>
  <p><b>404.</b> <ins>That’s an error.</ins>
  <p>The requested URL <code>/</code> was not found on this server.  <ins>That’s all we know.</ins>
`;

const files = {
  'clusterip.yaml': ARTICLE.clusterip,
  'nodeport.yaml': ARTICLE.nodeport,
  'lb.yaml': ARTICLE.lb,
  'externalname.yaml': ARTICLE.externalname,
  'headless.yaml': ARTICLE.headless,
};

describe('the article, command by command', () => {
  const t = new Terminal({ files });

  it('ClusterIP: 10.10.10.10 is outside kubeadm’s 10.96.0.0/12, so a v1.33 cluster refuses it', () => {
    expect(t.run('kubectl apply -f clusterip.yaml')).toMatchObject({
      stdout: '',
      stderr:
        'The Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range\n',
      exitCode: 1,
    });
  });

  it('ClusterIP with an address from the service range', () => {
    t.files = {
      ...t.files,
      'clusterip.yaml': ARTICLE.clusterip.replace('10.10.10.10', '10.96.10.10'),
    };
    expect(t.out('kubectl apply -f clusterip.yaml')).toBe('service/clusterip-service created\n');
    expect(t.out('kubectl get service')).toBe(
      'NAME                TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE\n' +
        'clusterip-service   ClusterIP   10.96.10.10   <none>        80/TCP    1s\n' +
        'kubernetes          ClusterIP   10.96.0.1     <none>        443/TCP   62s\n',
    );
  });

  it('NodePort', () => {
    expect(t.out('kubectl apply -f nodeport.yaml')).toBe('service/nodeport-service created\n');
    const ip = t.clusterIP('nodeport-service');
    expect(t.out('kubectl get service nodeport-service')).toBe(
      `NAME               TYPE       CLUSTER-IP${' '.repeat(ip.length - 7)}EXTERNAL-IP   PORT(S)        AGE\n` +
        `nodeport-service   NodePort   ${ip}   <none>        80:30001/TCP   1s\n`,
    );
  });

  it('LoadBalancer (MetalLB hands out the first pool address)', () => {
    expect(t.out('kubectl apply -f lb.yaml')).toBe('service/lb-service created\n');
    const svc = t.state.services['default/lb-service'];
    const ip = svc?.spec.clusterIP ?? '';
    const np = svc?.spec.ports?.[0]?.nodePort;
    expect(t.out('kubectl get service lb-service')).toBe(
      `NAME         TYPE           CLUSTER-IP${' '.repeat(ip.length - 7)}EXTERNAL-IP     PORT(S)        AGE\n` +
        `lb-service   LoadBalancer   ${ip}   192.168.0.180   80:${np}/TCP   1s\n`,
    );
  });

  it('ExternalName', () => {
    expect(t.out('kubectl apply -f externalname.yaml')).toBe(
      'service/externalname-service created\n',
    );
    expect(t.out('kubectl get service externalname-service')).toBe(
      'NAME                   TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'externalname-service   ExternalName   <none>       google.com    <none>    1s\n',
    );
  });

  it('curl through the ExternalName from netshoot shows Google’s 404 page', () => {
    const r = t.run(
      'kubectl exec -it netshoot -- curl externalname-service.default.svc.cluster.local',
    );
    expect(r).toMatchObject({ stdout: GOOGLE_404, stderr: '', exitCode: 0 });
    expect(r.traces[0]?.resolved?.cname).toBe('google.com');
  });

  it('dig shows the CNAME and the A record', () => {
    const r = t.run(
      'kubectl exec -it netshoot -- dig externalname-service.default.svc.cluster.local',
    );
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(
      ';; ANSWER SECTION:\nexternalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.\ngoogle.com.\t\t30\tIN\tA\t172.217.161.238\n\n',
    );
    expect(r.stdout).toContain(';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ');
  });

  it('headless: CLUSTER-IP None, describe lists both endpoints', () => {
    expect(t.out('kubectl apply -f headless.yaml')).toBe('service/headless-service created\n');
    expect(t.out('kubectl get service headless-service')).toBe(
      'NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE\n' +
        'headless-service   ClusterIP   None         <none>        80/TCP    1s\n',
    );
    const ips = t
      .pods('my-app')
      .map((p) => p.status.podIP ?? '')
      .sort();
    expect(t.out('kubectl describe service headless-service')).toBe(
      [
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
        '',
      ].join('\n'),
    );
  });

  it('dig from an interactive netshoot shell: one A record per endpoint', () => {
    expect(t.run('kubectl exec -it netshoot -- bash').prompt).toBe('bash-5.2# ');
    const r = t.run('dig headless-service.default.svc.cluster.local');
    const answer = /;; ANSWER SECTION:\n((?:.+\n)+)\n/.exec(r.stdout)?.[1] ?? '';
    const ips = t
      .pods('my-app')
      .map((p) => p.status.podIP ?? '')
      .sort();
    expect(answer.split('\n').filter(Boolean).sort()).toEqual(
      ips.map((ip) => `headless-service.default.svc.cluster.local. 30 IN A ${ip}`),
    );
    expect(t.run('exit')).toMatchObject({ stderr: 'exit\n', prompt: '$ ' });
  });

  it('the final service list', () => {
    const out = t.out('kubectl get service');
    expect(out.split('\n').map((l) => l.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'NAME TYPE',
      'clusterip-service ClusterIP',
      'externalname-service ExternalName',
      'headless-service ClusterIP',
      'kubernetes ClusterIP',
      'lb-service LoadBalancer',
      'nodeport-service NodePort',
      '',
    ]);
  });
});
