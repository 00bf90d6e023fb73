import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import { appStore, useAppStore } from '../../store/index.ts';
import { MENU_W, useCanvasUi } from './canvasUi.ts';
import { CLIENT_ID, LB_ID } from './model/ids.ts';
import {
  requestsForClient,
  requestsForNode,
  requestsForPod,
  type RequestOption,
} from './model/requests.ts';
import type { CanvasTopology } from './model/topology.ts';

function optionsFor(topo: CanvasTopology, target: string): RequestOption[] | 'notRunning' {
  if (target === CLIENT_ID || target === LB_ID) return requestsForClient(topo);
  if (target.startsWith('node:')) return requestsForNode(topo, target.slice(5));
  if (target.startsWith('pod:')) {
    const pod = topo.pods.find((p) => p.key === target.slice(4));
    if (!pod || pod.phase !== 'Running' || !pod.ip) return 'notRunning';
    return requestsForPod(topo, pod);
  }
  return [];
}

const item =
  'rounded px-2 py-1 text-left hover:bg-accent/10 focus:bg-accent/15 focus:outline-none focus-visible:outline-2 focus-visible:outline-accent';

/**
 * The request menu of a node, pod, client or load balancer: buttons (keyboard reachable, ↑/↓ move,
 * Escape closes and returns focus to the card that opened it). Sending records the trace in the
 * store, which plays it; "×10" sends a batch and resets the hit counters to show the spread.
 */
export function RequestMenu({ topo }: { topo: CanvasTopology }) {
  const t = useT();
  const menu = useCanvasUi((s) => s.menu);
  const closeMenu = useCanvasUi((s) => s.closeMenu);
  const resetHits = useCanvasUi((s) => s.resetHits);
  const sendRequest = useAppStore((s) => s.sendRequest);
  const sendMany = useAppStore((s) => s.sendMany);
  const dispatch = useAppStore((s) => s.dispatch);
  const pod = menu?.target.startsWith('pod:')
    ? topo.pods.find((p) => p.key === menu.target.slice(4))
    : undefined;
  const ref = useRef<HTMLDivElement>(null);
  const options = useMemo(() => (menu ? optionsFor(topo, menu.target) : []), [topo, menu]);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onDown = (e: PointerEvent) => {
      if (ref.current && !ref.current.contains(e.target as Node)) closeMenu(false);
    };
    document.addEventListener('pointerdown', onDown, true);
    return () => document.removeEventListener('pointerdown', onDown, true);
  }, [menu, closeMenu]);

  if (!menu) return null;

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      closeMenu(true);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const i = items.indexOf(document.activeElement as HTMLElement);
    const next = items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
    next?.focus();
  };

  const send = (o: RequestOption, n: number) => {
    if (n === 1) sendRequest(o.request, o.command, 'canvas');
    else {
      sendMany(o.request, n, o.command, 'canvas');
      const batch = appStore.getState().playback.batch;
      if (batch !== null) resetHits(batch);
    }
    closeMenu(true);
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={t('canvas.menu.title')}
      data-testid="request-menu"
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        if (!ref.current?.contains(e.relatedTarget as Node | null)) closeMenu(false);
      }}
      className="absolute z-20 flex max-h-[70%] flex-col overflow-auto rounded-md border border-line bg-panel p-1 text-xs text-fg shadow-lg"
      style={{ left: menu.left, top: menu.top, width: MENU_W, maxWidth: 'calc(100% - 8px)' }}
    >
      <div className="flex items-center justify-between px-2 py-1">
        <span className="font-semibold text-muted">{t('canvas.menu.title')}</span>
        <button
          type="button"
          role="menuitem"
          className={item}
          onClick={() => closeMenu(true)}
          aria-label={t('canvas.menu.close')}
        >
          ✕
        </button>
      </div>
      {pod && pod.phase === 'Running' && (
        <button
          type="button"
          role="menuitem"
          className={item}
          data-testid="pod-readiness-toggle"
          onClick={() => {
            dispatch({
              type: 'pod/readinessChanged',
              name: pod.name,
              namespace: pod.namespace,
              ready: !pod.ready,
            });
            closeMenu(true);
          }}
        >
          <span className="block">
            {t(pod.ready ? 'canvas.menu.makeNotReady' : 'canvas.menu.makeReady')}
          </span>
          <span className="block text-muted">{t('canvas.menu.readinessWhy')}</span>
        </button>
      )}
      {options === 'notRunning' || options.length === 0 ? (
        <p className="px-2 py-1 text-muted">
          {t(options === 'notRunning' ? 'canvas.menu.emptyPod' : 'canvas.menu.empty')}
        </p>
      ) : (
        options.map((o) => (
          <div key={o.command} className="flex items-stretch gap-1">
            <button
              type="button"
              role="menuitem"
              className={`${item} min-w-0 flex-1`}
              onClick={() => send(o, 1)}
              data-testid="request-option"
            >
              <span className="block truncate font-mono">{o.command}</span>
              <span className="block truncate text-muted">
                {t(`canvas.why.${o.why.key}`, o.why.params)}
              </span>
            </button>
            <button
              type="button"
              role="menuitem"
              className={`${item} shrink-0 font-semibold`}
              onClick={() => send(o, 10)}
              aria-label={t('canvas.menu.sendTenLabel', { command: o.command })}
              data-testid="request-option-10"
            >
              ×10
            </button>
          </div>
        ))
      )}
    </div>
  );
}
