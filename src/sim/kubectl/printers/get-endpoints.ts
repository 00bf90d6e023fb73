/** `kubectl get endpoints` and `kubectl get endpointslices` (printers.go formatEndpoints, formatDiscovery*). */

import type { EndpointSlice } from '../../model/types.ts';
import { translateTimestampSince } from './duration.ts';
import type { Endpoints } from './endpoints.ts';
import { joinHostPort, listWithMore } from './format.ts';
import type { Column, TableSpec } from './table.ts';

const MAX = 3;

/**
 * formatEndpoints (ports = all): `<none>` without subsets; per subset, per port, per ready address
 * `ip:port` (bare IPs for port-less subsets), at most 3 then ` + N more...`; empty when every address
 * is not ready.
 */
export function formatEndpoints(ep: Endpoints): string {
  const subsets = ep.subsets ?? [];
  if (subsets.length === 0) return '<none>';
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addrs = ss.addresses ?? [];
    const ports = ss.ports ?? [];
    if (ports.length === 0) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === MAX) {
          more = true;
          break;
        }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ports) {
      count += addrs.length;
      for (const a of addrs) {
        if (list.length === MAX) {
          more = true;
          break;
        }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - MAX} more...` : ret;
}

/** formatDiscoveryPorts: port numbers (name, else `*`, when unset), max 3, `<unset>` when none. */
export function formatDiscoveryPorts(slice: EndpointSlice): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const p of slice.ports ?? []) {
    if (list.length < MAX) list.push(p.port !== undefined ? String(p.port) : (p.name ?? '*'));
    else if (list.length === MAX) more = true;
    count++;
  }
  return listWithMore(list, more, count, MAX);
}

/** formatDiscoveryEndpoints: every address of every endpoint regardless of readiness, max 3. */
export function formatDiscoveryEndpoints(slice: EndpointSlice): string {
  const list: string[] = [];
  let more = false;
  let count = 0;
  for (const e of slice.endpoints ?? []) {
    for (const a of e.addresses) {
      if (list.length < MAX) list.push(a);
      else if (list.length === MAX) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, MAX);
}

export const ENDPOINTS_COLUMNS: readonly Column<Endpoints>[] = [
  { header: 'NAME', cell: (e) => e.metadata.name },
  { header: 'ENDPOINTS', cell: (e) => formatEndpoints(e) },
  {
    header: 'AGE',
    cell: (e, ctx) => translateTimestampSince(e.metadata.creationTimestamp, ctx.now),
  },
];

export const ENDPOINTSLICE_COLUMNS: readonly Column<EndpointSlice>[] = [
  { header: 'NAME', cell: (s) => s.metadata.name },
  { header: 'ADDRESSTYPE', cell: (s) => s.addressType },
  { header: 'PORTS', cell: (s) => formatDiscoveryPorts(s) },
  { header: 'ENDPOINTS', cell: (s) => formatDiscoveryEndpoints(s) },
  {
    header: 'AGE',
    cell: (s, ctx) => translateTimestampSince(s.metadata.creationTimestamp, ctx.now),
  },
];

export const ENDPOINTS_TABLE: TableSpec<Endpoints> = {
  columns: ENDPOINTS_COLUMNS,
  namespaced: true,
  kindPrefix: 'endpoints',
  meta: (e) => e.metadata,
};

export const ENDPOINTSLICE_TABLE: TableSpec<EndpointSlice> = {
  columns: ENDPOINTSLICE_COLUMNS,
  namespaced: true,
  kindPrefix: 'endpointslice.discovery.k8s.io',
  meta: (s) => s.metadata,
};
