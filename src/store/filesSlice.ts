import type { SliceCreator } from './env.ts';
import { EXAMPLE_FILES } from './exampleFiles.ts';
import { fileNameError, freeName, MAX_FILE_CHARS, MAX_FILES } from './files.ts';
import type { FilesSlice } from './types.ts';

/** Quotes a file name for the command line when it needs it (names are `[A-Za-z0-9._-]+`). */
const shellWord = (name: string): string => (/^[\w.-]+$/.test(name) ? name : `'${name}'`);

export const createFilesSlice: SliceCreator<FilesSlice> = (set, get) => ({
  files: EXAMPLE_FILES.map((f) => ({ ...f })),
  activeFile: EXAMPLE_FILES[0]?.path ?? 'scratch.yaml',
  setActiveFile: (path) => {
    if (get().files.some((f) => f.path === path)) set({ activeFile: path });
  },
  setFileContent: (path, content) =>
    set((s) => {
      const text = content.slice(0, MAX_FILE_CHARS);
      const i = s.files.findIndex((f) => f.path === path);
      if (i === -1 || s.files[i]?.content === text) return s;
      const files = s.files.slice();
      files[i] = { path, content: text };
      return { files };
    }),
  addFile: (path, content = '') => {
    const s = get();
    if (s.files.length >= MAX_FILES) return s.activeFile;
    const name =
      path !== undefined && fileNameError(s.files, path) === null
        ? path
        : freeName(s.files, 'untitled.yaml');
    set({ files: [...s.files, { path: name, content }], activeFile: name });
    return name;
  },
  closeFile: (path) =>
    set((s) => {
      const i = s.files.findIndex((f) => f.path === path);
      if (i === -1) return s;
      const files = s.files.filter((f) => f.path !== path);
      // A workspace always has a file to type into.
      if (files.length === 0) files.push({ path: 'scratch.yaml', content: '' });
      const activeFile =
        s.activeFile === path
          ? (files[Math.min(i, files.length - 1)]?.path ?? 'scratch.yaml')
          : s.activeFile;
      return { files, activeFile };
    }),
  renameFile: (from, to) => {
    const s = get();
    if (!s.files.some((f) => f.path === from)) return 'missing';
    if (from === to) return null;
    const err = fileNameError(s.files, to, from);
    if (err) return err;
    set({
      files: s.files.map((f) => (f.path === from ? { ...f, path: to } : f)),
      activeFile: s.activeFile === from ? to : s.activeFile,
    });
    return null;
  },
  applyFile: (path) => get().runOnWorkstation(`kubectl apply -f ${shellWord(path)}`),
  restoreExamples: () =>
    set((s) => {
      const files = s.files.slice();
      for (const ex of EXAMPLE_FILES) {
        const i = files.findIndex((f) => f.path === ex.path);
        if (i === -1) files.push({ ...ex });
        else if (files[i]?.content !== ex.content) {
          // Keep the learner's edited copy under a free name, then put the example back.
          files.push({ path: freeName(files, ex.path), content: files[i]?.content ?? '' });
          files[i] = { ...ex };
        }
      }
      return { files: files.slice(0, MAX_FILES) };
    }),
});
