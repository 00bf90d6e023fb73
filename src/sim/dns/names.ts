/** Domain-name helpers shared by the servers, the stub resolver and the printers. */

import { parseIPv4 } from '../net/ip.ts';

/** `web.default` → `web.default.`; an already absolute name (and the root `.`) stays as it is. */
export function fqdn(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}

/** Lower-cased absolute form: DNS names compare case-insensitively. */
export function canonical(name: string): string {
  return fqdn(name).toLowerCase();
}

/** Labels of an absolute or relative name, without the empty root label. */
export function labelsOf(name: string): string[] {
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  return n === '' ? [] : n.split('.');
}

/** dns.IsSubDomain: `name` equals `zone` or ends with `.zone` (both canonical). */
export function isSubdomain(name: string, zone: string): boolean {
  if (zone === '.') return true;
  return name === zone || name.endsWith(`.${zone}`);
}

/** What is left of a canonical `name` in front of a canonical `zone` (`a.b.` in `a.b.z.`), or ''. */
export function trimZone(name: string, zone: string): string {
  if (name === zone) return '';
  return name.slice(0, name.length - zone.length - 1);
}

/** Dots in the name as the resolver counts them for `ndots` (a trailing dot is not counted). */
export function countDots(name: string): number {
  let n = 0;
  const end = name.endsWith('.') ? name.length - 1 : name.length;
  for (let i = 0; i < end; i++) if (name.charCodeAt(i) === 46) n++;
  return n;
}

/** `10.244.1.5` → `5.1.244.10.in-addr.arpa.` */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa.`;
}

/**
 * dnsutil.ExtractAddressFromReverse for IPv4: `5.1.244.10.in-addr.arpa.` → `10.244.1.5`;
 * `undefined` for partial names (`244.10.in-addr.arpa.`) and anything else.
 */
export function addressFromReverse(name: string): string | undefined {
  const suffix = '.in-addr.arpa.';
  if (!name.endsWith(suffix)) return undefined;
  const parts = name.slice(0, -suffix.length).split('.');
  if (parts.length !== 4) return undefined;
  const ip = parts.reverse().join('.');
  return parseIPv4(ip) === undefined ? undefined : ip;
}

/** A dotted-quad literal, as getaddrinfo accepts it without asking DNS. */
export function isIPv4Literal(name: string): boolean {
  return parseIPv4(name) !== undefined;
}
