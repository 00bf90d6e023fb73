/** The check library on small hand-made clusters: what passes, and the exact explanations. */
import { describe, expect, it } from 'vitest';
import { step } from '../../sim/index.ts';
import type { SimState, Trace } from '../../sim/index.ts';
import { goalContext } from '../context.ts';
import { NODEPORT_SERVICE } from '../manifests.ts';
import { buildStart } from '../runner.ts';
import { AT } from '../testkit.ts';
import type { Check, GoalContext } from '../types.ts';
import {
  dnsAnswers,
  endpointsCount,
  learnerSent,
  requestFails,
  requestReaches,
  serviceExists,
} from './index.ts';

const base = (): SimState => buildStart({ files: [] }, AT).sim;
const apply = (s: SimState, text: string): SimState =>
  step(s, { type: 'manifests/applied', text, at: AT }).state;
const send = (s: SimState, from: string, to: string): Trace =>
  step(s, { type: 'request/sent', request: { from, to }, at: AT }).result;
const run = (c: Check, ctx: GoalContext) => c.run(ctx);

describe('serviceExists', () => {
  const check = serviceExists({ type: 'NodePort', selects: { app: 'my-app' } });

  it('explains an empty cluster', () => {
    expect(run(check, goalContext({ state: base() })).explanation).toEqual({
      en: 'There is no Service yet: `kubectl get svc` lists only `kubernetes`.',
      ko: '아직 서비스가 없습니다. `kubectl get svc` 에는 `kubernetes` 만 보입니다.',
    });
  });

  it('passes any name and summarises the Service as kubectl would', () => {
    const s = apply(base(), NODEPORT_SERVICE.replace('nodeport-service', 'anything'));
    const r = run(check, goalContext({ state: s }));
    expect(r.pass).toBe(true);
    expect(r.explanation.en).toBe(
      'Service anything: TYPE NodePort, CLUSTER-IP 10.99.111.233, EXTERNAL-IP <none>, PORT(S) 80:30001/TCP.',
    );
  });

  it('has a title in every language', () => {
    expect(check.title).toEqual({
      en: 'A NodePort Service selects the app=my-app pods',
      ko: 'app=my-app 파드를 고르는 NodePort 서비스가 있다',
    });
  });

  it('names the closest Service and its first problem', () => {
    const s = apply(
      base(),
      NODEPORT_SERVICE.replace('type: NodePort', 'type: ClusterIP').replace(
        '      nodePort: 30001\n',
        '',
      ),
    );
    expect(run(check, goalContext({ state: s })).explanation.en).toBe(
      'Service nodeport-service is type ClusterIP; this needs type NodePort.',
    );
  });
});

describe('requestReaches and requestFails', () => {
  it('explains a closed node port', () => {
    const c = requestReaches({ from: 'client', to: 'node3:30002' });
    expect(c.title.en).toBe('A request from the client to node3:30002 gets an answer');
    expect(run(c, goalContext({ state: base() })).explanation).toEqual({
      en: 'The client → node3:30002: connection refused on node3.',
      ko: '클라이언트 → node3:30002: node3 노드에서 연결이 거부되었습니다.',
    });
  });

  it('explains that Service names do not resolve outside the cluster', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    const c = requestReaches({ from: 'client', to: 'nodeport-service:80' });
    expect(run(c, goalContext({ state: s })).explanation).toEqual({
      en: 'The client → nodeport-service:80: nodeport-service does not resolve outside the cluster — Service names live in the cluster DNS (CoreDNS), which the client does not use.',
      ko: '클라이언트 → nodeport-service:80: 클러스터 밖에서는 nodeport-service 이름을 찾을 수 없습니다. 서비스 이름은 클러스터 DNS(CoreDNS)에만 있고, 클라이언트는 그 DNS를 쓰지 않습니다.',
    });
  });

  it('explains a source that does not exist', () => {
    const c = requestReaches({ from: 'pod/nope', to: 'node1:80' });
    expect(run(c, goalContext({ state: base() })).explanation.en).toBe(
      'pod/nope: no such pod or node, so nothing was sent.',
    );
  });

  it('a timeout goal fails while the request is answered', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    const c = requestFails({ from: 'client', to: 'node1:30001', outcome: 'timeout' });
    const r = run(c, goalContext({ state: s }));
    expect(r.pass).toBe(false);
    expect(r.explanation.en).toMatch(/^The client → node1:30001 still reaches pod my-app-/);
  });

  it('probing never changes the state', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    const ctx = goalContext({ state: s });
    ctx.probe({ from: 'client', to: 'node3:30001' });
    expect(ctx.probeMany({ from: 'client', to: 'node3:30001' }, 3)).toHaveLength(3);
    expect(ctx.state).toBe(s);
  });
});

describe('learnerSent', () => {
  const c = learnerSent({
    from: 'client',
    to: { service: { type: 'NodePort' }, via: 'nodePort', node: 'node3' },
    crossNode: true,
  });

  it('asks for a request when there is none', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    expect(run(c, goalContext({ state: s })).explanation).toEqual({
      en: 'You have not sent a request yet: click a node on the canvas, or run curl in the terminal.',
      ko: '아직 보낸 요청이 없습니다. 캔버스에서 노드를 클릭하거나 터미널에서 curl 을 실행하세요.',
    });
  });

  it('recognises the request by where it connected, and explains the second hop', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    const trace = send(s, 'client', '192.168.0.13:30001');
    const r = run(c, goalContext({ state: s, traces: [trace] }));
    expect(r.pass).toBe(true);
    expect(r.explanation.en).toMatch(
      /^The client → 192\.168\.0\.13:30001: node3 forwarded it to node[12] — the second hop, 0\.4 ms each way\.$/,
    );
    expect(c.title.en).toBe(
      "You sent a request from the client to node3's node port, crossing to another node (the second hop)",
    );
  });
});

describe('dnsAnswers and endpointsCount', () => {
  it('a literal name', () => {
    const c = dnsAnswers({ name: 'google.com', from: 'pod/netshoot', count: 1 });
    const r = run(c, goalContext({ state: base() }));
    expect(r).toEqual({
      pass: true,
      explanation: { en: 'google.com → A 172.217.161.238', ko: 'google.com → A 172.217.161.238' },
    });
  });

  it('counts ready endpoints', () => {
    const s = apply(base(), NODEPORT_SERVICE);
    const r = run(
      endpointsCount({ service: { type: 'NodePort' }, count: 2 }),
      goalContext({ state: s }),
    );
    expect(r).toEqual({
      pass: true,
      explanation: {
        en: 'Service nodeport-service has 2 ready endpoint(s): 10.244.1.2:8080, 10.244.2.2:8080.',
        ko: 'nodeport-service 서비스의 준비된 엔드포인트 2개: 10.244.1.2:8080, 10.244.2.2:8080.',
      },
    });
  });
});
