import { useT } from '../../i18n/index.ts';
import { useAppStore } from '../../store/index.ts';
import { leaveLesson } from './actions.ts';
import { lessonLang, sandboxLesson } from './lessonData.ts';
import { Markdown } from './Markdown.tsx';
import { RealCommands } from './RealCommands.tsx';
import type { StartRequest } from './StartDialog.tsx';
import { BUTTON } from './styles.ts';

/** The free sandbox: always available, with the learner's saved files when a lesson kept them. */
export function SandboxCard({ onStart }: { onStart: (request: StartRequest) => void }) {
  const t = useT();
  const lang = lessonLang(useAppStore((s) => s.language));
  const inLesson = useAppStore((s) => s.lesson !== null);
  const saved = useAppStore((s) => s.savedWork?.files.length ?? 0);
  const text = sandboxLesson?.text[lang];

  return (
    <section
      aria-labelledby="sandbox-card-title"
      className={`space-y-1.5 rounded-md border p-2 ${inLesson ? 'border-line' : 'border-accent'}`}
      data-testid="sandbox-card"
      data-active={!inLesson}
    >
      <div className="flex items-baseline justify-between gap-2">
        <h3
          id="sandbox-card-title"
          tabIndex={-1}
          className="text-sm font-semibold focus:outline-none focus-visible:outline-2 focus-visible:outline-accent"
        >
          {text?.title ?? t('lessons.sandbox.title')}
        </h3>
        {!inLesson && (
          <span className="text-xs font-medium text-accent">{t('lessons.sandbox.here')}</span>
        )}
      </div>
      {text && (
        <details className="text-xs">
          <summary className="cursor-pointer text-muted">{text.summary}</summary>
          <Markdown text={text.explanation} className="mt-1.5 leading-relaxed" />
          <div className="mt-2">
            <RealCommands commands={sandboxLesson?.real ?? []} />
          </div>
        </details>
      )}
      {saved > 0 && (
        <p className="text-xs" data-testid="saved-work">
          {t('lessons.sandbox.saved', { count: saved })}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        {inLesson && (
          <button
            type="button"
            className={BUTTON}
            onClick={leaveLesson}
            data-testid="sandbox-leave"
          >
            {t('lessons.sandbox.back')}
          </button>
        )}
        <button
          type="button"
          className={BUTTON}
          onClick={() => onStart({ kind: 'sandbox' })}
          data-testid="sandbox-fresh"
        >
          {t('lessons.sandbox.fresh')}
        </button>
      </div>
    </section>
  );
}
