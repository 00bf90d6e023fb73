import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'pending',
    what: 'type NodePort',
    steps: [
      {
        kind: 'replace',
        file: 'lb-service.yaml',
        find: 'type: LoadBalancer',
        replace: 'type: NodePort',
      },
      {
        kind: 'apply',
        file: 'lb-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service lb-service is type NodePort; this needs type LoadBalancer.',
    ko: 'lb-service 서비스의 타입이 NodePort 입니다. 여기서는 LoadBalancer 타입이어야 합니다.',
  },
  {
    task: 'pending',
    what: 'waiting longer',
    steps: [
      {
        kind: 'answer',
        question: 'why-pending',
        value: ['takes-time'],
      },
    ],
    goal: 'answer-why-pending',
    en: 'Not this one: “A load balancer takes a few minutes to create; wait longer” — With no implementation installed, nobody is working on it: it stays <pending> forever.',
    ko: '틀린 답: “로드밸런서를 만드는 데 몇 분 걸리니 더 기다려야 한다” — 구현체가 없으니 아무도 만들고 있지 않습니다. 계속 <pending> 으로 남습니다.',
  },
  {
    task: 'pool',
    what: 'the next address of the pool',
    steps: [
      {
        kind: 'apply',
        file: 'lb-service.yaml',
      },
      {
        kind: 'command',
        line: 'curl -s --max-time 3 192.168.0.181',
      },
    ],
    goal: 'you-sent',
    en: "None of your 1 request(s) so far went from the client to the Service's EXTERNAL-IP.",
    ko: '보낸 요청 1개 가운데 클라이언트 → 서비스 EXTERNAL-IP 요청이 없습니다.',
  },
  {
    task: 'cloud-path',
    what: 'the Service port instead of the node port',
    steps: [
      {
        kind: 'apply',
        file: 'lb-service.yaml',
      },
      {
        kind: 'answer',
        question: 'lb-node-port',
        value: ['80'],
      },
    ],
    goal: 'answer-lb-node-port',
    en: '80 is not it. Look at that hop in the trace again.',
    ko: '틀렸습니다(입력: 80). 트레이스에서 그 홉을 다시 보세요.',
  },
  {
    task: 'health-check',
    what: 'asking only node1',
    steps: [
      {
        kind: 'replace',
        file: 'lb-service.yaml',
        find: '  type: LoadBalancer\n',
        replace: '  type: LoadBalancer\n  externalTrafficPolicy: Local\n',
      },
      {
        kind: 'apply',
        file: 'lb-service.yaml',
      },
      {
        kind: 'send',
        request: {
          from: 'client',
          to: {
            service: {
              type: 'LoadBalancer',
              selects: {
                app: 'my-app',
              },
            },
            via: 'healthCheck',
            node: 'node1',
          },
        },
      },
    ],
    goal: 'node3-unhealthy',
    en: "None of your 1 request(s) so far went from the client to node3's health-check node port.",
    ko: '보낸 요청 1개 가운데 클라이언트 → node3 헬스 체크 노드 포트 요청이 없습니다.',
  },
  {
    task: 'health-check',
    what: 'Cluster policy keeps the SNAT',
    steps: [
      {
        kind: 'send',
        request: {
          from: 'client',
          to: {
            service: {
              type: 'LoadBalancer',
              selects: {
                app: 'my-app',
              },
            },
            via: 'loadBalancer',
          },
        },
      },
    ],
    goal: 'pod-sees-client-address',
    en: "Pod my-app-74459c966f-blwv4 saw 192.168.0.11 (node1's address), not the client's 203.0.113.10: with externalTrafficPolicy: Cluster the node masquerades (SNATs) the source so that the reply comes back through it.",
    ko: 'my-app-74459c966f-blwv4 파드가 본 주소는 192.168.0.11(node1 노드 주소)이고, 클라이언트 주소(203.0.113.10)가 아닙니다. externalTrafficPolicy: Cluster 에서는 응답이 같은 노드로 돌아오도록 노드가 출발지 주소를 SNAT(MASQUERADE) 합니다.',
  },
];

describe('04-loadbalancer wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
