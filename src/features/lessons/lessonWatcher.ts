/**
 * What the lesson panel keeps an eye on while it is loaded: a task whose goals all pass is
 * recorded in the progress, and a learner's request that a quiz point is about starts the quiz
 * (the store's `watchQuiz` then pauses the playback at each stop).
 */
import { quizForTrace } from '../../lessons/index.ts';
import {
  appStore,
  progressOf,
  quizStops,
  watchQuiz,
  type AppState,
  type AppStore,
} from '../../store/index.ts';
import { currentTask } from './evaluation.ts';
import { findLesson } from './lessonData.ts';

function recordProgress(s: AppState): void {
  const cur = currentTask(s);
  if (!cur?.evaluation.passed) return;
  if (progressOf(s.progress, cur.lesson.id).done.includes(cur.task.id)) return;
  s.completeTask(cur.lesson.id, cur.task.id);
}

function startQuiz(s: AppState, prev: AppState): void {
  const l = s.lesson;
  const newest = s.traces.at(-1);
  if (!l || !s.quizMode || !newest || newest.id === prev.traces.at(-1)?.id) return;
  if (newest.id <= l.sinceTrace || s.playback.traceId !== newest.id) return;
  const lesson = findLesson(l.lessonId);
  if (!lesson) return;
  const found = quizForTrace(lesson, l.taskId, newest.trace, s.sim)
    .filter((f) => !l.quizAsked.includes(f.quiz.id))
    // At a hop two quiz points share, this task's own question wins.
    .sort((a, b) => Number(b.quiz.task === l.taskId) - Number(a.quiz.task === l.taskId));
  const items = quizStops(
    found.map((f) => ({ id: f.quiz.id, hop: f.hopIndex, field: f.quiz.field, answer: f.answer })),
  );
  if (items.length) s.startQuiz(newest.id, items);
}

let installed: AppStore | null = null;

/** Installs the watchers once per store (the page's store by default). */
export function installLessonWatcher(store: AppStore = appStore): void {
  if (installed === store) return;
  installed = store;
  watchQuiz(store);
  recordProgress(store.getState());
  store.subscribe((s, prev) => {
    // A quiz needs the panel to ask it: none while the panel is hidden.
    if (!s.lessonPanelOpen) {
      if (s.quiz) store.setState({ quiz: null });
    } else if (s.traces !== prev.traces) startQuiz(s, prev);
    if (s.lesson && (s.sim !== prev.sim || s.traces !== prev.traces || s.lesson !== prev.lesson))
      recordProgress(store.getState());
  });
}
