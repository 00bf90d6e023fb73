/** The app store's public API. Features import from here (never from the slice files). */
export {
  appStore,
  useAppStore,
  addBeforePersist,
  backupBeforeShare,
  persistNow,
} from './appStore.ts';
export { createAppStore, type AppStore, type AppStoreOptions } from './createAppStore.ts';
export { openShareFragment, shareFragment } from './share.ts';
export { SHARE_PREFIX } from './shareLink.ts';
export {
  HOP_MS,
  MAX_BATCH,
  MAX_TRACES,
  SPEEDS,
  currentRecord,
  defaultLabel,
  hopDurationMs,
} from './traceSlice.ts';
export { EXAMPLE_FILES, SCRATCH_FILE } from './exampleFiles.ts';
export {
  MAX_PROGRESS_BYTES,
  decodeProgress,
  encodeProgress,
  progressOf,
  type ImportErrorCode,
  type ImportResult,
  type LessonProgress,
  type ProgressCatalog,
  type ProgressMap,
} from './lessonsProgress.ts';
export {
  quizStops,
  watchQuiz,
  type LessonQuiz,
  type LessonSession,
  type LessonStart,
  type QuizItem,
  type SavedWork,
  type StartOptions,
} from './lessonsSlice.ts';
export { completions, loadTools, toolsLoaded } from './shell.ts';
export {
  selectCurrentBatch,
  selectCurrentHop,
  selectCurrentTrace,
  useCurrentBatch,
  useCurrentHop,
  useCurrentTrace,
  useIsHopActive,
  usePlayback,
} from './selectors.ts';
export type * from './types.ts';
