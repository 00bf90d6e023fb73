/**
 * The lessons slice: which lesson and task are active, the learner's answers, hints and progress,
 * the quiz that pauses playback, and files kept for the sandbox. It stores plain data only and
 * never imports the lessons: the lesson panel computes start states and goal results (with
 * `src/lessons`) and hands the store what to load. Goal results are derived, never stored.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { SimState } from '../sim/core.ts';
import type { SliceCreator } from './env.ts';
import { MAX_FILES, mergeShared } from './files.ts';
import { withProgress, type ProgressMap } from './lessonsProgress.ts';
import { INITIAL_PLAYBACK, currentRecord } from './traceSlice.ts';
import type { AppState, EditorFile } from './types.ts';

/** The task being worked on. */
export interface LessonSession {
  lessonId: string;
  taskId: string;
  /** The cluster when the task became active (goal checks compare against it). */
  start: SimState;
  /** Traces with a higher id were sent while this task was active. */
  sinceTrace: number;
  /** Answers given in the panel, by question id (choice ids, or one typed value). */
  answers: Record<string, string[]>;
  /** How many hints are shown. */
  hints: number;
  /** The solution: null while hidden, else the index of the next step to perform. */
  solution: number | null;
  /** Quiz points already asked in this lesson (each is asked once). */
  quizAsked: string[];
}

/** One stop of a quiz: the packet waits before `hop`, the learner says what `field` will be. */
export interface QuizItem {
  id: string;
  /** The hop whose result is asked. */
  hop: number;
  /** Where the playback waits: the hop before (so the canvas does not show the answer yet). */
  stop: number;
  field: string;
  answer: string;
}

export interface LessonQuiz {
  traceId: number;
  items: QuizItem[];
  /** The item being played towards, asked, or answered. */
  index: number;
  phase: 'waiting' | 'asking' | 'answered';
  given: string;
  correct: boolean;
}

/** What a lesson (or the sandbox) starts from, computed by the lesson panel. */
export interface LessonStart {
  sim: SimState;
  files: readonly EditorFile[];
  activeFile: string;
}

/** Files the learner kept before a lesson replaced them; they come back in the sandbox. */
export interface SavedWork {
  files: EditorFile[];
  activeFile: string;
}

export interface StartOptions {
  /** Keep the learner's current files: saved for the sandbox, or kept in the editor. */
  keepWork?: boolean;
}

export interface LessonsSlice {
  /** The task being worked on; null in the free sandbox. */
  lesson: LessonSession | null;
  progress: ProgressMap;
  /** Ask the lessons' quiz questions while a request plays. */
  quizMode: boolean;
  quiz: LessonQuiz | null;
  savedWork: SavedWork | null;
  /** Replaces cluster, files and traces with `start` and makes `taskId` of the lesson current. */
  startLesson: (lessonId: string, taskId: string, start: LessonStart, opts?: StartOptions) => void;
  /** The next task continues from the cluster as it is (its start is snapshotted now). */
  continueLesson: (taskId: string) => void;
  /** Back to the free sandbox, keeping the cluster; files saved before the lesson come back. */
  leaveLesson: () => void;
  /** A fresh sandbox cluster and files (the learner's files stay with `keepWork`). */
  startSandbox: (start: LessonStart, opts?: StartOptions) => void;
  /** Shows one more hint (at most `available`). */
  showHint: (available: number) => void;
  setAnswer: (questionId: string, value: readonly string[]) => void;
  /** Reveals the solution (the panel asks first). */
  showSolution: () => void;
  /** The solution step shown next has been performed. */
  solutionStepDone: () => void;
  /** Records a task whose goals all passed. */
  completeTask: (lessonId: string, taskId: string) => void;
  /** Starts asking `items` while trace `traceId` plays (the panel found them with quizForTrace). */
  startQuiz: (traceId: number, items: readonly QuizItem[]) => void;
  /** Records the answer and shows the hop; `correct` is decided by the panel (answerMatches). */
  answerQuiz: (given: string, correct: boolean) => void;
  /** After an answer: on to the next quiz stop, or the rest of the playback. */
  continueQuiz: () => void;
  setQuizMode: (on: boolean) => void;
  resetLessonProgress: (lessonId: string) => void;
  resetProgress: () => void;
  /** Replaces all progress (an imported file, already validated). */
  setProgress: (progress: ProgressMap) => void;
}

