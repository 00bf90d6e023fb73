import { describe, expect, it } from 'vitest';
import { tryWrong, wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'service-cidr',
    what: "the article's 10.10.10.10 is rejected",
    steps: [
      {
        kind: 'apply',
        file: 'clusterip-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'There is no Service yet: `kubectl get svc` lists only `kubernetes`.',
    ko: '아직 서비스가 없습니다. `kubectl get svc` 에는 `kubernetes` 만 보입니다.',
  },
  {
    task: 'service-cidr',
    what: 'leaving the address to the allocator',
    steps: [
      {
        kind: 'replace',
        file: 'clusterip-service.yaml',
        find: '  clusterIP: 10.10.10.10\n',
        replace: '',
      },
      {
        kind: 'apply',
        file: 'clusterip-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service clusterip-service got 10.99.111.233 allocated automatically; set spec.clusterIP yourself to an address inside 10.96.0.0/12.',
    ko: 'clusterip-service 서비스의 클러스터 IP(10.99.111.233)는 자동으로 할당된 것입니다. spec.clusterIP 에 10.96.0.0/12 안의 주소를 직접 지정하세요.',
  },
  {
    task: 'service-cidr',
    what: "kube-dns's address is taken",
    steps: [
      {
        kind: 'replace',
        file: 'clusterip-service.yaml',
        find: '10.10.10.10',
        replace: '10.96.0.10',
      },
      {
        kind: 'apply',
        file: 'clusterip-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'There is no Service yet: `kubectl get svc` lists only `kubernetes`.',
    ko: '아직 서비스가 없습니다. `kubectl get svc` 에는 `kubernetes` 만 보입니다.',
  },
  {
    task: 'by-name-and-ip',
    what: 'curl from the workstation is not from a pod',
    steps: [
      {
        kind: 'command',
        line: 'curl -s clusterip-service',
      },
    ],
    goal: 'by-name',
    en: "None of your 1 request(s) so far went from a pod to the Service's name.",
    ko: '보낸 요청 1개 가운데 파드 → 서비스 이름 요청이 없습니다.',
  },
  {
    task: 'not-from-outside',
    what: 'blaming the endpoints',
    steps: [
      {
        kind: 'answer',
        question: 'why-timeout',
        value: ['no-endpoints'],
      },
    ],
    goal: 'answer-why-timeout',
    en: 'Not this one: “The Service has no endpoints” — It has two: the requests from netshoot were answered. With no endpoints the connection would be refused at once, not time out.',
    ko: '틀린 답: “서비스에 엔드포인트가 없다” — 엔드포인트는 2개 있습니다. netshoot에서 보낸 요청은 응답을 받았습니다. 엔드포인트가 없으면 시간 초과가 아니라 바로 연결 거부가 납니다.',
  },
];

describe('02-clusterip wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});

describe('02-clusterip texts', () => {
  it('quote the error the cluster really prints', () => {
    const out = tryWrong(lesson, 'service-cidr', [
      { kind: 'apply', file: 'clusterip-service.yaml' },
    ]).outputs[0];
    const error = out?.stderr.trim() ?? '';
    expect(error).toMatch(/^The Service "clusterip-service" is invalid: /);
    expect(lesson.text.en.tasks['service-cidr']?.text).toContain(error);
    expect(lesson.text.ko.tasks['service-cidr']?.text).toContain(error);
  });
});
