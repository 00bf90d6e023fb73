/**
 * What survives a reload, as one versioned JSON value in localStorage. Decoding is defensive: each
 * part is checked on its own, so a damaged cluster or trace list never costs the learner's files.
 */
import type { SimState } from '../sim/core.ts';
import { MAX_FILE_CHARS, MAX_FILES } from './files.ts';
import {
  lessonsFromStorage,
  toPersistedLessons,
  type PersistedLessons,
} from './lessonsProgress.ts';
import type {
  AppState,
  EditorFile,
  Language,
  ShellContext,
  TerminalLine,
  TraceRecord,
} from './types.ts';

export const STORAGE_KEY = 'k8s-playground:state:v1';
/** A value that could not be read is moved here (once) instead of being overwritten. */
export const BACKUP_KEY = 'k8s-playground:state:unreadable';
/** The workspace as it was before a share link replaced its cluster. */
export const BEFORE_SHARE_KEY = 'k8s-playground:state:before-share';
export const PERSIST_VERSION = 1;

/** How much of the transcript and trace history is written (the store keeps more in memory). */
export const PERSIST_LINES = 300;
export const PERSIST_TRACES = 30;

export interface Persisted {
  v: typeof PERSIST_VERSION;
  files: EditorFile[];
  activeFile: string;
  sim?: SimState;
  terminal?: { history: string[]; lines: TerminalLine[]; context: ShellContext; prompt: string };
  traces?: TraceRecord[];
  language?: Language;
  speed?: number;
  lessonPanelOpen?: boolean;
  /** Lesson, task, answers, progress and files kept for the sandbox. */
  lessons?: PersistedLessons;
}

/** Everything that can be read back; parts that were missing or damaged are absent. */
export type Restored = Partial<Omit<Persisted, 'v'>> & {
  /** True when the stored value was unreadable in part or whole (the UI says so once). */
  damaged: boolean;
};

type PersistSource = Pick<
  AppState,
  | 'files'
  | 'activeFile'
  | 'sim'
  | 'history'
  | 'lines'
  | 'context'
  | 'prompt'
  | 'traces'
  | 'language'
  | 'playback'
  | 'lessonPanelOpen'
  | 'lesson'
  | 'progress'
  | 'quizMode'
  | 'savedWork'
>;

/** The persisted value of a store state; `lean` drops the transcript and traces (quota fallback). */
export function toPersisted(s: PersistSource, lean = false): Persisted {
  return {
    v: PERSIST_VERSION,
    files: s.files,
    activeFile: s.activeFile,
    sim: s.sim,
    terminal: {
      history: s.history.slice(-500),
      lines: lean ? [] : s.lines.slice(-PERSIST_LINES),
      context: s.context,
      prompt: s.prompt,
    },
    traces: lean ? [] : s.traces.slice(-PERSIST_TRACES),
    language: s.language,
    speed: s.playback.speed,
    lessonPanelOpen: s.lessonPanelOpen,
    lessons: toPersistedLessons(s),
  };
}

export const encodePersisted = (p: Persisted): string => JSON.stringify(p);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The files of any value that looks like ours, whatever its version (the part never to lose). */
export function recoverFiles(v: unknown): EditorFile[] | undefined {
  if (!isObject(v) || !Array.isArray(v.files)) return undefined;
  const files: EditorFile[] = [];
  for (const f of v.files) {
    if (!isObject(f) || typeof f.path !== 'string' || typeof f.content !== 'string') continue;
    if (!/^[A-Za-z0-9._-]+$/.test(f.path) || files.some((x) => x.path === f.path)) continue;
    files.push({ path: f.path, content: f.content.slice(0, MAX_FILE_CHARS) });
    if (files.length === MAX_FILES) break;
  }
  return files.length > 0 ? files : undefined;
}

const RECORDS = [
  'services',
  'pods',
  'deployments',
  'replicaSets',
  'endpointSlices',
  'namespaces',
  'nodes',
  'ipam',
  'affinity',
] as const;

/** A shape check of a stored cluster (the simulator state is plain data). */
export function isSimState(v: unknown): v is SimState {
  if (!isObject(v) || !isObject(v.config)) return false;
  const c = v.config;
  if (!Array.isArray(c.nodes) || c.nodes.length === 0 || typeof c.serviceCIDR !== 'string')
    return false;
  if (typeof v.rng !== 'number' || typeof v.resourceVersion !== 'number') return false;
  if (typeof v.now !== 'number') return false;
  if (!RECORDS.every((k) => isObject(v[k]))) return false;
  return Array.isArray(v.events) && Array.isArray(v.conntrack);
}

