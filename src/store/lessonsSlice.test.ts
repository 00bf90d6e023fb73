import { describe, expect, it } from 'vitest';
import { getLesson, startState } from '../lessons/index.ts';
import { createAppStore } from './createAppStore.ts';
import { decodePersisted, encodePersisted, toPersisted } from './persistence.ts';
import { quizStops, watchQuiz, type LessonStart } from './lessonsSlice.ts';

const T0 = 1_750_000_000_000;

/** A store whose playback clock is driven by hand: `clock.fire()` runs the pending tick. */
function make() {
  let pending: (() => void) | null = null;
  const store = createAppStore({
    now: () => T0,
    setTimeout: (fn) => ((pending = fn), 1),
    clearTimeout: () => (pending = null),
  });
  const clock = {
    fire: () => {
      const fn = pending;
      pending = null;
      fn?.();
    },
  };
  return { store, clock };
}

const lessonStart = (id: string): LessonStart => {
  const lesson = getLesson(id);
  if (!lesson) throw new Error(id);
  return startState(lesson, T0);
};

describe('task transitions', () => {
  it('starting a lesson loads its cluster and files, clears traces and snapshots the start', () => {
    const { store } = make();
    store.getState().run('curl -s --max-time 1 10.96.0.1');
    const lastTrace = store.getState().traces.at(-1)?.id ?? 0;
    store.getState().run('kubectl exec -it netshoot -- bash');
    const start = lessonStart('02-clusterip');
    store.getState().startLesson('02-clusterip', 'service-cidr', start);
    const s = store.getState();
    expect(s.sim).toBe(start.sim);
    expect(s.files.map((f) => f.path)).toEqual(['clusterip-service.yaml']);
    expect(s.activeFile).toBe('clusterip-service.yaml');
    expect(s.traces).toEqual([]);
    expect(s.playback.traceId).toBeNull();
    expect(s.context).toEqual({ host: 'workstation' });
    expect(s.lesson).toEqual({
      lessonId: '02-clusterip',
      taskId: 'service-cidr',
      start: start.sim,
      sinceTrace: lastTrace,
      answers: {},
      hints: 0,
      solution: null,
      quizAsked: [],
    });
    expect(lastTrace).toBe(1);
    expect(s.savedWork).toBeNull();
  });

  it('keeps the learner’s files for the sandbox and gives them back on leaving', () => {
    const { store } = make();
    store.getState().setFileContent('scratch.yaml', 'mine: true\n');
    store.getState().setActiveFile('scratch.yaml');
    store.getState().startLesson('03-nodeport', 'every-node', lessonStart('03-nodeport'), {
      keepWork: true,
    });
    expect(store.getState().savedWork?.files.find((f) => f.path === 'scratch.yaml')).toEqual({
      path: 'scratch.yaml',
      content: 'mine: true\n',
    });
    store.getState().applyFile('nodeport-service.yaml');
    const sim = store.getState().sim;
    store.getState().leaveLesson();
    const s = store.getState();
    expect(s.lesson).toBeNull();
    expect(s.savedWork).toBeNull();
    expect(s.sim).toBe(sim); // the cluster stays as the lesson left it
    expect(s.activeFile).toBe('scratch.yaml');
    expect(s.files.find((f) => f.path === 'scratch.yaml')?.content).toBe('mine: true\n');
    // The lesson's file has the same text as the saved one: no duplicate tab.
    expect(s.files.filter((f) => f.path.includes('nodeport-service')).length).toBe(1);
  });

  it('a continuing task snapshots the cluster as it is and starts with no answers or hints', () => {
    const { store } = make();
    store.getState().startLesson('03-nodeport', 'every-node', lessonStart('03-nodeport'));
    store.getState().applyFile('nodeport-service.yaml');
    store.getState().run('curl -s node1:30001');
    store.getState().showHint(3);
    store.getState().setAnswer('x', ['y']);
    store.getState().showSolution();
    const lastTrace = store.getState().traces.at(-1)?.id;
    store.getState().continueLesson('second-hop');
    const l = store.getState().lesson;
    expect(l?.taskId).toBe('second-hop');
    expect(l?.start).toBe(store.getState().sim);
    expect(l?.sinceTrace).toBe(lastTrace);
    expect([l?.hints, l?.answers, l?.solution]).toEqual([0, {}, null]);
  });

  it('a quiz point asked in a lesson is not asked again in its later tasks', () => {
    const { store } = make();
    const start = lessonStart('03-nodeport');
    store.getState().startLesson('03-nodeport', 'every-node', start);
    store.getState().applyFile('nodeport-service.yaml');
    store.getState().sendRequest({ from: 'client', to: '192.168.0.11:30001' });
    const item = { id: 'local-source', hop: 4, stop: 3, field: 'srcIP', answer: '203.0.113.10' };
    store.getState().startQuiz(store.getState().playback.traceId as number, [item]);
    store.getState().continueLesson('second-hop');
    expect(store.getState().lesson?.quizAsked).toEqual(['local-source']);
    store.getState().startLesson('03-nodeport', 'port-range', start);
    expect(store.getState().lesson?.quizAsked).toEqual(['local-source']);
    store.getState().startLesson('02-clusterip', 'service-cidr', lessonStart('02-clusterip'));
    expect(store.getState().lesson?.quizAsked).toEqual([]);
  });

  it('hints unlock one at a time up to the number available; the solution counts its steps', () => {
    const { store } = make();
    store.getState().startLesson('03-nodeport', 'every-node', lessonStart('03-nodeport'));
    const hints = () => store.getState().lesson?.hints;
    store.getState().showHint(2);
    expect(hints()).toBe(1);
    store.getState().showHint(2);
    store.getState().showHint(2);
    expect(hints()).toBe(2);
    store.getState().showSolution();
    store.getState().solutionStepDone();
    store.getState().showSolution(); // showing again keeps the position
    expect(store.getState().lesson?.solution).toBe(1);
  });

  it('a fresh sandbox replaces the cluster; keepWork keeps the learner’s files next to its own', () => {
    const { store } = make();
    store.getState().addFile('notes.yaml', 'a: 1\n');
    const start = lessonStart('sandbox');
    store.getState().startSandbox(start, { keepWork: true });
    expect(store.getState().sim).toBe(start.sim);
    expect(store.getState().files.map((f) => f.path)).toContain('notes.yaml');
    store.getState().startSandbox(start);
    expect(store.getState().files.map((f) => f.path)).not.toContain('notes.yaml');
  });

  it('records progress once, resets one lesson or all', () => {
    const { store } = make();
    const st = store.getState();
    st.completeTask('02-clusterip', 'service-cidr');
    const p = store.getState().progress;
    st.completeTask('02-clusterip', 'service-cidr');
    expect(store.getState().progress).toBe(p);
    st.completeTask('03-nodeport', 'every-node');
    st.resetLessonProgress('02-clusterip');
    expect(store.getState().progress).toEqual({
      '03-nodeport': { done: ['every-node'], quiz: [] },
    });
    st.resetProgress();
    expect(store.getState().progress).toEqual({});
    st.setProgress({ a: { done: ['t'], quiz: [] } });
    expect(store.getState().progress).toEqual({ a: { done: ['t'], quiz: [] } });
  });

  it('survives a reload: session, progress, quiz mode and saved files', () => {
    const { store } = make();
    store.getState().startLesson('03-nodeport', 'every-node', lessonStart('03-nodeport'), {
      keepWork: true,
    });
    store.getState().completeTask('03-nodeport', 'every-node');
    store.getState().setQuizMode(false);
    const raw = encodePersisted(toPersisted(store.getState()));
    const restored = decodePersisted(raw);
    expect(restored.damaged).toBe(false);
    const again = createAppStore({ now: () => T0, restored }).getState();
    expect(again.lesson?.taskId).toBe('every-node');
    expect(again.lesson?.start).toEqual(store.getState().lesson?.start);
    expect(again.progress).toEqual({ '03-nodeport': { done: ['every-node'], quiz: [] } });
    expect(again.quizMode).toBe(false);
    expect(again.savedWork?.files.length).toBe(6);
  });
});

