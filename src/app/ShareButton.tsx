import { useId, useRef, useState } from 'react';
import { copyText } from '../components/copyText.ts';
import { flushEditor } from '../features/editor/editorBridge.ts';
import { useT } from '../i18n/index.ts';
import { appStore, shareFragment } from '../store/index.ts';
import { HEADER_BUTTON } from './headerStyles.ts';

/**
 * Makes a link holding the files and the cluster, copies it, and shows it in a field (selectable
 * by hand when the clipboard is not available).
 */
export function ShareButton() {
  const t = useT();
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const fieldId = useId();
  const field = useRef<HTMLInputElement>(null);

  const share = async () => {
    flushEditor();
    const fragment = await shareFragment(appStore);
    const url = `${location.origin}${location.pathname}${location.search}${fragment}`;
    setLink(url);
    const ok = await copyText(url);
    setCopied(ok);
    appStore.getState().showNotice(ok ? 'share.copied' : 'share.copyFailed');
    requestAnimationFrame(() => field.current?.select());
  };

  return (
    <div className="relative">
      <button
        type="button"
        className={HEADER_BUTTON}
        onClick={share}
        aria-expanded={link !== null}
        aria-controls={link ? fieldId : undefined}
        data-testid="share-button"
      >
        {t('header.share')}
      </button>
      {link !== null && (
        <div className="absolute top-full right-0 z-20 mt-1 flex w-[min(90vw,28rem)] flex-col gap-1 rounded-md border border-line bg-panel p-2 shadow-lg">
          <label htmlFor={fieldId} className="text-xs text-muted">
            {copied ? t('share.copiedLabel') : t('share.fieldLabel')}
          </label>
          <div className="flex gap-1">
            <input
              id={fieldId}
              ref={field}
              readOnly
              value={link}
              data-testid="share-link"
              onFocus={(e) => e.currentTarget.select()}
              className="min-w-0 flex-1 rounded border border-line bg-raised px-1.5 py-0.5 font-mono text-xs text-fg"
            />
            <button
              type="button"
              onClick={() => setLink(null)}
              className="rounded border border-line px-2 text-xs hover:bg-raised"
            >
              {t('common.close')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
