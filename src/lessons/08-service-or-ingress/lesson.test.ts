import { describe, expect, it } from 'vitest';
import { wrongResult, wrongRows, type WrongAnswer } from '../testkit.ts';
import { lesson } from './lesson.ts';

const WRONG: WrongAnswer[] = [
  {
    task: 'layers',
    what: 'a Service reading HTTP',
    steps: [
      {
        kind: 'answer',
        question: 'service-layer',
        value: ['http'],
      },
    ],
    goal: 'answer-service-layer',
    en: 'Not this one: “HTTP host names and URL paths (L7)” — A Service never parses HTTP: /blue and /green reach the same pods.',
    ko: '틀린 답: “HTTP 호스트 이름과 URL 경로(L7)” — 서비스는 HTTP를 파싱하지 않습니다. /blue 와 /green 이 같은 파드로 갑니다.',
  },
  {
    task: 'service-per-app',
    what: "green's Service still selects blue",
    steps: [
      {
        kind: 'apply',
        file: 'blue-service.yaml',
      },
      {
        kind: 'edit',
        file: 'green-service.yaml',
        content:
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: green\nspec:\n  type: NodePort\n  selector:\n    app: blue\n  ports:\n    - port: 80\n      nodePort: 30082\n',
      },
      {
        kind: 'apply',
        file: 'green-service.yaml',
      },
    ],
    goal: 'reach-green',
    en: 'Service green: selector app=blue matches 1 pod(s), but not the pods labelled app=green.',
    ko: 'green 서비스: 셀렉터 app=blue 에 맞는 파드는 1개지만 app=green 레이블 파드는 아닙니다.',
  },
  {
    task: 'service-limits',
    what: 'path routing',
    steps: [
      {
        kind: 'answer',
        question: 'service-can',
        value: ['spread', 'path'],
      },
    ],
    goal: 'answer-service-can',
    en: 'Not this one: “Send /blue to blue and /green to green” — The path is inside the HTTP request; a Service never reads it — that is an Ingress rule. 2 more right choice(s) not picked yet.',
    ko: '틀린 답: “/blue 는 blue로, /green 은 green으로 보내기” — 경로는 HTTP 요청 안에 있고, 서비스는 그걸 읽지 않습니다. 인그레스 규칙의 일입니다. 고르지 않은 정답이 2개 더 있습니다.',
  },
];

describe('08-service-or-ingress wrong answers', () => {
  it.each(wrongRows(WRONG))('%s', (_what, c) => {
    const g = wrongResult(lesson, c);
    expect(g.pass).toBe(false);
    expect(g.explanation).toEqual({ en: c.en, ko: c.ko });
  });
});
