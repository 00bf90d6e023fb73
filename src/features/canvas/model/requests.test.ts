import { describe, expect, it } from 'vitest';
import { requestsForClient, requestsForNode, requestsForPod } from './requests.ts';
import { EXTERNAL_NAME, HEADLESS, NODEPORT_LOCAL, serviceYaml, stateWith } from './testkit.ts';
import { canvasTopology } from './topology.ts';

describe('request menus', () => {
  const lb = serviceYaml('web', {
    type: 'LoadBalancer',
    extra: '  externalTrafficPolicy: Local\n',
  });
  const topo = canvasTopology(stateWith([NODEPORT_LOCAL, lb, HEADLESS, EXTERNAL_NAME]));
  const vip = topo.services.find((s) => s.name === 'web')?.lbIPs[0];
  const webPort = topo.services.find((s) => s.name === 'web')?.ports[0]?.nodePort;
  const health = topo.nodes[3]?.ports.find((p) => p.health)?.port;

  it('a node offers its node ports, health-check node ports and the LB addresses', () => {
    expect(
      requestsForNode(topo, 'node3').map((o) => [o.command, o.request.from, o.why.key]),
    ).toEqual([
      ['curl 192.168.0.13:30001', 'client', 'nodePort'],
      [`curl 192.168.0.13:${webPort}`, 'client', 'nodePort'],
      [`curl 192.168.0.13:${health}/healthz`, 'client', 'healthCheck'],
      [`curl ${vip}:80`, 'client', 'lbAddress'],
    ]);
  });

  it('the client offers the LB addresses', () => {
    expect(requestsForClient(topo).map((o) => o.request)).toEqual([
      { from: 'client', to: `${vip}:80` },
    ]);
  });

  it('a pod curls Services by name and cluster IP, headless and ExternalName by name', () => {
    const netshoot = topo.pods.find((p) => p.name === 'netshoot');
    if (!netshoot) throw new Error('no netshoot');
    const myApp = topo.services.find((s) => s.name === 'my-app')?.clusterIP;
    const cmds = requestsForPod(topo, netshoot).map((o) => o.command);
    expect(cmds).toEqual([
      'kubectl exec netshoot -- curl kubernetes:443',
      expect.stringMatching(/^kubectl exec netshoot -- curl 10\.\d+\.\d+\.\d+:443$/),
      'kubectl exec netshoot -- curl my-app',
      `kubectl exec netshoot -- curl ${myApp}:80`,
      'kubectl exec netshoot -- curl web',
      expect.stringMatching(/^kubectl exec netshoot -- curl 10\.\d+\.\d+\.\d+:80$/),
      'kubectl exec netshoot -- curl my-app-headless',
      'kubectl exec netshoot -- curl search',
      'kubectl exec netshoot -- curl google.com',
    ]);
    expect(requestsForPod(topo, netshoot)[2]?.request).toEqual({
      from: 'pod/default/netshoot',
      to: 'my-app',
    });
  });
});