const lastTraceId = (s: Pick<AppState, 'traces'>): number => s.traces.at(-1)?.id ?? 0;

const newSession = (
  lessonId: string,
  taskId: string,
  start: SimState,
  sinceTrace: number,
): LessonSession => ({
  lessonId,
  taskId,
  start,
  sinceTrace,
  answers: {},
  hints: 0,
  solution: null,
  quizAsked: [],
});

/** The parts of the state a start replaces: cluster, files, traces and the shell's context. */
function loaded(s: AppState, start: LessonStart, files: readonly EditorFile[]): Partial<AppState> {
  return {
    sim: start.sim,
    files: files.map((f) => ({ ...f })),
    activeFile: files.some((f) => f.path === start.activeFile)
      ? start.activeFile
      : (files[0]?.path ?? s.activeFile),
    traces: [],
    playback: { ...INITIAL_PLAYBACK, speed: s.playback.speed },
    context: { host: 'workstation' },
    prompt: '$ ',
    quiz: null,
  };
}

/** Files kept before a lesson: the new ones win, earlier saves stay unless replaced. */
function saveWork(s: AppState): SavedWork {
  const files = s.savedWork ? mergeShared(s.savedWork.files, s.files) : s.files;
  return { files: files.slice(0, MAX_FILES), activeFile: s.activeFile };
}

export const createLessonsSlice: SliceCreator<LessonsSlice> = (set, get) => {
  const patchSession = (patch: (l: LessonSession) => Partial<LessonSession>) =>
    set((s) => (s.lesson ? { lesson: { ...s.lesson, ...patch(s.lesson) } } : s));

  return {
    lesson: null,
    progress: {},
    quizMode: true,
    quiz: null,
    savedWork: null,
    startLesson: (lessonId, taskId, start, opts) =>
      set((s) => ({
        ...loaded(s, start, start.files),
        ...(opts?.keepWork ? { savedWork: saveWork(s) } : {}),
        lesson: {
          ...newSession(lessonId, taskId, start.sim, lastTraceId(s)),
          // Within one lesson a quiz point is asked once, even when a task starts over.
          quizAsked: s.lesson?.lessonId === lessonId ? s.lesson.quizAsked : [],
        },
      })),
    continueLesson: (taskId) =>
      set((s) =>
        s.lesson
          ? {
              lesson: {
                ...newSession(s.lesson.lessonId, taskId, s.sim, lastTraceId(s)),
                quizAsked: s.lesson.quizAsked,
              },
              quiz: null,
            }
          : s,
      ),
    leaveLesson: () =>
      set((s) => {
        const saved = s.savedWork;
        if (!saved) return { lesson: null, quiz: null };
        const files = mergeShared(s.files, saved.files).slice(0, MAX_FILES);
        return { lesson: null, quiz: null, savedWork: null, files, activeFile: saved.activeFile };
      }),
    startSandbox: (start, opts) =>
      set((s) => {
        const files = opts?.keepWork
          ? mergeShared(start.files, s.files).slice(0, MAX_FILES)
          : start.files;
        return { ...loaded(s, start, files), lesson: null };
      }),
    showHint: (available) => patchSession((l) => ({ hints: Math.min(available, l.hints + 1) })),
    setAnswer: (questionId, value) =>
      patchSession((l) => ({ answers: { ...l.answers, [questionId]: [...value] } })),
    showSolution: () => patchSession((l) => ({ solution: l.solution ?? 0 })),
    solutionStepDone: () => patchSession((l) => ({ solution: (l.solution ?? 0) + 1 })),
    completeTask: (lessonId, taskId) =>
      set((s) => {
        const progress = withProgress(s.progress, lessonId, 'done', taskId);
        return progress === s.progress ? s : { progress };
      }),
    startQuiz: (traceId, items) => {
      const s = get();
      if (!s.lesson || items.length === 0) return;
      set({
        quiz: { traceId, items: [...items], index: 0, phase: 'waiting', given: '', correct: false },
        lesson: { ...s.lesson, quizAsked: [...s.lesson.quizAsked, ...items.map((i) => i.id)] },
      });
    },
    answerQuiz: (given, correct) =>
      set((s) => {
        const q = s.quiz;
        const item = q?.items[q.index];
        if (!q || !item || q.phase !== 'asking') return s;
        const progress =
          correct && s.lesson
            ? withProgress(s.progress, s.lesson.lessonId, 'quiz', item.id)
            : s.progress;
        return {
          quiz: { ...q, phase: 'answered', given, correct },
          playback: { ...s.playback, hop: item.hop, playing: false },
          progress,
        };
      }),
    continueQuiz: () =>
      set((s) => {
        const q = s.quiz;
        if (!q || q.phase !== 'answered') return s;
        const hops = currentRecord(s)?.trace.hops.length ?? 0;
        const playing = s.playback.hop < hops - 1;
        const more = q.index + 1 < q.items.length;
        return {
          quiz: more
            ? { ...q, index: q.index + 1, phase: 'waiting', given: '', correct: false }
            : null,
          playback: { ...s.playback, playing },
        };
      }),
    setQuizMode: (quizMode) => set(quizMode ? { quizMode } : { quizMode, quiz: null }),
    resetLessonProgress: (lessonId) =>
      set((s) => {
        if (!(lessonId in s.progress)) return s;
        const progress = { ...s.progress };
        delete progress[lessonId];
        return { progress };
      }),
    resetProgress: () => set({ progress: {} }),
    setProgress: (progress) => set({ progress }),
  };
};

