/**
 * Quiz points: "what is the destination address now?" at a chosen hop of a lesson's request.
 * The answer is always read from a trace (the learner's own, or a fresh probe), never written in
 * the lesson, so it stays right whatever addresses the cluster hands out.
 */
import { step } from '../sim/core.ts';
import type { Hop, SimState, Trace } from '../sim/core.ts';
import { ipOf, portOf } from './checks/cluster.ts';
import { resolveTarget } from './checks/query.ts';
import { traceHits } from './checks/learner.ts';
import type { AnswerField, HopSelector, Lesson, QuizPoint, RequestSpec } from './types.ts';

/** Index of the selected hop in a trace, or -1. */
export function selectHop(trace: Trace, sel: HopSelector): number {
  let seen = 0;
  for (let i = 0; i < trace.hops.length; i++) {
    const h = trace.hops[i] as Hop;
    if (h.action !== sel.action) continue;
    if (sel.node !== undefined && h.node !== sel.node) continue;
    if (sel.crossNode !== undefined && h.crossNode !== sel.crossNode) continue;
    if (seen++ === (sel.nth ?? 0)) return i;
  }
  return -1;
}

/** The value a field has after the hop (`10.244.1.2:8080`, `10.244.1.2`, `0.4`, `node3`). */
export function readField(hop: Hop, field: AnswerField): string {
  const { src, dst } = hop.after;
  switch (field) {
    case 'dst':
      return dst;
    case 'src':
      return src;
    case 'dstIP':
      return ipOf(dst);
    case 'srcIP':
      return ipOf(src);
    case 'dstPort':
      return String(portOf(dst));
    case 'srcPort':
      return String(portOf(src));
    case 'latencyMs':
      return String(hop.latencyMs);
    case 'node':
      return hop.node ?? hop.place ?? '';
  }
}

export interface QuizAnswer {
  hopIndex: number;
  answer: string;
}

/** The answer a trace gives for a hop selector and field, or undefined if the trace lacks the hop. */
export function answerFrom(
  trace: Trace,
  sel: HopSelector,
  field: AnswerField,
): QuizAnswer | undefined {
  const hopIndex = selectHop(trace, sel);
  const hop = trace.hops[hopIndex];
  return hop ? { hopIndex, answer: readField(hop, field) } : undefined;
}

/** The `to` of a request spec in this state (undefined when its Service is missing). */
export function requestTo(state: SimState, spec: RequestSpec): string | undefined {
  const r = resolveTarget(state, spec.to);
  return r.ok ? r.targets[0]?.to : undefined;
}

/** Sends the quiz's request on a copy of the state: the trace to play, and the hop to stop at. */
export function probeQuiz(
  quiz: Pick<QuizPoint, 'request' | 'hop' | 'field'>,
  state: SimState,
): ({ trace: Trace } & QuizAnswer) | undefined {
  const to = requestTo(state, quiz.request);
  if (!to) return undefined;
  const trace = step(state, {
    type: 'request/sent',
    request: {
      from: quiz.request.from,
      to,
      ...(quiz.request.hostHeader ? { hostHeader: quiz.request.hostHeader } : {}),
      ...(quiz.request.path ? { path: quiz.request.path } : {}),
    },
    at: state.now,
  }).result;
  const a = answerFrom(trace, quiz.hop, quiz.field);
  return a ? { trace, ...a } : undefined;
}

/**
 * Whether a trace is the quiz's request: same source, and the same destination reached the same
 * way (by name — short or full —, by cluster IP, through that node's port…).
 */
export function quizMatches(quiz: QuizPoint, trace: Trace, state: SimState): boolean {
  if (trace.request.from !== quiz.request.from) return false;
  const r = resolveTarget(state, quiz.request.to);
  return r.ok && r.targets.some((rt) => traceHits(state, trace, rt));
}

/**
 * The quiz questions to ask while a trace plays: quiz points of this task and the tasks before
 * it whose request this trace is, each with the hop to stop at and the answer that trace gives.
 */
export function quizForTrace(
  lesson: Pick<Lesson, 'tasks' | 'quiz'>,
  taskId: string,
  trace: Trace,
  state: SimState,
): ({ quiz: QuizPoint } & QuizAnswer)[] {
  const upTo = lesson.tasks.findIndex((t) => t.id === taskId);
  const reached = new Set(lesson.tasks.slice(0, upTo + 1).map((t) => t.id));
  const out: ({ quiz: QuizPoint } & QuizAnswer)[] = [];
  for (const quiz of lesson.quiz ?? []) {
    if (!reached.has(quiz.task) || !quizMatches(quiz, trace, state)) continue;
    const a = answerFrom(trace, quiz.hop, quiz.field);
    if (a) out.push({ quiz, ...a });
  }
  return out.sort((x, y) => x.hopIndex - y.hopIndex);
}

/** Compares a typed answer with the right one: numbers by value, addresses exactly (spaces ignored). */
export function answerMatches(given: string, expected: string, field: AnswerField): boolean {
  const g = given.trim().replace(/\s+/g, '').toLowerCase();
  const e = expected.trim().toLowerCase();
  if (field === 'latencyMs' || field === 'dstPort' || field === 'srcPort') {
    const n = Number.parseFloat(g.replace(/ms$/, ''));
    return Number.isFinite(n) && Math.abs(n - Number(e)) < 1e-9;
  }
  return g === e;
}
