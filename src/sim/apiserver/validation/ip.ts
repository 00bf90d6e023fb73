/**
 * IP/CIDR parsing the way k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy accept them (IPv4 with
 * leading zeros allowed), and the messages of apimachinery validation/ip.go and core validation's
 * ValidateEndpointIP / ValidateNonSpecialIP (v1.33).
 */
import type { FieldError } from '../../model/errors.ts';
import { invalid } from '../fieldErrors.ts';
import { goQuote } from '../goValue.ts';

export type IPBytes = number[];

function parseV4(s: string): IPBytes | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  const out = m.slice(1, 5).map(Number);
  return out.every((n) => n <= 255) ? out : undefined;
}

function parseV6(s: string): IPBytes | undefined {
  if (!s.includes(':')) return undefined;
  let tail: IPBytes = [];
  let str = s;
  const lastColon = str.lastIndexOf(':');
  if (str.slice(lastColon + 1).includes('.')) {
    const v4 = parseV4(str.slice(lastColon + 1));
    if (!v4) return undefined;
    tail = v4;
    str = `${str.slice(0, lastColon + 1)}0:0`;
  }
  const halves = str.split('::');
  if (halves.length > 2) return undefined;
  const parseGroups = (h: string): number[] | undefined => {
    if (h === '') return [];
    const groups = h.split(':');
    const out: number[] = [];
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = parseGroups(halves[0] ?? '');
  const rest = halves.length === 2 ? parseGroups(halves[1] ?? '') : [];
  if (!head || !rest) return undefined;
  let groups: number[];
  if (halves.length === 2) {
    const missing = 8 - head.length - rest.length;
    if (missing < 1) return undefined;
    groups = [...head, ...new Array<number>(missing).fill(0), ...rest];
  } else {
    if (head.length !== 8) return undefined;
    groups = head;
  }
  const bytes = groups.flatMap((g) => [g >> 8, g & 255]);
  if (tail.length === 4) bytes.splice(12, 4, ...tail);
  return bytes;
}

/** 4 bytes for IPv4 (and IPv4-mapped IPv6), 16 for IPv6. */
export function parseIPSloppy(s: string): IPBytes | undefined {
  const v4 = parseV4(s);
  if (v4) return v4;
  const v6 = parseV6(s);
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 255 && v6[11] === 255;
  return mapped ? v6.slice(12) : v6;
}

export const isIPv6String = (s: string): boolean => (parseIPSloppy(s)?.length ?? 0) === 16;
export const isIPv4String = (s: string): boolean => (parseIPSloppy(s)?.length ?? 0) === 4;

/** net.IP.String(): dotted quad, or RFC 5952 IPv6. */
export function formatIP(b: IPBytes): string {
  if (b.length === 4) return b.join('.');
  const groups: number[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((b[i] ?? 0) << 8) | (b[i + 1] ?? 0));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}

export function parseCIDRSloppy(s: string): { ip: IPBytes; bits: number } | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIPSloppy(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  const isV6 = s.slice(0, slash).includes(':');
  if (bits > (isV6 ? 128 : 32)) return undefined;
  return { ip, bits: isV6 && ip.length === 4 ? bits - 96 : bits };
}

export function isValidIP(field: string, value: string): FieldError[] {
  return parseIPSloppy(value)
    ? []
    : [
        invalid(
          field,
          goQuote(value),
          'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
        ),
      ];
}

export function isValidCIDR(field: string, value: string): FieldError[] {
  return parseCIDRSloppy(value)
    ? []
    : [
        invalid(
          field,
          goQuote(value),
          'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
        ),
      ];
}

export function isValidIPv4Address(field: string, value: string): FieldError[] {
  return parseIPSloppy(value)?.length === 4
    ? []
    : [invalid(field, goQuote(value), 'must be a valid IPv4 address')];
}

export function isValidIPv6Address(field: string, value: string): FieldError[] {
  return parseIPSloppy(value)?.length === 16
    ? []
    : [invalid(field, goQuote(value), 'must be a valid IPv6 address')];
}

/** ValidateEndpointIP (== ValidateNonSpecialIP): unspecified, loopback, link-local rejected. */
export function validateEndpointIP(field: string, value: string): FieldError[] {
  const ip = parseIPSloppy(value);
  const v = goQuote(value);
  if (!ip) return [invalid(field, v, 'must be a valid IP address')];
  const errs: FieldError[] = [];
  const v4 = ip.length === 4;
  const b0 = ip[0] ?? 0;
  const b1 = ip[1] ?? 0;
  if (ip.every((x) => x === 0)) errs.push(invalid(field, v, `may not be unspecified (${value})`));
  const loopback = v4 ? b0 === 127 : ip.slice(0, 15).every((x) => x === 0) && ip[15] === 1;
  if (loopback)
    errs.push(invalid(field, v, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  const linkLocal = v4 ? b0 === 169 && b1 === 254 : b0 === 0xfe && (b1 & 0xc0) === 0x80;
  if (linkLocal)
    errs.push(invalid(field, v, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  const llMulticast = v4 ? b0 === 224 && b1 === 0 && ip[2] === 0 : b0 === 0xff && (b1 & 0x0f) === 2;
  if (llMulticast)
    errs.push(
      invalid(field, v, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'),
    );
  return errs;
}

/** GetWarningsForIP: leading zeros / IPv4-mapped IPv6, or non-canonical IPv6. */
export function warningsForIP(field: string, value: string): string[] {
  const ip = parseIPSloppy(value);
  if (!ip) return [];
  const strict = /^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/.test(value);
  const mapped = value.includes(':') && ip.length === 4;
  if ((ip.length === 4 && !value.includes(':') && !strict) || mapped)
    return [
      `${field}: non-standard IP address ${goQuote(value)} will be considered invalid in a future Kubernetes release: use ${goQuote(formatIP(ip))}`,
    ];
  if (ip.length === 16 && formatIP(ip) !== value)
    return [
      `${field}: IPv6 address ${goQuote(value)} should be in RFC 5952 canonical format (${goQuote(formatIP(ip))})`,
    ];
  return [];
}

/** GetWarningsForCIDR (host bits set → ambiguous; leading zeros → non-standard). */
export function warningsForCIDR(field: string, value: string): string[] {
  const c = parseCIDRSloppy(value);
  if (!c) return [];
  const len = c.ip.length * 8;
  const masked = c.ip.map((b, i) => {
    const bitsHere = Math.max(0, Math.min(8, c.bits - i * 8));
    return b & ((0xff << (8 - bitsHere)) & 0xff);
  });
  const warnings: string[] = [];
  const net = `${formatIP(masked)}/${c.bits}`;
  if (masked.some((b, i) => b !== c.ip[i]))
    warnings.push(
      `${field}: CIDR value ${goQuote(value)} is ambiguous in this context (should be ${goQuote(net)} or ${goQuote(`${formatIP(c.ip)}/${len}`)}?)`,
    );
  const addr = value.slice(0, value.indexOf('/'));
  if (c.ip.length === 4 && !/^(0|[1-9]\d{0,2})(\.(0|[1-9]\d{0,2})){3}$/.test(addr))
    warnings.push(
      `${field}: non-standard CIDR value ${goQuote(value)} will be considered invalid in a future Kubernetes release: use ${goQuote(net)}`,
    );
  if (warnings.length === 0 && c.ip.length === 16 && `${formatIP(c.ip)}/${c.bits}` !== value)
    warnings.push(
      `${field}: IPv6 CIDR value ${goQuote(value)} should be in RFC 5952 canonical format (${goQuote(`${formatIP(c.ip)}/${c.bits}`)})`,
    );
  return warnings;
}