/** Quiz stops for a trace: one per hop, in order, each waiting just before its hop. */
export function quizStops(
  found: readonly { id: string; hop: number; field: string; answer: string }[],
): QuizItem[] {
  const sorted = [...found].sort((a, b) => a.hop - b.hop);
  const out: QuizItem[] = [];
  for (const f of sorted) {
    const prev = out.at(-1);
    if (prev && prev.hop === f.hop) continue;
    out.push({ ...f, stop: Math.max(0, f.hop - 1, prev?.hop ?? 0) });
  }
  return out;
}

/**
 * Pauses the playback at each quiz stop. Runs as a store subscription (the lesson panel installs
 * it on the page's store; tests on their own): when the shown hop reaches a stop while playing,
 * the playback pauses there and the question is asked. Moving to another trace drops the quiz.
 */
export function watchQuiz(store: StoreApi<AppState>): () => void {
  const check = (s: AppState) => {
    const q = s.quiz;
    if (!q || q.phase !== 'waiting') return;
    const pb = s.playback;
    const item = q.items[q.index];
    if (pb.traceId !== q.traceId || !item) {
      store.setState({ quiz: null });
      return;
    }
    if (pb.hop < item.stop) return;
    if (pb.playing || pb.hop === item.stop) {
      store.setState({
        quiz: { ...q, phase: 'asking' },
        playback: { ...pb, hop: item.stop, playing: false },
      });
      return;
    }
    // The learner stepped past the stop by hand: skip the stops already behind.
    const next = q.items.findIndex((it, i) => i > q.index && it.stop >= pb.hop);
    store.setState({ quiz: next === -1 ? null : { ...q, index: next } });
  };
  check(store.getState());
  return store.subscribe((s, prev) => {
    if (s.quiz !== prev.quiz || s.playback !== prev.playback) check(s);
  });
}
