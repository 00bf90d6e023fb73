import { Panel } from '../components/Panel.tsx';
import { Placeholder } from '../components/Placeholder.tsx';
import { useT } from '../i18n/index.ts';

/** The lesson panel's place in the layout; the lessons feature fills it. */
export function LessonSlot({ id, className }: { id?: string; className?: string }) {
  const t = useT();
  return (
    <Panel title={t('lesson.title')} testId="lesson-panel" id={id} className={className}>
      <Placeholder heading={t('placeholder.heading')} text={t('placeholder.lesson')} />
    </Panel>
  );
}
