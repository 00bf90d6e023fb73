/** Words for solution steps, so the panel can show "Send a request from the client to node3:30001". */
import type { SimState } from '../../sim/core.ts';
import { labelString } from '../checks/cluster.ts';
import { describeFrom } from '../checks/describe.ts';
import type { Lang } from '../languages.ts';
import { requestTo } from '../quiz.ts';
import { derivedAnswer, resolvePod } from '../runner.ts';
import type { Lesson, PodRef, Step } from '../types.ts';
import { en, type StepMessages } from './en.ts';
import { ko } from './ko.ts';

export const STEP_MESSAGES: Readonly<Record<Lang, StepMessages>> = { en, ko };

function podName(m: StepMessages, ref: PodRef, state: SimState | undefined): string {
  const pod = state ? resolvePod(state, ref) : undefined;
  if (pod) return pod.name;
  if ('name' in ref) return ref.name;
  const selector = labelString(ref.selector);
  return (ref.index ?? 0) === 0
    ? m.firstPod({ selector })
    : m.nthPod({ selector, n: String((ref.index ?? 0) + 1) });
}

/**
 * One step in words. With `state`, names and addresses are looked up as the step would run now
 * (the pod it would delete, the node port it would send to).
 */
export function describeStep(step: Step, lang: Lang, state?: SimState, lesson?: Lesson): string {
  const m = STEP_MESSAGES[lang];
  switch (step.kind) {
    case 'edit':
      return m.edit({ file: step.file });
    case 'replace':
      return m.replace({ file: step.file, find: step.find, replace: step.replace });
    case 'apply':
      return m.apply({ file: step.file });
    case 'command':
      return m.command({ line: step.line });
    case 'send': {
      const from = describeFrom(step.request.from)[lang];
      const literal = typeof step.request.to === 'string' ? step.request.to : undefined;
      const to = literal ?? (state ? requestTo(state, step.request) : undefined) ?? '?';
      return (step.count ?? 1) > 1
        ? m.sendMany({ from, to, count: String(step.count) })
        : m.send({ from, to });
    }
    case 'readiness':
      return (step.ready ? m.ready : m.notReady)({ pod: podName(m, step.pod, state) });
    case 'deletePod':
      return m.deletePod({ pod: podName(m, step.pod, state) });
    case 'answer': {
      const text = lesson?.text[lang].questions[step.question];
      const derived =
        !step.value && state && lesson
          ? derivedAnswer(state, step.question, lesson.questions ?? [])
          : undefined;
      const value = (step.value ?? derived ?? ['?']).map((v) => text?.choices?.[v] ?? v).join(', ');
      return m.answer({ question: text?.prompt ?? step.question, value });
    }
  }
}
