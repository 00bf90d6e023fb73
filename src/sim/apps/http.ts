import type { HttpResponse } from '../model/trace.ts';
import { utf8Length } from '../util/text.ts';

/** http.TimeFormat: `Thu, 01 Jan 2026 00:00:00 GMT`. */
export const httpDate = (ms: number): string => new Date(ms).toUTCString();

/**
 * A response as Go's net/http writes it: the handler's headers sorted by name, then the ones the
 * server adds itself — `Date`, `Content-Length` (small bodies written in one go) and, when the
 * handler set none, the sniffed `Content-Type`.
 */
export function goResponse(
  status: number,
  reason: string,
  handlerHeaders: [string, string][],
  body: string,
  now: number,
): HttpResponse {
  const sorted = [...handlerHeaders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const headers: [string, string][] = [
    ...sorted,
    ['Date', httpDate(now)],
    ['Content-Length', String(utf8Length(body))],
  ];
  if (!handlerHeaders.some(([k]) => k.toLowerCase() === 'content-type')) {
    headers.push(['Content-Type', sniff(body)]);
  }
  return { status, reason, headers, body };
}

/** The few answers of http.DetectContentType our bodies can get. */
function sniff(body: string): string {
  const head = body.trimStart().slice(0, 14).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html'))
    return 'text/html; charset=utf-8';
  return 'text/plain; charset=utf-8';
}

/** Go's time.Time String(): `2026-01-01 00:00:00.123456789 +0000 UTC m=+12.000000001`. */
export function goTimeString(ms: number, monotonicSeconds: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const date = `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
  const nanos = `${p(d.getUTCMilliseconds(), 3)}000000`;
  return `${date}.${nanos} +0000 UTC m=+${monotonicSeconds.toFixed(9)}`;
}
