/** The app store's public types. Components import them from `src/store/index.ts`. */
import type { SendRequest, SimAction, SimState, StepResult, Trace } from '../sim/core.ts';
import type { LessonsSlice } from './lessonsSlice.ts';
import type { ShellContext } from './shell.ts';

export type { ShellContext };

/** Where a request came from: a click on the canvas, a terminal command, or a lesson step. */
export type TraceSource = 'canvas' | 'terminal' | 'lesson';

export interface TraceRecord {
  /** Unique, increasing; newest traces have the highest id. */
  id: number;
  trace: Trace;
  /** Short human label, e.g. the command line or `client → node3:30001`. */
  label: string;
  source: TraceSource;
  /** Wall-clock time the request was sent (ms since epoch). */
  at: number;
  /** Id of the first trace of a "Send N" batch (or of a command that sent several requests). */
  batch?: number;
}

export interface Playback {
  /** The trace shown on the canvas and in the inspector, or null when none. */
  traceId: number | null;
  /** Index into that trace's `hops`: the hop shown now (0 … hops.length - 1). */
  hop: number;
  playing: boolean;
  /** 1 = normal; the clock advances one hop every `hopDurationMs(speed)`. */
  speed: number;
  /** When the trace belongs to a batch, the batch id (all its traces play together on the canvas). */
  batch: number | null;
}

export type TerminalLineKind = 'prompt' | 'stdout' | 'stderr';

export interface TerminalLine {
  id: number;
  kind: TerminalLineKind;
  /** Plain text, possibly several lines (shown with `white-space: pre`). */
  text: string;
}

export interface EditorFile {
  /** Workspace file name, e.g. `nodeport-service.yaml` (no directories). */
  path: string;
  content: string;
}

export type Language = 'en' | 'ko';
export type Theme = 'light' | 'dark';

/** Messages the UI shows once (translated by code). */
export type NoticeCode =
  | 'share.loaded'
  | 'share.invalid'
  | 'share.copied'
  | 'share.copyFailed'
  | 'storage.recovered'
  | 'cluster.reset';

export interface Notice {
  id: number;
  code: NoticeCode;
  /** Untranslated detail (e.g. why a link could not be read); rendered as text. */
  detail?: string;
}

/** A reducer action without its timestamp: the store stamps it with the clock. */
export type SimActionInput = SimAction extends infer A
  ? A extends SimAction
    ? Omit<A, 'at'> & { at?: number }
    : never
  : never;

export interface SimSlice {
  sim: SimState;
  /** Applies one simulator action (stamped with the clock) and returns what it reported. */
  dispatch: <A extends SimActionInput>(
    action: A,
  ) => StepResult<Extract<SimAction, { type: A['type'] }>>['result'];
  /** Restores the default cluster; keeps files, terminal history and preferences. */
  resetCluster: () => void;
}

export interface TraceSlice {
  /** Newest last, at most `MAX_TRACES`. */
  traces: TraceRecord[];
  playback: Playback;
  /** Sends one request through the cluster, records its trace and starts playing it. */
  sendRequest: (req: SendRequest, label?: string, source?: TraceSource) => Trace;
  /** Sends the same request `n` times in a row (one batch) and plays the last one. */
  sendMany: (req: SendRequest, n: number, label?: string, source?: TraceSource) => Trace[];
  /** Records traces produced elsewhere (terminal commands); plays the last. */
  addTraces: (traces: readonly Trace[], label: string, source: TraceSource) => void;
  /** Shows a recorded trace from its first hop and plays it. */
  selectTrace: (id: number) => void;
  selectHop: (hop: number) => void;
  play: () => void;
  pause: () => void;
  stepForward: () => void;
  stepBack: () => void;
  setSpeed: (speed: number) => void;
  /** Advances one hop (the playback clock calls this); stops at the last hop. */
  tick: () => void;
  clearTraces: () => void;
}

export interface TerminalSlice {
  lines: TerminalLine[];
  /** Command lines typed, oldest first (for ↑/↓ and `history`). */
  history: string[];
  context: ShellContext;
  /** The prompt for `context`, as the shell prints it (`$ `, `bash-5.2# `…). */
  prompt: string;
  /** Runs a command line as typed; returns the exit code (undefined while the engine is loading). */
  run: (line: string) => number | undefined;
  /** Runs a line on the workstation whatever the shell's context (the editor's Apply uses it). */
  runOnWorkstation: (line: string) => number | undefined;
  /** Ctrl+C: shows the abandoned line with `^C`, runs nothing. */
  cancelLine: (line: string) => void;
  /** Tab with several candidates: shows the line typed so far and the candidates under it (as bash). */
  printCompletions: (line: string, listing: string) => void;
  /** Ctrl+L / `clear`. */
  clearTerminal: () => void;
}

export interface FilesSlice {
  files: EditorFile[];
  activeFile: string;
  setActiveFile: (path: string) => void;
  setFileContent: (path: string, content: string) => void;
  /** Adds a file (a free `untitled-N.yaml` name when none is given); returns its path. */
  addFile: (path?: string, content?: string) => string;
  closeFile: (path: string) => void;
  /** Returns an error code when the new name is invalid or taken, else null. */
  renameFile: (from: string, to: string) => FileNameError | null;
  /** Runs `kubectl apply -f <path>` in the terminal; returns its exit code. */
  applyFile: (path: string) => number | undefined;
  /** Puts the example files back (keeping the learner's other files). */
  restoreExamples: () => void;
}

export type FileNameError = 'empty' | 'invalid' | 'taken' | 'missing';

export interface PrefsSlice {
  language: Language;
  setLanguage: (language: Language) => void;
  theme: Theme;
  setTheme: (theme: Theme) => void;
  /** The lesson panel slot (the lessons feature owns what is inside). */
  lessonPanelOpen: boolean;
  setLessonPanelOpen: (open: boolean) => void;
  notice: Notice | null;
  showNotice: (code: NoticeCode, detail?: string) => void;
  dismissNotice: () => void;
}

export type AppState = SimSlice &
  TraceSlice &
  TerminalSlice &
  FilesSlice &
  PrefsSlice &
  LessonsSlice;
