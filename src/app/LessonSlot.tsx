import { lazy, Suspense } from 'react';
import { Panel } from '../components/Panel.tsx';
import { useT } from '../i18n/index.ts';

/** The lessons, their checks and the command line they replay load after first paint. */
const LessonPanel = lazy(() => import('../features/lessons/LessonPanel.tsx'));

/** The lesson panel's place in the layout (hidden when the store's `lessonPanelOpen` is false). */
export function LessonSlot({ id, className }: { id?: string; className?: string }) {
  const t = useT();
  return (
    <Panel title={t('lesson.title')} testId="lesson-panel" id={id} className={className}>
      <Suspense fallback={<p className="p-3 text-sm text-muted">{t('lessons.loading')}</p>}>
        <LessonPanel />
      </Suspense>
    </Panel>
  );
}
