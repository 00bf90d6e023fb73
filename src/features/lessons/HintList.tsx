import { useT } from '../../i18n/index.ts';
import { appStore } from '../../store/index.ts';
import { InlineMarkdown } from './Markdown.tsx';
import { BUTTON, HEADING } from './styles.ts';

/** Hints unlocked one at a time; the newest is announced (the list is a polite live region). */
export function HintList({ hints, shown }: { hints: readonly string[]; shown: number }) {
  const t = useT();
  if (hints.length === 0) return null;
  const visible = hints.slice(0, shown);
  return (
    <div className="space-y-1.5">
      <h5 className={HEADING}>{t('lessons.hints.heading')}</h5>
      <ol
        className="list-decimal space-y-1 pl-5 text-xs"
        aria-live="polite"
        data-testid="hint-list"
      >
        {visible.map((h, i) => (
          <li key={i} data-testid="hint">
            <InlineMarkdown text={h} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button
          type="button"
          className={BUTTON}
          onClick={() => appStore.getState().showHint(hints.length)}
          data-testid="hint-button"
        >
          {shown === 0
            ? t('lessons.hints.first', { total: hints.length })
            : t('lessons.hints.next', { n: shown + 1, total: hints.length })}
        </button>
      ) : (
        <p className="text-xs text-muted">{t('lessons.hints.none')}</p>
      )}
    </div>
  );
}
