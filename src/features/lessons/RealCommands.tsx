import { useState } from 'react';
import { copyText } from '../../components/copyText.ts';
import { useT } from '../../i18n/index.ts';
import { InlineMarkdown } from './Markdown.tsx';
import { BUTTON, HEADING } from './styles.ts';

/** "On a real cluster you would type…" with a copy button per command. */
export function RealCommands({ commands, note }: { commands: readonly string[]; note?: string }) {
  const t = useT();
  const [copied, setCopied] = useState<{ index: number; ok: boolean } | null>(null);
  if (commands.length === 0 && !note) return null;

  const copy = async (index: number, text: string) => {
    setCopied({ index, ok: await copyText(text) });
    setTimeout(() => setCopied(null), 2000);
  };

  return (
    <div className="space-y-1.5" data-testid="real-commands">
      <h5 className={HEADING}>{t('lessons.real.heading')}</h5>
      {note && (
        <p className="text-xs">
          <InlineMarkdown text={note} />
        </p>
      )}
      <ul className="space-y-1">
        {commands.map((c, i) => (
          <li key={i} className="flex items-start gap-1.5">
            <code
              className="min-w-0 flex-1 rounded bg-raised px-1.5 py-1 font-mono text-[11px] break-all"
              data-testid="real-command"
            >
              {c}
            </code>
            <button
              type="button"
              className={BUTTON}
              onClick={() => void copy(i, c)}
              aria-label={t('lessons.real.copyLabel', { command: c })}
              data-testid="copy-command"
            >
              {t('lessons.real.copy')}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="text-xs text-muted">
        {copied ? (copied.ok ? t('lessons.real.copied') : t('lessons.real.copyFailed')) : ''}
      </p>
    </div>
  );
}