describe('quiz stops', () => {
  it('one stop per hop, waiting just before it (never before the previous stop’s hop)', () => {
    const f = (id: string, hop: number) => ({ id, hop, field: 'dst', answer: id });
    expect(quizStops([f('c', 2), f('a', 0), f('b', 1), f('dup', 2), f('e', 5)])).toEqual([
      { ...f('a', 0), stop: 0 },
      { ...f('b', 1), stop: 0 },
      { ...f('c', 2), stop: 1 },
      { ...f('e', 5), stop: 4 },
    ]);
  });
});

describe('quiz mode pauses the playback', () => {
  function sent() {
    const { store, clock } = make();
    watchQuiz(store);
    store.getState().startLesson('03-nodeport', 'second-hop', lessonStart('03-nodeport'));
    store.getState().applyFile('nodeport-service.yaml');
    const trace = store.getState().sendRequest({ from: 'client', to: '192.168.0.13:30001' });
    const traceId = store.getState().playback.traceId as number;
    store.getState().startQuiz(
      traceId,
      quizStops([
        { id: 'node3-dnat', hop: 3, field: 'dst', answer: trace.hops[3]?.after.dst ?? '' },
        { id: 'node3-snat', hop: 4, field: 'srcIP', answer: '192.168.0.13' },
      ]),
    );
    return { store, clock, trace };
  }

  it('stops before the hop, asks, reveals the hop on an answer, then plays on', () => {
    const { store, clock, trace } = sent();
    const pb = () => store.getState().playback;
    expect(store.getState().quiz?.phase).toBe('waiting');
    clock.fire(); // hop 1
    clock.fire(); // hop 2 = the first stop
    expect([pb().hop, pb().playing, store.getState().quiz?.phase]).toEqual([2, false, 'asking']);
    clock.fire(); // nothing pending: paused
    expect(pb().hop).toBe(2);

    store.getState().answerQuiz('10.244.1.2:8080', true);
    expect([pb().hop, store.getState().quiz?.phase]).toEqual([3, 'answered']);
    expect(store.getState().progress['03-nodeport']?.quiz).toEqual(['node3-dnat']);

    store.getState().continueQuiz(); // the next stop is where we are: asked at once
    expect([pb().hop, pb().playing, store.getState().quiz?.index]).toEqual([3, false, 1]);
    expect(store.getState().quiz?.phase).toBe('asking');
    store.getState().answerQuiz('1.2.3.4', false);
    expect(store.getState().progress['03-nodeport']?.quiz).toEqual(['node3-dnat']);
    store.getState().continueQuiz();
    expect(store.getState().quiz).toBeNull();
    expect(pb().playing).toBe(true);
    for (let i = 0; i < 10; i++) clock.fire();
    expect(pb().hop).toBe(trace.hops.length - 1);
    expect(store.getState().lesson?.quizAsked).toEqual(['node3-dnat', 'node3-snat']);
  });

  it('another request drops the quiz; stepping past a stop by hand skips it', () => {
    const { store } = sent();
    store.getState().selectHop(5);
    expect(store.getState().quiz).toBeNull();

    const again = sent().store;
    again.getState().sendRequest({ from: 'client', to: '192.168.0.11:30001' });
    expect(again.getState().quiz).toBeNull();
  });

  it('turning quiz mode off drops a quiz in progress', () => {
    const { store } = sent();
    store.getState().setQuizMode(false);
    expect(store.getState().quiz).toBeNull();
  });
});
