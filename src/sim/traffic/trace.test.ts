import { describe, expect, it } from 'vitest';
import { hopShape, podsOf, serviceYaml as svc, trafficCluster } from '../testing/cluster.ts';

const cluster = trafficCluster;

const myAppIPs = (c: ReturnType<typeof cluster>) => podsOf(c, 'my-app').map((p) => p.status.podIP);

/** kube-proxy's flow tests as a table: where from, where to, and what must happen. */
describe.each([
  {
    name: 'NodePort on a node without a pod: second hop, client address hidden',
    from: 'client',
    to: '192.168.0.13:30001',
    outcome: 'delivered',
    shape: [
      'client:send',
      'node3:match',
      'node3:dnat',
      'node3:snat',
      'node3:forward',
      /node[12]:deliver/,
      'node3:reply',
    ],
    cross: true,
    seen: /^192\.168\.0\.13:\d+$/,
  },
  {
    name: 'NodePort on a node with a pod: Cluster policy still masquerades',
    from: 'client',
    to: '192.168.0.11:30001',
    outcome: 'delivered',
    cross: undefined,
    seen: /^(10\.244\.1\.1|192\.168\.0\.11):\d+$/,
  },
  {
    name: 'externalTrafficPolicy: Local on node3 (no local endpoint): dropped',
    from: 'client',
    to: '192.168.0.13:30002',
    outcome: 'timeout',
    shape: ['client:send', 'node3:drop'],
    cross: false,
  },
  {
    name: 'externalTrafficPolicy: Local on node1: the pod sees the client address',
    from: 'client',
    to: '192.168.0.11:30002',
    outcome: 'delivered',
    shape: ['client:send', 'node1:match', 'node1:dnat', 'node1:deliver', 'node1:reply'],
    cross: false,
    seen: /^203\.0\.113\.10:\d+$/,
  },
  {
    name: 'externalTrafficPolicy: Local from a pod on node3: pod traffic goes anywhere',
    from: 'pod/netshoot',
    to: '192.168.0.13:30002',
    outcome: 'delivered',
    seen: /^10\.244\.3\.2:\d+$/,
  },
  {
    name: 'ClusterIP from outside the cluster: timeout',
    from: 'client',
    to: '10.96.0.10:53',
    outcome: 'timeout',
    shape: ['client:drop'],
  },
  {
    name: 'a pod address from outside the cluster: timeout',
    from: 'client',
    to: '10.244.1.2:80',
    outcome: 'timeout',
  },
  {
    name: 'LoadBalancer via MetalLB L2: arrives at the announcing node with the LB IP',
    from: 'client',
    to: '192.168.0.180:80',
    outcome: 'delivered',
  },
  {
    name: 'a name nobody knows: NXDOMAIN',
    from: 'pod/netshoot',
    to: 'nope:80',
    outcome: 'nxdomain',
    shape: ['node3:dns'],
  },
  {
    name: 'cluster names do not resolve from the client',
    from: 'client',
    to: 'nodeport-service.default.svc.cluster.local:80',
    outcome: 'nxdomain',
  },
  {
    name: 'a closed port on a pod: connection refused by the pod',
    from: 'pod/netshoot',
    to: '10.244.1.2:9999',
    outcome: 'refused',
  },
  {
    name: 'a node port nothing uses: refused by the node',
    from: 'client',
    to: '192.168.0.12:31999',
    outcome: 'refused',
  },
])('$name', ({ from, to, outcome, shape, cross, seen }) => {
  const c = cluster();
  const t = c.send({ from, to });
  it(`ends ${outcome}`, () => expect(t.outcome).toBe(outcome));
  if (shape) {
    it('takes the expected hops', () => {
      const got = hopShape(t);
      expect(got.length).toBe(shape.length);
      shape.forEach((s, i) =>
        typeof s === 'string' ? expect(got[i]).toBe(s) : expect(got[i]).toMatch(s),
      );
    });
  }
  if (cross !== undefined)
    it(`${cross ? 'crosses' : 'does not cross'} to another node`, () =>
      expect(t.hops.some((h) => h.crossNode)).toBe(cross));
  if (seen)
    it('is answered by my-app, seeing the expected client address', () => {
      expect(myAppIPs(c).map((ip) => `${ip}`)).toContain(
        t.hops.find((h) => h.action === 'deliver')?.before.dst.split(':')[0],
      );
      expect(t.clientAddress).toMatch(seen);
    });
  it('every trace ends with a final hop', () => expect(t.hops.length).toBeGreaterThan(0));
});

