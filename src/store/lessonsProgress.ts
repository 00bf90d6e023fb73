/**
 * Lesson progress as plain data, and its file format. Pure: the lesson catalog comes in as ids
 * (`ProgressCatalog`), so the store never loads the lessons themselves. Importing is strict — a
 * file that is not exactly an export of this app is refused with a reason and changes nothing —
 * while reading back from storage is tolerant (a damaged part is dropped, never the rest).
 */
import type { SimState } from '../sim/core.ts';
import type { LessonSession, SavedWork } from './lessonsSlice.ts';
import type { AppState, EditorFile } from './types.ts';

export interface LessonProgress {
  /** Tasks whose goals all passed at least once, in the order they were done. */
  done: string[];
  /** Quiz points answered right at least once. */
  quiz: string[];
}

/** By lesson id; a lesson never started has no entry. */
export type ProgressMap = Record<string, LessonProgress>;

/** What the import checks ids against: every lesson with its task and quiz ids. */
export type ProgressCatalog = readonly {
  id: string;
  tasks: readonly string[];
  quiz: readonly string[];
}[];

export const PROGRESS_FORMAT = 'k8s-service-playground/lesson-progress';
export const PROGRESS_VERSION = 1;
/** A progress file is a few kilobytes; anything much bigger is not one. */
export const MAX_PROGRESS_BYTES = 64 * 1024;

export interface ProgressFile {
  format: typeof PROGRESS_FORMAT;
  version: typeof PROGRESS_VERSION;
  /** ISO 8601, for the learner's eyes only. */
  exportedAt: string;
  lessons: ProgressMap;
}

export type ImportErrorCode =
  | 'tooLarge'
  | 'json'
  | 'format'
  | 'version'
  | 'shape'
  | 'unknownLesson'
  | 'unknownTask'
  | 'unknownQuiz'
  | 'duplicate';

export type ImportResult =
  { ok: true; progress: ProgressMap } | { ok: false; error: ImportErrorCode; detail?: string };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The file a learner downloads: lessons with no progress are left out. */
export function encodeProgress(progress: ProgressMap, at: number): string {
  const lessons: ProgressMap = {};
  for (const [id, p] of Object.entries(progress))
    if (p.done.length || p.quiz.length) lessons[id] = { done: [...p.done], quiz: [...p.quiz] };
  const file: ProgressFile = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: new Date(at).toISOString(),
    lessons,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

const fail = (error: ImportErrorCode, detail?: string): ImportResult =>
  detail === undefined ? { ok: false, error } : { ok: false, error, detail };

const sameKeys = (o: Record<string, unknown>, required: string[], optional: string[] = []) =>
  required.every((k) => k in o) &&
  Object.keys(o).every((k) => [...required, ...optional].includes(k));

/** Reads a progress file strictly against the catalog. */
export function decodeProgress(text: string, catalog: ProgressCatalog): ImportResult {
  if (text.length > MAX_PROGRESS_BYTES) return fail('tooLarge');
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return fail('json');
  }
  if (!isObject(v) || v.format !== PROGRESS_FORMAT) return fail('format');
  if (v.version !== PROGRESS_VERSION) return fail('version', String(v.version));
  if (!sameKeys(v, ['format', 'version', 'lessons'], ['exportedAt'])) return fail('shape');
  if (v.exportedAt !== undefined && typeof v.exportedAt !== 'string') return fail('shape');
  if (!isObject(v.lessons)) return fail('shape');
  const progress: ProgressMap = {};
  for (const [id, entry] of Object.entries(v.lessons)) {
    const lesson = catalog.find((l) => l.id === id);
    if (!lesson) return fail('unknownLesson', id);
    if (!isObject(entry) || !sameKeys(entry, ['done', 'quiz'])) return fail('shape', id);
    if (!isStringList(entry.done) || !isStringList(entry.quiz)) return fail('shape', id);
    for (const [list, known, code] of [
      [entry.done, lesson.tasks, 'unknownTask'],
      [entry.quiz, lesson.quiz, 'unknownQuiz'],
    ] as const) {
      const bad = list.find((x) => !known.includes(x));
      if (bad !== undefined) return fail(code, `${id}/${bad}`);
      if (new Set(list).size !== list.length) return fail('duplicate', id);
    }
    progress[id] = { done: [...entry.done], quiz: [...entry.quiz] };
  }
  return { ok: true, progress };
}

