/** Pure helpers for the editor's workspace files (names, lookups, merging). */
import type { EditorFile, FileNameError } from './types.ts';

/** One path segment of letters, digits, `.`, `_` or `-` (what a learner types after `-f`). */
const NAME = /^[A-Za-z0-9._-]+$/;

export const MAX_FILES = 30;
export const MAX_FILE_CHARS = 200_000;

/** Why `name` cannot be used for a new or renamed file, or null when it can. */
export function fileNameError(
  files: readonly EditorFile[],
  name: string,
  except?: string,
): FileNameError | null {
  if (name.trim() === '') return 'empty';
  if (!NAME.test(name) || name === '.' || name === '..') return 'invalid';
  if (files.some((f) => f.path === name && f.path !== except)) return 'taken';
  return null;
}

/** `base`, or `stem-2.ext`, `stem-3.ext`… — the first name no file uses. */
export function freeName(files: readonly EditorFile[], base: string): string {
  const taken = new Set(files.map((f) => f.path));
  if (!taken.has(base)) return base;
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  const ext = dot > 0 ? base.slice(dot) : '';
  for (let i = 2; ; i++) {
    const name = `${stem}-${i}${ext}`;
    if (!taken.has(name)) return name;
  }
}

/** The files as `runCommand` reads them (`kubectl apply -f NAME`, `cat NAME`). */
export function filesRecord(files: readonly EditorFile[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) out[f.path] = f.content;
  return out;
}

/**
 * Folds files written by a command (`cat > x.yaml`) into the workspace: changed contents replace,
 * new names are appended as tabs. Returns the same array when nothing changed.
 */
export function mergeWritten(
  files: readonly EditorFile[],
  written: Readonly<Record<string, string>>,
): EditorFile[] {
  let changed = false;
  const out = files.map((f) => {
    const c = written[f.path];
    if (c === undefined || c === f.content) return f;
    changed = true;
    return { ...f, content: c };
  });
  for (const [path, content] of Object.entries(written)) {
    if (!out.some((f) => f.path === path)) {
      out.push({ path, content });
      changed = true;
    }
  }
  return changed ? out : (files as EditorFile[]);
}

/**
 * Opens shared files without losing local work: the shared files come first, under their own
 * names; a local file is kept unless a shared file has the same content (or it is blank and its name
 * is taken), and a local file whose name is taken by different shared content is kept as
 * `local-NAME`.
 */
export function mergeShared(
  local: readonly EditorFile[],
  shared: readonly EditorFile[],
): EditorFile[] {
  const out: EditorFile[] = shared.map((f) => ({ ...f }));
  for (const f of local) {
    const same = out.find((s) => s.path === f.path);
    if (same && (same.content === f.content || f.content.trim() === '')) continue;
    if (out.some((s) => s.content === f.content && f.content !== '')) continue;
    out.push({ path: same ? freeName(out, `local-${f.path}`) : f.path, content: f.content });
  }
  return out;
}
