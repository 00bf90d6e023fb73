import { memo } from 'react';
import { useT } from '../../i18n/index.ts';
import type { CanvasTopology } from './model/topology.ts';
import { podStateText } from './nodes/PodNode.tsx';

/**
 * A visually hidden text version of the picture for screen readers: nodes with their IPs and node
 * ports, the pods on each, the Services with their type, virtual IP and ready endpoints. (The
 * inspector lists the hops of the current request.)
 */
export const TopologySummary = memo(function TopologySummary({
  id,
  topo,
}: {
  id: string;
  topo: CanvasTopology;
}) {
  const t = useT();
  const lb = topo.lb?.addresses ?? [];
  return (
    <div id={id} className="sr-only" data-testid="canvas-summary">
      <p>{t('canvas.summary.client', { ip: topo.client.ip })}</p>
      <p>{t('canvas.summary.nodes', { count: topo.nodes.length })}</p>
      <ul>
        {topo.nodes.map((n) => {
          const pods = topo.pods.filter((p) => p.node === n.name);
          const system = pods.filter((p) => p.system).length;
          const ports = [...new Set(n.ports.map((p) => p.port))];
          return (
            <li key={n.name}>
              {t('canvas.summary.node', {
                name: n.name,
                ip: n.ip,
                role: n.controlPlane ? t('canvas.summary.nodeRole') : '',
                pods: pods.length,
                ports: ports.length
                  ? t('canvas.summary.nodePorts', { ports: ports.join(', ') })
                  : '',
              })}{' '}
              {system > 0 && t('canvas.summary.systemPods', { count: system })}
              <ul>
                {pods
                  .filter((p) => !p.system)
                  .map((p) => (
                    <li key={p.key}>
                      {t('canvas.summary.pod', {
                        name: p.name,
                        node: n.name,
                        ip: p.ip ?? '—',
                        state: podStateText(p, t),
                      })}
                    </li>
                  ))}
              </ul>
            </li>
          );
        })}
      </ul>
      <ul>
        {topo.services.map((s) => (
          <li key={s.key}>
            {t('canvas.summary.service', {
              name: s.key,
              type: s.headless ? 'ClusterIP (headless)' : s.type,
              vip: s.clusterIP
                ? ` ${s.clusterIP}`
                : s.externalName
                  ? ` CNAME ${s.externalName}`
                  : '',
              ready: s.endpoints.filter((e) => e.ready).length,
              total: s.endpoints.length,
            })}
          </li>
        ))}
      </ul>
      {lb.length > 0 && (
        <p>
          {t('canvas.summary.lb', { list: lb.map((a) => `${a.ip} (${a.service})`).join(', ') })}
        </p>
      )}
    </div>
  );
});
