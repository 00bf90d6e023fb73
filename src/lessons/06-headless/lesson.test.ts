import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'no-vip',
    what: 'without clusterIP: None',
    steps: [
      {
        kind: 'replace',
        file: 'headless-service.yaml',
        find: '  clusterIP: None\n',
        replace: '',
      },
      {
        kind: 'apply',
        file: 'headless-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service headless-service has cluster IP 10.99.111.233; a headless Service sets clusterIP: None.',
    ko: 'headless-service 서비스는 클러스터 IP(10.99.111.233)를 받았습니다. 헤드리스 서비스는 clusterIP: None 으로 만듭니다.',
  },
  {
    task: 'client-picks',
    what: 'kube-proxy',
    steps: [
      {
        kind: 'answer',
        question: 'who-picks',
        value: ['kube-proxy'],
      },
    ],
    goal: 'answer-who-picks',
    en: 'Not this one: “kube-proxy, with iptables rules on the node” — A headless Service has no cluster IP, so kube-proxy writes no rules for it; the trace has no DNAT hop.',
    ko: '틀린 답: “노드의 iptables 규칙으로 kube-proxy가” — 헤드리스 서비스에는 클러스터 IP가 없어서 kube-proxy가 규칙을 만들지 않습니다. 트레이스에 DNAT 홉이 없습니다.',
  },
  {
    task: 'readiness',
    what: 'deleting a pod: its replacement is Ready',
    steps: [
      {
        kind: 'deletePod',
        pod: {
          selector: {
            app: 'my-app',
          },
        },
      },
    ],
    goal: 'pod-not-ready',
    en: '2 of 2 app=my-app pods are Ready.',
    ko: 'app=my-app 파드 2개 중 2개가 Ready 입니다.',
  },
];

describe('06-headless wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
