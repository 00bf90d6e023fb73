/**
 * The languages lessons are written in. Adding one: add its code here, then a text file per lesson
 * (`NN-name/<code>.ts`) and a check-message catalog (`checks/messages/<code>.ts`); the compiler
 * lists every place that still lacks it (`Record<Lang, …>`), and `catalog.test.ts` compares keys.
 */
export const LANGS = ['en', 'ko'] as const;

export type Lang = (typeof LANGS)[number];

/** One string per language. */
export type Localized = Readonly<Record<Lang, string>>;

/** Builds a Localized value by calling `f` once per language. */
export function localize(f: (lang: Lang) => string): Localized {
  const out = {} as Record<Lang, string>;
  for (const lang of LANGS) out[lang] = f(lang);
  return out;
}

/** The same text in every language (addresses, commands, names). */
export const same = (text: string): Localized => localize(() => text);

/** Joins several Localized values per language. */
export function joinLocalized(parts: readonly Localized[], sep = ' '): Localized {
  return localize((lang) => parts.map((p) => p[lang]).join(sep));
}

/** Paragraphs of a lesson text (light Markdown), joined by blank lines. */
export const md = (...paragraphs: string[]): string => paragraphs.join('\n\n');
