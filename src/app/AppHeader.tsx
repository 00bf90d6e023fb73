import { ThemeToggle } from '../components/ThemeToggle.tsx';
import { useT } from '../i18n/index.ts';
import { appStore, useAppStore } from '../store/index.ts';
import { HEADER_BUTTON } from './headerStyles.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { ResetClusterButton } from './ResetClusterButton.tsx';
import { ShareButton } from './ShareButton.tsx';

export function AppHeader() {
  const t = useT();
  const lessonOpen = useAppStore((s) => s.lessonPanelOpen);
  return (
    <header className="flex min-h-11 shrink-0 flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-line bg-panel px-3 py-1">
      <h1 className="min-w-0 truncate text-base font-semibold text-fg">{t('app.title')}</h1>
      <div className="flex flex-wrap items-center gap-1.5">
        <button
          type="button"
          className={HEADER_BUTTON}
          aria-pressed={lessonOpen}
          aria-controls="pane-lesson"
          onClick={() => appStore.getState().setLessonPanelOpen(!lessonOpen)}
          data-testid="lesson-toggle"
        >
          {t('header.lessons')}
        </button>
        <ResetClusterButton />
        <ShareButton />
        <LanguageSwitch />
        <ThemeToggle label={t('header.darkTheme')} />
      </div>
    </header>
  );
}
