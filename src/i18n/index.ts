/**
 * UI strings. `en.ts` is the source catalog (its keys are the `MessageKey` type); every other
 * language is a file with the same keys, registered in `LANGUAGES` below. Keys are namespaced by
 * feature (`terminal.copy`, `canvas.sendTen`); `{name}` placeholders are filled by `t`.
 */
import { useCallback } from 'react';
import { useAppStore } from '../store/index.ts';
import type { Language } from '../store/index.ts';
import { en, type MessageKey } from './en.ts';
import { ko } from './ko.ts';
import { HOPS_KO } from './hops.ko.ts';
import { renderWhy, type ExplainId, type Hop } from '../sim/core.ts';

export type { MessageKey };
export type Catalog = Readonly<Record<MessageKey, string>>;
export type Params = Readonly<Record<string, string | number>>;

/** Languages offered in the header: catalog and the language's own name. */
export const LANGUAGES = {
  en: { catalog: en, name: 'English' },
  ko: { catalog: ko, name: '한국어' },
} as const satisfies Record<Language, { catalog: Catalog; name: string }>;

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function format(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) =>
    name in params ? String(params[name]) : m,
  );
}

/** The message for `key` in `language` (English when a catalog lacks it). */
export function translate(language: Language, key: MessageKey, params?: Params): string {
  const catalog: Catalog = LANGUAGES[language]?.catalog ?? en;
  return format(catalog[key] ?? en[key], params);
}

export type TFunction = (key: MessageKey, params?: Params) => string;

/** `const t = useT(); t('terminal.copy')` — re-renders when the language changes. */
export function useT(): TFunction {
  const language = useAppStore((s) => s.language);
  return useCallback((key, params) => translate(language, key, params), [language]);
}

/** The current language (for `lang` attributes and language-specific data such as lessons). */
export const useLanguage = (): Language => useAppStore((s) => s.language);

/**
 * Hop explanations come from the simulator as data (`hop.why`); English is the simulator's own text,
 * other languages render the same parameters with their catalogue.
 */
export const HOP_CATALOGS: Partial<Record<Language, Readonly<Record<ExplainId, string>>>> = {
  ko: HOPS_KO,
};

export function explainHop(hop: Pick<Hop, 'explain' | 'why'>, language: Language): string {
  const catalog = HOP_CATALOGS[language];
  return catalog && hop.why ? renderWhy(hop.why, catalog) : hop.explain;
}
