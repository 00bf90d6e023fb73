import { describe, expect, it } from 'vitest';
import { tryWrong, wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'every-node',
    what: 'a ClusterIP Service opens no node port',
    steps: [
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: 'type: NodePort',
        replace: 'type: ClusterIP',
      },
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: '      nodePort: 30001\n',
        replace: '',
      },
      {
        kind: 'apply',
        file: 'nodeport-service.yaml',
      },
    ],
    goal: 'reach-node1',
    en: 'Service nodeport-service is type ClusterIP; this needs type NodePort.',
    ko: 'nodeport-service 서비스의 타입이 ClusterIP 입니다. 여기서는 NodePort 타입이어야 합니다.',
  },
  {
    task: 'second-hop',
    what: 'a request to node1 instead of node3',
    steps: [
      {
        kind: 'command',
        line: 'curl -s node1:30001',
      },
    ],
    goal: 'you-sent',
    en: "None of your 1 request(s) so far went from the client to node3's node port.",
    ko: '보낸 요청 1개 가운데 클라이언트 → node3 노드 포트 요청이 없습니다.',
  },
  {
    task: 'second-hop',
    what: 'a wrong latency',
    steps: [
      {
        kind: 'answer',
        question: 'second-hop-ms',
        value: ['1'],
      },
    ],
    goal: 'answer-second-hop-ms',
    en: '1 is not it. Look at that hop in the trace again.',
    ko: '틀렸습니다(입력: 1). 트레이스에서 그 홉을 다시 보세요.',
  },
  {
    task: 'local-policy',
    what: 'internalTrafficPolicy instead of externalTrafficPolicy (address)',
    steps: [
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: '  type: NodePort\n',
        replace: '  type: NodePort\n  internalTrafficPolicy: Local\n',
      },
      {
        kind: 'apply',
        file: 'nodeport-service.yaml',
      },
    ],
    goal: 'pod-sees-client-address',
    en: "Pod my-app-74459c966f-rrb7t saw 10.244.1.1 (node1's cni0 bridge address), not the client's 203.0.113.10: with externalTrafficPolicy: Cluster the node masquerades (SNATs) the source so that the reply comes back through it.",
    ko: 'my-app-74459c966f-rrb7t 파드가 본 주소는 10.244.1.1(node1 노드의 cni0 브리지 주소)이고, 클라이언트 주소(203.0.113.10)가 아닙니다. externalTrafficPolicy: Cluster 에서는 응답이 같은 노드로 돌아오도록 노드가 출발지 주소를 SNAT(MASQUERADE) 합니다.',
  },
  {
    task: 'local-policy',
    what: 'internalTrafficPolicy instead of externalTrafficPolicy (drop)',
    steps: [
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: '  type: NodePort\n',
        replace: '  type: NodePort\n  internalTrafficPolicy: Local\n',
      },
      {
        kind: 'apply',
        file: 'nodeport-service.yaml',
      },
    ],
    goal: 'drops-on-node3',
    en: 'The client → node3:30001 still reaches pod my-app-74459c966f-rrb7t on node1.',
    ko: '클라이언트 → node3:30001: 아직 node1 노드의 my-app-74459c966f-rrb7t 파드까지 도착합니다.',
  },
  {
    task: 'port-range',
    what: '40000 is out of range',
    steps: [
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: 'nodePort: 30001',
        replace: 'nodePort: 40000',
      },
      {
        kind: 'apply',
        file: 'nodeport-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service nodeport-service still uses node port 30001; choose a different one between 30000 and 32767.',
    ko: 'nodeport-service 서비스는 아직 노드 포트로 30001번을 씁니다. 30000–32767 사이에서 다른 포트를 고르세요.',
  },
];

describe('03-nodeport wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});

describe('03-nodeport texts', () => {
  it('quote the error the cluster really prints', () => {
    const out = tryWrong(lesson, 'port-range', [
      {
        kind: 'replace',
        file: 'nodeport-service.yaml',
        find: 'nodePort: 30001',
        replace: 'nodePort: 40000',
      },
      { kind: 'apply', file: 'nodeport-service.yaml' },
    ]).outputs[1];
    const error = out?.stderr.trim() ?? '';
    expect(error).toMatch(/^The Service "nodeport-service" is invalid: /);
    expect(lesson.text.en.tasks['port-range']?.text).toContain(error);
    expect(lesson.text.ko.tasks['port-range']?.text).toContain(error);
  });
});
