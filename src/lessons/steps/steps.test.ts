import { describe, expect, it } from 'vitest';
import { getLesson, startState } from '../index.ts';
import { AT } from '../testkit.ts';
import type { Step } from '../types.ts';
import { describeStep } from './index.ts';

describe('describeStep', () => {
  const lesson = getLesson('03-nodeport');
  if (!lesson) throw new Error('no lesson');
  const state = startState(lesson, AT).sim;

  it.each<[Step, string, string]>([
    [
      { kind: 'apply', file: 'nodeport-service.yaml' },
      'Apply nodeport-service.yaml (kubectl apply -f nodeport-service.yaml)',
      'nodeport-service.yaml 적용(kubectl apply -f nodeport-service.yaml)',
    ],
    [
      { kind: 'send', request: { from: 'pod/netshoot', to: 'google.com:80' }, count: 3 },
      'Send 3 requests from pod netshoot to google.com:80',
      'netshoot 파드 → google.com:80 요청 3번 보내기',
    ],
    [
      { kind: 'deletePod', pod: { selector: { app: 'my-app' } } },
      'Delete pod my-app-74459c966f-blwv4 (kubectl delete pod my-app-74459c966f-blwv4)',
      'my-app-74459c966f-blwv4 파드 삭제(kubectl delete pod my-app-74459c966f-blwv4)',
    ],
    [
      { kind: 'readiness', pod: { name: 'web-1' }, ready: false },
      'Mark pod web-1 not Ready (its readiness probe fails)',
      'web-1 파드를 Ready 가 아니게 바꾸기(readiness probe 실패)',
    ],
  ])('%j', (s, en, ko) => {
    expect(describeStep(s, 'en', state, lesson)).toBe(en);
    expect(describeStep(s, 'ko', state, lesson)).toBe(ko);
  });

  it('looks up a Service target, or says it cannot yet', () => {
    const s: Step = {
      kind: 'send',
      request: {
        from: 'client',
        to: { service: { type: 'NodePort' }, via: 'nodePort', node: 'node3' },
      },
    };
    expect(describeStep(s, 'en', state)).toBe('Send a request from the client to ?');
  });
});
