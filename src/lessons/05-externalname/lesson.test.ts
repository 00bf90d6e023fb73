import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'cname',
    what: 'a different external name',
    steps: [
      {
        kind: 'replace',
        file: 'externalname-service.yaml',
        find: 'externalName: google.com',
        replace: 'externalName: www.google.com',
      },
      {
        kind: 'apply',
        file: 'externalname-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service externalname-service points to www.google.com; this needs externalName: google.com.',
    ko: 'externalname-service 서비스가 가리키는 곳은 www.google.com 입니다. 여기서는 externalName: google.com 이어야 합니다.',
  },
  {
    task: 'host-header',
    what: "only the article's request",
    steps: [
      {
        kind: 'command',
        line: 'kubectl exec netshoot -- curl -s externalname-service.default.svc.cluster.local',
      },
    ],
    goal: 'not-404',
    en: 'Your last request there: Pod netshoot → externalname-service.default.svc.cluster.local:80: the answer is still HTTP 404.',
    ko: '그쪽으로 보낸 마지막 요청: netshoot 파드 → externalname-service.default.svc.cluster.local:80: 응답이 여전히 HTTP 404 입니다.',
  },
  {
    task: 'host-header',
    what: 'google.com directly, not through the Service',
    steps: [
      {
        kind: 'command',
        line: 'kubectl exec netshoot -- curl -s google.com',
      },
    ],
    goal: 'got-404',
    en: "None of your 1 request(s) so far went from a pod to the Service's name.",
    ko: '보낸 요청 1개 가운데 파드 → 서비스 이름 요청이 없습니다.',
  },
  {
    task: 'no-port-mapping',
    what: 'a typo in the external name',
    steps: [
      {
        kind: 'edit',
        file: 'example-service.yaml',
        content:
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: example-service\nspec:\n  type: ExternalName\n  externalName: exmaple.com\n  ports:\n    - port: 8080\n      targetPort: 80\n',
      },
      {
        kind: 'apply',
        file: 'example-service.yaml',
      },
    ],
    goal: 'service-exists',
    en: 'Service example-service points to exmaple.com; this needs externalName: example.com.',
    ko: 'example-service 서비스가 가리키는 곳은 exmaple.com 입니다. 여기서는 externalName: example.com 이어야 합니다.',
  },
];

describe('05-externalname wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
