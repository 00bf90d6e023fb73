import type { SliceCreator } from './env.ts';
import type { Language, PrefsSlice } from './types.ts';

/** `ko`, `ko-KR`… pick Korean; anything else English. */
export function languageFromNavigator(languages: readonly string[] | undefined): Language {
  const first = languages?.[0]?.toLowerCase() ?? '';
  return first === 'ko' || first.startsWith('ko-') ? 'ko' : 'en';
}

export const createPrefsSlice: SliceCreator<PrefsSlice> = (set, _get, env) => ({
  language: 'en',
  setLanguage: (language) => set({ language }),
  theme: 'light',
  setTheme: (theme) => {
    env.applyTheme?.(theme);
    set({ theme });
  },
  lessonPanelOpen: true,
  setLessonPanelOpen: (lessonPanelOpen) => set({ lessonPanelOpen }),
  notice: null,
  showNotice: (code, detail) =>
    set({ notice: { id: env.nextId('notice'), code, ...(detail ? { detail } : {}) } }),
  dismissNotice: () => set({ notice: null }),
});