function isContext(v: unknown): v is ShellContext {
  if (!isObject(v)) return false;
  const h = v.host;
  if (h === 'workstation') return true;
  if (!isObject(h)) return false;
  if (typeof h.node === 'string') return true;
  return typeof h.pod === 'string' && typeof h.namespace === 'string';
}

const LINE_KINDS = new Set(['prompt', 'stdout', 'stderr']);
function isLine(v: unknown): v is TerminalLine {
  return (
    isObject(v) &&
    typeof v.id === 'number' &&
    LINE_KINDS.has(v.kind as string) &&
    typeof v.text === 'string'
  );
}

const SOURCES = new Set(['canvas', 'terminal', 'lesson']);
function isTraceRecord(v: unknown): v is TraceRecord {
  if (!isObject(v) || typeof v.id !== 'number' || typeof v.label !== 'string') return false;
  if (!SOURCES.has(v.source as string) || typeof v.at !== 'number') return false;
  const t = v.trace;
  return (
    isObject(t) && Array.isArray(t.hops) && typeof t.outcome === 'string' && isObject(t.request)
  );
}

/** Reads a stored value. Never throws: unreadable parts are dropped and `damaged` is set. */
export function decodePersisted(raw: string | null): Restored {
  if (raw === null) return { damaged: false };
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return { damaged: true };
  }
  const files = recoverFiles(v);
  if (!isObject(v) || v.v !== PERSIST_VERSION) {
    // Another version: keep the files if they are there, start everything else fresh.
    return files ? { files, damaged: true } : { damaged: true };
  }
  const out: Restored = { damaged: false };
  if (files) out.files = files;
  else if (v.files !== undefined) out.damaged = true;
  if (typeof v.activeFile === 'string') out.activeFile = v.activeFile;
  if (v.sim !== undefined) {
    if (isSimState(v.sim)) out.sim = v.sim;
    else out.damaged = true;
  }
  const t = v.terminal;
  if (isObject(t)) {
    const history = Array.isArray(t.history)
      ? t.history.filter((h): h is string => typeof h === 'string')
      : [];
    const lines = Array.isArray(t.lines) ? t.lines.filter(isLine) : [];
    const ok = isContext(t.context) && typeof t.prompt === 'string';
    out.terminal = {
      history,
      lines,
      context: ok ? (t.context as ShellContext) : { host: 'workstation' },
      prompt: ok ? (t.prompt as string) : '$ ',
    };
  }
  if (Array.isArray(v.traces)) out.traces = v.traces.filter(isTraceRecord);
  if (v.language === 'en' || v.language === 'ko') out.language = v.language;
  if (typeof v.speed === 'number' && v.speed > 0 && v.speed <= 64) out.speed = v.speed;
  if (typeof v.lessonPanelOpen === 'boolean') out.lessonPanelOpen = v.lessonPanelOpen;
  if (v.lessons !== undefined) {
    const read = lessonsFromStorage(v.lessons, { isSimState, recoverFiles });
    if (read) out.lessons = read.lessons;
    if (!read || read.damaged) out.damaged = true;
  }
  return out;
}

/** The part of `Storage` the store uses (localStorage in the browser, a Map in tests). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Reads the stored state; a damaged value is copied to BACKUP_KEY before it can be overwritten. */
export function loadPersisted(storage: StorageLike | undefined): Restored {
  if (!storage) return { damaged: false };
  let raw: string | null;
  try {
    raw = storage.getItem(STORAGE_KEY);
  } catch {
    return { damaged: false };
  }
  const restored = decodePersisted(raw);
  if (restored.damaged && raw !== null) {
    try {
      storage.setItem(BACKUP_KEY, raw);
    } catch {
      // no room for a backup: the recovered parts are still used
    }
  }
  return restored;
}

/** Writes the state; when the quota is exceeded, retries without transcript and traces. */
export function savePersisted(storage: StorageLike | undefined, s: PersistSource): boolean {
  if (!storage) return false;
  for (const lean of [false, true]) {
    try {
      storage.setItem(STORAGE_KEY, encodePersisted(toPersisted(s, lean)));
      return true;
    } catch {
      // quota exceeded or storage blocked: try the lean form, then give up quietly
    }
  }
  return false;
}
