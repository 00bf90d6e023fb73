import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../i18n/index.ts';
import { useCanvasUi } from '../canvasUi.ts';
import type { FlowNode } from '../flow/toFlow.ts';
import { L } from '../model/layout.ts';
import { TargetHandle, dataOf, useItemActive } from './common.tsx';

/**
 * A Kubernetes node as a group: name, role and InternalIP, the ports kube-proxy opens on it, and
 * the iptables strip where packets sit while rules act on them. Its pods are React Flow children.
 */
export const ClusterNodeCard = memo(function ClusterNodeCard({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const { node } = dataOf(data, 'node');
  const active = useItemActive(id);
  const openMenu = useCanvasUi((s) => s.openMenu);
  return (
    <div
      className={`h-full w-full rounded-lg border-2 bg-raised/70 ${
        active ? 'border-accent' : 'border-line'
      }`}
    >
      <TargetHandle />
      <div className="flex flex-col px-3 pt-1.5" style={{ height: L.headerH }}>
        <button
          type="button"
          aria-haspopup="menu"
          aria-label={t('canvas.node.open', { name: node.name, ip: node.ip })}
          data-testid={`open-node-${node.name}`}
          onClick={(e) => openMenu(id, e.currentTarget)}
          className="nodrag nopan -mx-1 block rounded px-1 text-left hover:bg-accent/10 focus-visible:outline-2 focus-visible:outline-accent"
        >
          <span className="flex items-baseline gap-1.5">
            <span className="truncate text-sm font-semibold">{node.name}</span>
            {node.controlPlane && (
              <span className="shrink-0 rounded bg-line/60 px-1 text-[10px] text-muted">
                {t('canvas.node.controlPlane')}
              </span>
            )}
            {!node.ready && <span className="text-[10px] text-danger">NotReady</span>}
          </span>
          <span className="block font-mono text-xs text-muted">{node.ip}</span>
        </button>
        <div
          className="truncate text-[11px] text-muted"
          title={node.ports.map((p) => p.port).join(', ')}
        >
          {node.ports.length === 0 ? (
            t('canvas.node.noPorts')
          ) : (
            <>
              {t('canvas.node.ports')}:{' '}
              {node.ports.map((p) => (
                <span key={`${p.port}`} className="mr-1 font-mono text-fg">
                  :{p.port}
                  {p.health ? `(${t('canvas.node.health')})` : ''}
                </span>
              ))}
            </>
          )}
        </div>
        <div className="mt-auto mb-1 rounded-sm border border-dashed border-accent/40 bg-accent/5 text-center text-[10px] leading-5 text-accent">
          {t('canvas.node.rules')}
        </div>
      </div>
    </div>
  );
});

/** The collapsed kube-system pods of a node; clicking shows them one by one. */
export const SystemChip = memo(function SystemChip({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const d = dataOf(data, 'system');
  const active = useItemActive(id);
  const toggle = useCanvasUi((s) => s.toggleSystemPods);
  const ready = d.pods.filter((p) => p.ready).length;
  return (
    <div
      className={`h-full w-full rounded border bg-panel ${active ? 'border-accent ring-2 ring-accent/60' : 'border-line'}`}
    >
      <TargetHandle />
      <button
        type="button"
        aria-expanded={false}
        title={t('canvas.system.show')}
        onClick={toggle}
        className="nodrag nopan flex h-full w-full items-center justify-between gap-2 px-2 text-left text-[11px] text-muted focus-visible:outline-2 focus-visible:outline-accent"
      >
        <span className="truncate">{t('canvas.system.chip', { count: d.pods.length })}</span>
        {ready < d.pods.length && (
          <span className="shrink-0 text-warn">
            {t('canvas.system.readyCount', { ready, count: d.pods.length })}
          </span>
        )}
      </button>
    </div>
  );
});
