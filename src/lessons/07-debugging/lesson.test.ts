import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'selector',
    what: 'another typo',
    steps: [
      {
        kind: 'replace',
        file: 'web-service.yaml',
        find: 'app: my-ap\n',
        replace: 'app: myapp\n',
      },
      {
        kind: 'apply',
        file: 'web-service.yaml',
      },
    ],
    goal: 'web-answers',
    en: 'Pod netshoot → web:80: connection refused — the Service has no ready endpoints, so kube-proxy rejects the connection. Service web: selector app=myapp matches 0 pods; pods are labelled app=my-app, app=netshoot.',
    ko: 'netshoot 파드 → web:80: 연결이 거부되었습니다. 서비스에 준비된 엔드포인트가 없어서 kube-proxy가 연결을 REJECT 합니다. web 서비스: 셀렉터 app=myapp 에 맞는 파드가 0개입니다. 파드 레이블은 app=my-app, app=netshoot 입니다.',
  },
  {
    task: 'selector',
    what: 'relabelling the pods to match the typo',
    steps: [
      {
        kind: 'command',
        line: 'kubectl label pods -l app=my-app app=my-ap --overwrite',
      },
    ],
    goal: 'web-answers',
    en: 'Pod netshoot → web:80: answered by pod my-app-74459c966f-blwv4 (app=my-ap), not by a pod labelled app=my-app.',
    ko: 'netshoot 파드 → web:80: app=my-app 파드가 아니라 my-app-74459c966f-blwv4 파드(app=my-ap)가 응답했습니다.',
  },
  {
    task: 'target-port',
    what: 'changing port instead of targetPort',
    steps: [
      {
        kind: 'replace',
        file: 'web-service.yaml',
        find: 'port: 80\n',
        replace: 'port: 9090\n',
      },
      {
        kind: 'apply',
        file: 'web-service.yaml',
      },
    ],
    goal: 'web-answers',
    en: 'Pod netshoot → web:9090: Service web sends it to targetPort 9090, but nothing in pod my-app-74459c966f-blwv4 listens there; it listens on 80 (http), 8080 (http-alt).',
    ko: 'netshoot 파드 → web:9090: web 서비스가 targetPort(9090)로 보내지만 my-app-74459c966f-blwv4 파드에는 그 포트를 여는 컨테이너가 없습니다. 이 파드가 여는 포트: 80 (http), 8080 (http-alt).',
  },
  {
    task: 'named-port',
    what: 'another typo',
    steps: [
      {
        kind: 'replace',
        file: 'web-service.yaml',
        find: 'targetPort: htp',
        replace: 'targetPort: http-al',
      },
      {
        kind: 'apply',
        file: 'web-service.yaml',
      },
    ],
    goal: 'web-answers',
    en: 'Pod netshoot → web:80: connection refused — the Service has no ready endpoints, so kube-proxy rejects the connection. Service web: targetPort http-al names no container port in the pods it selects; their ports are 80 (http), 8080 (http-alt).',
    ko: 'netshoot 파드 → web:80: 연결이 거부되었습니다. 서비스에 준비된 엔드포인트가 없어서 kube-proxy가 연결을 REJECT 합니다. web 서비스: targetPort 이름 http-al 에 해당하는 컨테이너 포트가 선택된 파드에 없습니다. 파드의 포트: 80 (http), 8080 (http-alt).',
  },
  {
    task: 'not-ready',
    what: 'publishing not-ready addresses hides the problem',
    steps: [
      {
        kind: 'replace',
        file: 'web-service.yaml',
        find: 'spec:\n',
        replace: 'spec:\n  publishNotReadyAddresses: true\n',
      },
      {
        kind: 'apply',
        file: 'web-service.yaml',
      },
    ],
    goal: 'pods-ready',
    en: '0 of 2 app=my-app pods are Ready. Not Ready: my-app-74459c966f-blwv4, my-app-74459c966f-rrb7t.',
    ko: 'app=my-app 파드 2개 중 0개가 Ready 입니다. Ready 가 아닌 파드: my-app-74459c966f-blwv4, my-app-74459c966f-rrb7t.',
  },
];

describe('07-debugging wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
