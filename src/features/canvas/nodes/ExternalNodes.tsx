import { Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../i18n/index.ts';
import { useCanvasUi } from '../canvasUi.ts';
import type { FlowNode } from '../flow/toFlow.ts';
import { SourceHandle, TargetHandle, card, dataOf, openerClass, useItemActive } from './common.tsx';

/** The client outside the cluster (203.0.113.10): opens the load-balancer requests. */
export const ClientNode = memo(function ClientNode({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const d = dataOf(data, 'client');
  const active = useItemActive(id);
  const openMenu = useCanvasUi((s) => s.openMenu);
  return (
    <div className={card(active, 'border-dashed')}>
      <button
        type="button"
        className={openerClass}
        aria-haspopup="menu"
        data-testid="open-client"
        onClick={(e) => openMenu(id, e.currentTarget)}
      >
        <span className="block text-sm font-semibold">{t('canvas.client.title')}</span>
        <span className="block font-mono text-xs">{d.ip}</span>
        <span className="block text-xs text-muted">{t('canvas.client.outside')}</span>
      </button>
    </div>
  );
});

/** MetalLB or a cloud load balancer: the addresses it has handed out, each for one Service. */
export const LbNode = memo(function LbNode({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const d = dataOf(data, 'lb');
  const active = useItemActive(id);
  const openMenu = useCanvasUi((s) => s.openMenu);
  return (
    <div className={card(active)}>
      <button
        type="button"
        className={openerClass}
        aria-haspopup="menu"
        data-testid="open-lb"
        onClick={(e) => openMenu(id, e.currentTarget)}
      >
        <span className="block text-sm font-semibold">
          {t(d.provider === 'cloud' ? 'canvas.lb.cloud' : 'canvas.lb.metallb')}
        </span>
        {d.addresses.length === 0 ? (
          <span className="block text-xs text-muted">{t('canvas.lb.none')}</span>
        ) : (
          <ul className="mt-1 space-y-0.5">
            {d.addresses.map((a) => (
              <li key={`${a.ip}|${a.service}`} className="truncate font-mono text-xs">
                {a.ip} → {a.service.replace(/^default\//, '')}
              </li>
            ))}
          </ul>
        )}
      </button>
      <SourceHandle id="out" position={Position.Right} />
    </div>
  );
});

/** The simulated internet: names and addresses pods can reach (and ExternalName points at). */
export const InternetNode = memo(function InternetNode({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const d = dataOf(data, 'internet');
  const active = useItemActive(id);
  return (
    <div className={card(active, 'border-dashed p-2')}>
      <TargetHandle position={Position.Left} />
      <div className="text-sm font-semibold">{t('canvas.internet.title')}</div>
      <ul className="mt-1 space-y-1">
        {d.hosts.map((h) => (
          <li key={h.ip} className="text-xs">
            <span className="block truncate">{h.names.join(', ')}</span>
            <span className="block font-mono text-muted">{h.ip}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});

/** The dashed band behind the Service cards: they are virtual, in every node's rules. */
export const BandNode = memo(function BandNode() {
  const t = useT();
  return (
    <div className="h-full w-full rounded-lg border-2 border-dashed border-accent/50 bg-accent/5 px-3 py-1">
      <span className="text-xs font-semibold text-accent">{t('canvas.band.title')}</span>{' '}
      <span className="text-xs text-muted">— {t('canvas.band.note')}</span>
    </div>
  );
});

export const UnscheduledNode = memo(function UnscheduledNode() {
  const t = useT();
  return (
    <div className="h-full w-full rounded-md border border-dashed border-warn bg-raised p-2">
      <span className="text-xs font-semibold text-warn">{t('canvas.unscheduled.title')}</span>
    </div>
  );
});
