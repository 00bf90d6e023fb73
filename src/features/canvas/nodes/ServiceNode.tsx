import { Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useT } from '../../../i18n/index.ts';
import type { FlowNode } from '../flow/toFlow.ts';
import type { TopoService } from '../model/topology.ts';
import { SourceHandle, TargetHandle, dataOf, useItemActive } from './common.tsx';

const TYPE_STYLE: Record<TopoService['type'] | 'Headless', string> = {
  ClusterIP: 'bg-accent/15 text-accent',
  NodePort: 'bg-ok/15 text-ok',
  LoadBalancer: 'bg-warn/15 text-warn',
  ExternalName: 'bg-danger/10 text-danger',
  Headless: 'bg-line/60 text-muted',
};

/**
 * A Service as the virtual thing it is: its cluster IP and ports (or none, for headless), the node
 * port open on every node, the load-balancer address, affinity and traffic policy, and how many
 * endpoints are ready. Headless and ExternalName are drawn dashed.
 */
export const ServiceNode = memo(function ServiceNode({ id, data }: NodeProps<FlowNode>) {
  const t = useT();
  const { service: s } = dataOf(data, 'service');
  const active = useItemActive(id);
  const kind = s.headless ? 'Headless' : s.type;
  const ready = s.endpoints.filter((e) => e.ready).length;
  const dashed = s.headless || s.type === 'ExternalName';
  const name = s.namespace === 'default' ? s.name : `${s.namespace}/${s.name}`;
  return (
    <div
      className={`h-full w-full overflow-hidden rounded-md border-2 bg-panel p-2 text-fg ${
        dashed ? 'border-dashed' : ''
      } ${active ? 'border-accent ring-2 ring-accent/60' : 'border-line'} ${s.system ? 'opacity-75' : ''}`}
      data-service-type={kind}
    >
      <TargetHandle id="vip" position={Position.Left} />
      <div className="flex items-center justify-between gap-2">
        <span className="truncate text-sm font-semibold" title={s.key}>
          {name}
        </span>
        <span className={`shrink-0 rounded px-1 text-[10px] font-semibold ${TYPE_STYLE[kind]}`}>
          {kind}
        </span>
      </div>
      {s.type === 'ExternalName' ? (
        <div className="mt-1 text-xs">
          {t('canvas.service.cname', { name: s.externalName ?? '' })}
        </div>
      ) : (
        <>
          <div
            className="truncate font-mono text-xs"
            title={s.ports.map((p) => `${p.port}/${p.protocol}`).join(', ')}
          >
            {s.clusterIP
              ? s.ports.map((p) => `${s.clusterIP}:${p.port}→${p.targetPort}`).join(' ') ||
                s.clusterIP
              : t('canvas.service.noVip')}
          </div>
          {s.ports.some((p) => p.nodePort) && (
            <div className="truncate text-[11px]">
              <span className="font-mono">
                {s.ports.flatMap((p) => (p.nodePort ? [`:${p.nodePort}`] : [])).join(' ')}
              </span>{' '}
              <span className="text-muted">{t('canvas.service.everyNode')}</span>
            </div>
          )}
          {s.type === 'LoadBalancer' && (
            <div className="truncate font-mono text-[11px]">
              {s.lbPending ? 'EXTERNAL-IP <pending>' : `LB ${s.lbIPs.join(', ')}`}
            </div>
          )}
          <div className="truncate text-[10px] text-muted">
            {s.endpoints.length === 0
              ? t('canvas.service.noEndpoints')
              : t('canvas.service.endpoints', { ready, total: s.endpoints.length })}
            {s.sessionAffinity === 'ClientIP' ? ' · sessionAffinity: ClientIP' : ''}
            {s.externalTrafficPolicy === 'Local' ? ' · externalTrafficPolicy: Local' : ''}
          </div>
        </>
      )}
      <SourceHandle />
    </div>
  );
});
