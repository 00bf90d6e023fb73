import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'pods-move',
    what: 'scaling up adds a pod but replaces none',
    steps: [{ kind: 'command', line: 'kubectl scale deployment my-app --replicas=3' }],
    goal: 'pod-replaced',
    en: 'All the app=my-app pods from the start of this task are still running (my-app-74459c966f-blwv4, my-app-74459c966f-rrb7t): delete one.',
    ko: '이 과제를 시작할 때의 app=my-app 파드가 모두 그대로입니다(my-app-74459c966f-blwv4, my-app-74459c966f-rrb7t). 하나를 지워 보세요.',
  },
  {
    task: 'pods-move',
    what: 'deleting the Deployment leaves nothing to replace the pods',
    steps: [{ kind: 'command', line: 'kubectl delete deployment my-app' }],
    goal: 'pod-replaced',
    en: 'my-app-74459c966f-blwv4 is gone, but no new app=my-app pod replaced it.',
    ko: 'my-app-74459c966f-blwv4 파드는 사라졌지만 그 자리를 채운 새 app=my-app 파드가 없습니다.',
  },
  {
    task: 'stable-address',
    what: 'applying the Service without a selector',
    steps: [{ kind: 'apply', file: 'my-app-service.yaml' }],
    goal: 'service-exists',
    en: 'Service my-app has no selector, so Kubernetes creates no endpoints for it.',
    ko: 'my-app 서비스에 셀렉터가 없어서 쿠버네티스가 엔드포인트를 만들지 않습니다.',
  },
  {
    task: 'stable-address',
    what: 'a selector with a typo',
    steps: [
      {
        kind: 'replace',
        file: 'my-app-service.yaml',
        find: 'spec:\n  ports:',
        replace: 'spec:\n  selector:\n    app: my-ap\n  ports:',
      },
      { kind: 'apply', file: 'my-app-service.yaml' },
    ],
    goal: 'reach-by-name',
    en: 'Service my-app: selector app=my-ap matches 0 pods; pods are labelled app=my-app, app=netshoot.',
    ko: 'my-app 서비스: 셀렉터 app=my-ap 에 맞는 파드가 0개입니다. 파드 레이블은 app=my-app, app=netshoot 입니다.',
  },
  {
    task: 'address-stays',
    what: 'a request by name instead of the cluster IP',
    steps: [{ kind: 'command', line: 'kubectl exec netshoot -- curl -s my-app' }],
    goal: 'you-sent',
    en: "None of your 1 request(s) so far went from a pod to the Service's cluster IP.",
    ko: '보낸 요청 1개 가운데 파드 → 서비스 클러스터 IP 요청이 없습니다.',
  },
];

describe('01-why-services wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
