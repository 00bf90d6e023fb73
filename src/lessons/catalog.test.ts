/** Every string exists in every language, and every quiz answer comes from a real trace. */
import { describe, expect, it } from 'vitest';
import { CHECK_MESSAGES } from './checks/index.ts';
import {
  getLesson,
  lessons,
  probeQuiz,
  quizForTrace,
  quizMatches,
  readField,
  runStep,
} from './index.ts';
import { LANGS } from './languages.ts';
import { STEP_MESSAGES } from './steps/index.ts';
import { AT, replayLesson } from './testkit.ts';
import type { Lesson, LessonText } from './types.ts';

/** The key structure of a value: strings and functions become their type, arrays keep their length. */
function shape(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(shape);
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, shape((v as Record<string, unknown>)[k])]),
    );
  return typeof v;
}

function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

const HANGUL = /[가-힣]/;

describe.each(lessons.map((l) => [l.id, l] as const))('%s texts', (_id, lesson: Lesson) => {
  const en: LessonText = lesson.text.en;

  it('has the same keys in every language', () => {
    for (const lang of LANGS) expect(shape(lesson.text[lang])).toEqual(shape(en));
  });

  it('has no empty string, and Korean text is Korean', () => {
    for (const lang of LANGS)
      for (const s of strings(lesson.text[lang])) expect(s.trim()).not.toBe('');
    const ko = lesson.text.ko;
    for (const s of [ko.summary, ko.explanation, ...Object.values(ko.tasks).map((t) => t.text)])
      expect(s).toMatch(HANGUL);
  });

  it('has text for every task, quiz point and question, and nothing else', () => {
    expect(Object.keys(en.tasks).sort()).toEqual(lesson.tasks.map((t) => t.id).sort());
    for (const t of lesson.tasks) expect(en.tasks[t.id]?.hints.length).toBeGreaterThan(0);
    expect(Object.keys(en.quiz).sort()).toEqual((lesson.quiz ?? []).map((q) => q.id).sort());
    expect(Object.keys(en.questions).sort()).toEqual(
      (lesson.questions ?? []).map((q) => q.id).sort(),
    );
    for (const q of lesson.questions ?? []) {
      if (q.kind !== 'choice') continue;
      expect(Object.keys(en.questions[q.id]?.choices ?? {}).sort()).toEqual([...q.choices].sort());
      expect(Object.keys(en.questions[q.id]?.why ?? {}).sort()).toEqual([...q.choices].sort());
      for (const c of q.correct) expect(q.choices).toContain(c);
    }
  });

  it('has a real-cluster command for every task that changes something', () => {
    for (const t of lesson.tasks)
      if (t.solution.some((s) => s.kind !== 'answer')) expect(t.real?.length).toBeGreaterThan(0);
  });
});

describe('catalogs', () => {
  it('check messages and step messages have the same keys in every language', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CHECK_MESSAGES[lang]).sort()).toEqual(
        Object.keys(CHECK_MESSAGES.en).sort(),
      );
      expect(Object.keys(STEP_MESSAGES[lang]).sort()).toEqual(Object.keys(STEP_MESSAGES.en).sort());
    }
  });

  it('lesson ids are unique and ordered', () => {
    const ids = lessons.map((l) => l.id);
    expect(ids).toEqual([
      '01-why-services',
      '02-clusterip',
      '03-nodeport',
      '04-loadbalancer',
      '05-externalname',
      '06-headless',
      '07-debugging',
      '08-service-or-ingress',
      'sandbox',
    ]);
  });
});

const FORMAT: Record<string, RegExp> = {
  dst: /^\d+\.\d+\.\d+\.\d+:\d+$/,
  src: /^\d+\.\d+\.\d+\.\d+:\d+$/,
  dstIP: /^\d+\.\d+\.\d+\.\d+$/,
  srcIP: /^\d+\.\d+\.\d+\.\d+$/,
  dstPort: /^\d+$/,
  srcPort: /^\d+$/,
  latencyMs: /^\d+(\.\d+)?$/,
  node: /^[a-z0-9-]+$/,
};

describe.each(
  lessons
    .filter((l) => l.quiz?.length || l.questions?.some((q) => q.kind === 'value'))
    .map((l) => [l.id, l] as const),
)('%s quiz answers come from traces', (_id, lesson) => {
  const runs = replayLesson(lesson);
  const stateAfter = (task: string) => {
    const run = runs.find((r) => r.task.id === task);
    if (!run) throw new Error(`no task ${task}`);
    return run.after;
  };

  it.each((lesson.quiz ?? []).map((q) => [q.id, q] as const))('quiz %s', (_q, quiz) => {
    const world = stateAfter(quiz.task);
    const probe = probeQuiz(quiz, world.sim);
    expect(probe).toBeDefined();
    if (!probe) return;
    const hop = probe.trace.hops[probe.hopIndex];
    expect(hop?.action).toBe(quiz.hop.action);
    if (!hop) return;
    expect(probe.answer).toBe(readField(hop, quiz.field));
    expect(probe.answer).toMatch(FORMAT[quiz.field] as RegExp);
    // The learner's own request (a canvas click) is recognised as the quiz's request.
    const sent = runStep(world, { kind: 'send', request: quiz.request }, AT);
    const trace = sent.world.traces[sent.world.traces.length - 1];
    expect(trace && quizMatches(quiz, trace, world.sim)).toBe(true);
    if (trace)
      expect(quizForTrace(lesson, quiz.task, trace, world.sim).map((x) => x.quiz.id)).toContain(
        quiz.id,
      );
  });

  it.each(
    (lesson.questions ?? []).filter((q) => q.kind === 'value').map((q) => [q.id, q] as const),
  )('value question %s', (_q, q) => {
    if (q.kind !== 'value') return;
    const task = lesson.tasks.find((t) => t.goals.some((g) => g.id === `answer-${q.id}`));
    expect(task).toBeDefined();
    const world = stateAfter(task?.id ?? '');
    const probe = probeQuiz(q, world.sim);
    const hop = probe && probe.trace.hops[probe.hopIndex];
    expect(hop && readField(hop, q.field)).toBe(probe?.answer);
    expect(world.answers[q.id]).toEqual([probe?.answer]);
  });
});

describe('quizForTrace', () => {
  it('recognises the request however the learner typed the name', () => {
    const lesson = getLesson('02-clusterip');
    if (!lesson) throw new Error('no lesson');
    const run = replayLesson(lesson).find((r) => r.task.id === 'by-name-and-ip');
    if (!run) throw new Error('no task');
    const typed = runStep(
      run.after,
      {
        kind: 'command',
        line: 'kubectl exec netshoot -- curl -s clusterip-service.default.svc.cluster.local',
      },
      AT,
    ).world;
    const trace = typed.traces[typed.traces.length - 1];
    if (!trace) throw new Error('no trace');
    const asked = quizForTrace(lesson, 'not-from-outside', trace, typed.sim);
    expect(asked.map((a) => [a.quiz.id, a.answer])).toEqual([
      ['after-dns', '10.96.0.100:80'],
      ['after-dnat', expect.stringMatching(/^10\.244\.[12]\.2:8080$/)],
      ['reply-from', '10.96.0.100:80'],
    ]);
    // Not asked before its task.
    expect(quizForTrace(lesson, 'service-cidr', trace, typed.sim)).toEqual([]);
  });
});
