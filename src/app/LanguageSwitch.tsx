import { LANGUAGES, useT } from '../i18n/index.ts';
import { appStore, useAppStore, type Language } from '../store/index.ts';

/** English / 한국어 as a pair of toggle buttons; the choice is remembered with the workspace. */
export function LanguageSwitch() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  return (
    <div
      role="group"
      aria-label={t('header.language')}
      className="flex overflow-hidden rounded-md border border-line"
    >
      {(Object.keys(LANGUAGES) as Language[]).map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={language === code}
          data-testid={`language-${code}`}
          onClick={() => appStore.getState().setLanguage(code)}
          className={`px-2 py-1 text-xs focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-accent ${
            language === code ? 'bg-accent font-semibold text-panel' : 'text-fg hover:bg-raised'
          }`}
        >
          {LANGUAGES[code].name}
        </button>
      ))}
    </div>
  );
}