/** Progress read back from storage: well-formed entries are kept, the rest dropped. */
export function progressFromStorage(v: unknown): ProgressMap | undefined {
  if (!isObject(v)) return undefined;
  const out: ProgressMap = {};
  for (const [id, entry] of Object.entries(v)) {
    if (!isObject(entry) || !isStringList(entry.done) || !isStringList(entry.quiz)) continue;
    out[id] = { done: [...new Set(entry.done)], quiz: [...new Set(entry.quiz)] };
  }
  return out;
}

const EMPTY: LessonProgress = { done: [], quiz: [] };

/** The progress of one lesson (empty when never started). */
export const progressOf = (progress: ProgressMap, lessonId: string): LessonProgress =>
  progress[lessonId] ?? EMPTY;

/** Adds an id to a lesson's `done` or `quiz` list; the same map when it is already there. */
export function withProgress(
  progress: ProgressMap,
  lessonId: string,
  list: keyof LessonProgress,
  id: string,
): ProgressMap {
  const p = progressOf(progress, lessonId);
  if (p[list].includes(id)) return progress;
  return { ...progress, [lessonId]: { ...p, [list]: [...p[list], id] } };
}

// --- storage -------------------------------------------------------------------------------------

/** What the lessons slice writes to storage (the quiz in progress is not kept). */
export interface PersistedLessons {
  session: LessonSession | null;
  progress: ProgressMap;
  quizMode: boolean;
  savedWork: SavedWork | null;
}

export const toPersistedLessons = (
  s: Pick<AppState, 'lesson' | 'progress' | 'quizMode' | 'savedWork'>,
): PersistedLessons => ({
  session: s.lesson,
  progress: s.progress,
  quizMode: s.quizMode,
  savedWork: s.savedWork,
});

/** The persistence module's own shape checks, passed in (it imports this file, not the reverse). */
export interface StorageChecks {
  isSimState: (v: unknown) => v is SimState;
  recoverFiles: (v: unknown) => EditorFile[] | undefined;
}

function sessionFromStorage(v: unknown, checks: StorageChecks): LessonSession | null {
  if (!isObject(v)) return null;
  const { lessonId, taskId, start, sinceTrace, answers, hints, solution, quizAsked } = v;
  if (typeof lessonId !== 'string' || typeof taskId !== 'string') return null;
  if (!checks.isSimState(start) || typeof sinceTrace !== 'number') return null;
  if (!isObject(answers) || !Object.values(answers).every(isStringList)) return null;
  if (typeof hints !== 'number' || !(solution === null || typeof solution === 'number'))
    return null;
  if (!isStringList(quizAsked)) return null;
  return {
    lessonId,
    taskId,
    start,
    sinceTrace,
    answers: answers as Record<string, string[]>,
    hints: Math.max(0, Math.trunc(hints)),
    solution: solution === null ? null : Math.max(0, Math.trunc(solution)),
    quizAsked,
  };
}

/** Reads the lessons part back; `damaged` when a part that was there could not be read. */
export function lessonsFromStorage(
  v: unknown,
  checks: StorageChecks,
): { lessons: PersistedLessons; damaged: boolean } | undefined {
  if (!isObject(v)) return undefined;
  const progress = progressFromStorage(v.progress);
  const session = sessionFromStorage(v.session, checks);
  const files = isObject(v.savedWork) ? checks.recoverFiles(v.savedWork) : undefined;
  const savedWork =
    files && isObject(v.savedWork)
      ? {
          files,
          activeFile:
            typeof v.savedWork.activeFile === 'string'
              ? v.savedWork.activeFile
              : (files[0]?.path ?? ''),
        }
      : null;
  const damaged =
    progress === undefined ||
    (v.session !== null && session === null) ||
    (v.savedWork !== null && savedWork === null);
  return {
    lessons: {
      session,
      progress: progress ?? {},
      quizMode: typeof v.quizMode === 'boolean' ? v.quizMode : true,
      savedWork,
    },
    damaged,
  };
}
