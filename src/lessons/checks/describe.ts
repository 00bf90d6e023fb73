/** How checks name the ends of a request in titles and explanations. */
import type { Localized } from '../languages.ts';
import { joinLocalized, localize, same } from '../languages.ts';
import type { Labels, Target } from '../types.ts';
import { labelString } from './cluster.ts';
import { msg } from './msg.ts';

/** `client` → "the client"; `pod/netshoot` → "pod netshoot"; `pod` → "a pod"; `node/node1` → "node1". */
export function describeFrom(from: string): Localized {
  if (from === 'client') return msg('fromClient');
  if (from === 'pod') return msg('fromAnyPod');
  if (from === 'node') return msg('fromAnyNode');
  if (from.startsWith('pod/')) return msg('fromPod', { pod: from.slice(4) });
  if (from.startsWith('node/')) return msg('fromNode', { node: from.slice(5) });
  return same(from);
}

/** A literal target as typed; a Service target by how it is addressed. */
export function describeTarget(to: Target): Localized {
  if (typeof to === 'string') return same(to);
  const node = to.node ?? 'node1';
  switch (to.via) {
    case 'name':
      return msg('toName');
    case 'fqdn':
      return msg('toFqdn');
    case 'clusterIP':
      return msg('toClusterIP');
    case 'nodePort':
      return node === '*' ? msg('toAnyNodePort') : msg('toNodePort', { node });
    case 'loadBalancer':
      return msg('toLoadBalancer');
    case 'healthCheck':
      return msg('toHealthCheck', { node });
  }
}

/** "the client → node3's node port". */
export const describeRequest = (from: string, to: Target | Localized): Localized =>
  msg('request', {
    from: describeFrom(from),
    to: typeof to === 'object' && 'en' in to ? to : describeTarget(to as Target),
  });

export const labelsText = (labels: Labels): Localized => same(labelString(labels));

/** Joins optional title parts with ", ". */
export const commaList = (parts: readonly Localized[]): Localized =>
  parts.length ? joinLocalized(parts, ', ') : localize(() => '');
