import { useEffect } from 'react';
import { useT } from '../i18n/index.ts';
import { appStore, useAppStore, type NoticeCode } from '../store/index.ts';

const TONE: Record<NoticeCode, 'ok' | 'error' | 'info'> = {
  'share.loaded': 'ok',
  'share.invalid': 'error',
  'share.copied': 'ok',
  'share.copyFailed': 'info',
  'storage.recovered': 'error',
  'cluster.reset': 'info',
};

const TONE_CLASS = {
  ok: 'border-ok/50 text-ok',
  error: 'border-danger/60 text-danger',
  info: 'border-line text-fg',
};

/** One-line messages (share link opened or refused, storage recovered, cluster reset). */
export function NoticeBar() {
  const t = useT();
  const notice = useAppStore((s) => s.notice);
  const tone = notice ? TONE[notice.code] : 'info';

  // Good news fades after a while; errors stay until dismissed.
  useEffect(() => {
    if (!notice || tone === 'error') return;
    const id = notice.id;
    const timer = setTimeout(() => {
      if (appStore.getState().notice?.id === id) appStore.getState().dismissNotice();
    }, 6000);
    return () => clearTimeout(timer);
  }, [notice, tone]);

  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className="empty:hidden" data-testid="notice">
      {notice && (
        <div
          className={`flex items-start gap-2 border-b bg-panel px-3 py-1.5 text-sm ${TONE_CLASS[tone]}`}
        >
          <p className="min-w-0 flex-1">
            {t(`notice.${notice.code}`)}
            {notice.detail && (
              <span className="ml-1 font-mono text-xs text-muted">({notice.detail})</span>
            )}
          </p>
          <button
            type="button"
            onClick={() => appStore.getState().dismissNotice()}
            className="shrink-0 rounded px-1.5 text-xs text-muted hover:bg-raised"
            aria-label={t('common.dismiss')}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