describe('chains and addresses', () => {
  it('names the real kube-proxy chains on the way', () => {
    const c = cluster();
    const t = c.send({ from: 'client', to: 'node3:30001' });
    const dnat = t.hops.find((h) => h.action === 'dnat');
    expect(dnat?.chains?.slice(0, 4)).toEqual([
      'PREROUTING',
      'KUBE-SERVICES',
      'KUBE-NODEPORTS',
      'KUBE-EXT-QATUYZLPU4I4HE4S',
    ]);
    expect(dnat?.chains?.[4]).toBe('KUBE-SVC-QATUYZLPU4I4HE4S');
    expect(dnat?.chain).toMatch(/^KUBE-SEP-[A-Z2-7]{16}$/);
    expect(dnat?.before).toEqual({
      src: expect.stringMatching(/^203\.0\.113\.10:/),
      dst: '192.168.0.13:30001',
    });
    expect(dnat?.after.dst).toMatch(/^10\.244\.[12]\.2:8080$/);
    const forward = t.hops.find((h) => h.action === 'forward');
    expect([forward?.crossNode, forward?.latencyMs]).toEqual([true, 0.4]);
    const reply = t.hops.at(-1);
    expect(reply?.after).toEqual({ src: '192.168.0.13:30001', dst: dnat?.before.src });
  });

  it('ExternalName: a CNAME, no proxying, and Host keeps the Service name (google answers 404)', () => {
    const c = cluster();
    const t = c.send({
      from: 'pod/netshoot',
      to: 'externalname-service.default.svc.cluster.local',
    });
    expect([t.outcome, t.server, t.resolved?.cname, t.connectedTo]).toEqual([
      'delivered',
      'google.com',
      'google.com',
      '172.217.161.238:80',
    ]);
    expect(t.hops.some((h) => h.action === 'dnat')).toBe(false);
    expect(t.response?.status).toBe(404);
    expect(t.response?.body).toContain('<title>Error 404 (Not Found)!!1</title>');
  });

  it('headless: DNS returns pod addresses and the client connects to a pod directly', () => {
    const c = cluster();
    const t = c.send({ from: 'pod/netshoot', to: 'headless-service:80' });
    expect(t.outcome).toBe('delivered');
    expect(t.resolved?.addresses.sort()).toEqual(['10.244.1.2', '10.244.2.2']);
    expect(t.hops.some((h) => h.action === 'dnat')).toBe(false);
    expect(t.clientAddress).toMatch(/^10\.244\.3\.2:/);
  });

  it('the response shows the pod name and the address it saw (whoami)', () => {
    const c = cluster();
    const t = c.send({ from: 'client', to: '192.168.0.11:30002' });
    expect(t.response?.body).toContain(`Hostname: ${t.pod?.split('/')[1]}`);
    expect(t.response?.body).toContain(`RemoteAddr: ${t.clientAddress}`);
  });
});

describe('endpoint choice', () => {
  it('spreads over both pods and is reproducible for a seed', () => {
    const pick = () => {
      const c = cluster();
      return Array.from({ length: 40 }, () => c.send({ from: 'client', to: 'node3:30001' }).pod);
    };
    const a = pick();
    expect(new Set(a).size).toBe(2);
    expect(pick()).toEqual(a);
  });

  it('sessionAffinity: ClientIP pins one client to one pod', () => {
    const c = cluster();
    c.apply(
      svc(
        'sticky',
        '  sessionAffinity: ClientIP\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
      ),
    );
    const picks = new Set(
      Array.from({ length: 20 }, () => c.send({ from: 'pod/netshoot', to: 'sticky:80' }).pod),
    );
    expect(picks.size).toBe(1);
  });

  it('sessionAffinity behind a Cluster-policy node port pins every client to one pod (they all share the node address)', () => {
    const c = cluster();
    c.apply(
      svc(
        'sticky-np',
        '  type: NodePort\n  sessionAffinity: ClientIP\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n    nodePort: 30003\n',
      ),
    );
    const picks = new Set(
      Array.from({ length: 20 }, () => c.send({ from: 'client', to: 'node3:30003' }).pod),
    );
    expect(picks.size).toBe(1);
  });
});

describe('no endpoints and readiness', () => {
  it('a Service whose selector matches nothing is rejected at once (REJECT → refused)', () => {
    const c = cluster();
    c.apply(svc('empty', '  selector:\n    app: nothing\n  ports:\n  - port: 80\n'));
    const t = c.send({ from: 'pod/netshoot', to: 'empty:80' });
    expect(t.outcome).toBe('refused');
    expect(t.hops.at(-1)?.explain).toBe(
      'default/empty has no endpoints: kube-proxy installed a REJECT rule, so the connection is refused at once',
    );
  });

  it('a pod that is not ready stops receiving Service traffic', () => {
    const c = cluster();
    const [a, b] = podsOf(c, 'my-app');
    c.setPodReady(a?.metadata.name ?? '', false);
    const picks = new Set(
      Array.from(
        { length: 10 },
        () => c.send({ from: 'pod/netshoot', to: 'nodeport-service:80' }).pod,
      ),
    );
    expect([...picks]).toEqual([`default/${b?.metadata.name}`]);
  });

  it('targetPort pointing at a closed port: the pod resets the connection', () => {
    const c = cluster();
    c.apply(
      svc('closed', '  selector:\n    app: my-app\n  ports:\n  - port: 80\n    targetPort: 9090\n'),
    );
    expect(c.send({ from: 'pod/netshoot', to: 'closed:80' }).outcome).toBe('refused');
  });

  it('internalTrafficPolicy: Local from a node without endpoints drops', () => {
    const c = cluster();
    c.apply(
      svc(
        'itp',
        '  internalTrafficPolicy: Local\n  selector:\n    app: my-app\n  ports:\n  - port: 80\n',
      ),
    );
    expect(c.send({ from: 'pod/netshoot', to: 'itp:80' }).outcome).toBe('timeout');
  });
});
