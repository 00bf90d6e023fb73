/** Small formatting helpers shared by the get and describe printers (apimachinery/kubectl rules). */

import type { LabelSelector } from '../../model/types.ts';

type Labels = Readonly<Record<string, string>> | undefined;

/** Go's sort.Strings order: byte-wise (UTF-16 code unit order equals it for the BMP). */
export const byteCompare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const sortedKeys = (m: Labels): string[] => Object.keys(m ?? {}).sort(byteCompare);

/** labels.FormatLabels: `k=v` sorted by key joined by `,`; `<none>` when empty. */
export function formatLabels(labels: Labels): string {
  const keys = sortedKeys(labels);
  if (keys.length === 0) return '<none>';
  return keys.map((k) => `${k}=${(labels as Record<string, string>)[k]}`).join(',');
}

/**
 * metav1.LabelSelectorAsSelector(sel).String(): requirements sorted by key; `k=v`, `k in (a,b)`,
 * `k notin (a,b)`, `k`, `!k`; values sorted. Empty selector -> "" (nil selector -> "<none>"-free "").
 */
export function selectorString(sel: LabelSelector | undefined): string {
  if (!sel) return '';
  const reqs: { key: string; text: string }[] = [];
  for (const k of sortedKeys(sel.matchLabels)) {
    reqs.push({ key: k, text: `${k}=${(sel.matchLabels as Record<string, string>)[k]}` });
  }
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort(byteCompare).join(',');
    const text =
      e.operator === 'In'
        ? `${e.key} in (${values})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${values})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`;
    reqs.push({ key: e.key, text });
  }
  // internalSelector is sorted by key (stable for equal keys).
  return reqs
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => byteCompare(a.key, b.key) || a.i - b.i)
    .map((r) => r.text)
    .join(',');
}

/** metav1.FormatLabelSelector: like selectorString but `<none>` when empty. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  const s = selectorString(sel);
  return s === '' ? '<none>' : s;
}

/** `a,b,c` or `a,b,c + N more...` (printers.go listWithMoreString; `<unset>` when empty). */
export function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

/** net.JoinHostPort: brackets around IPv6 hosts. */
export const joinHostPort = (host: string, port: number | string): string =>
  host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** time.RFC1123Z in UTC (the simulated kubectl runs with TZ=UTC): `Wed, 01 Jan 2025 00:00:00 +0000`. */
export function rfc1123z(timestamp: string | number): string {
  const d = new Date(timestamp);
  return (
    `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} +0000`
  );
}

/** RFC 3339 with second precision, as metav1.Time marshals: `2025-01-01T00:00:00Z`. */
export function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/** A deterministic 32-bit FNV-1a hash (for simulated IDs that must not change between renders). */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** `n` lowercase hex digits derived from `text` (container IDs, image digests). */
export function fakeHex(text: string, n: number): string {
  let out = '';
  let h = fnv1a(text);
  while (out.length < n) {
    h = fnv1a(`${out.length}:${text}`, h);
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, n);
}
