/** IPv4 arithmetic on 32-bit unsigned numbers. */

export type IPv4 = string & { readonly __brand: 'IPv4' };

export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  readonly base: number;
  readonly bits: number;
  /** Number of addresses in the block (2^(32-bits)). */
  readonly size: number;
  readonly text: string;
}

const IPV4_RE = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/** Parses a dotted-quad IPv4 address; `undefined` when it is not one (no leading zeros allowed). */
export function parseIPv4(text: string): number | undefined {
  const m = IPV4_RE.exec(text);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i] as string;
    if (part.length > 1 && part.startsWith('0')) return undefined;
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function isIPv4(text: string): text is IPv4 {
  return parseIPv4(text) !== undefined;
}

export function formatIPv4(n: number): IPv4 {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}` as IPv4;
}

export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIPv4(text.slice(0, slash));
  const bitsText = text.slice(slash + 1);
  if (ip === undefined || !/^\d{1,2}$/.test(bitsText)) return undefined;
  const bits = Number(bitsText);
  if (bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  const base = ip - (ip % size);
  return { base, bits, size, text: `${formatIPv4(base)}/${bits}` };
}

export function cidrContains(cidr: Cidr, ip: number): boolean {
  return ip >= cidr.base && ip < cidr.base + cidr.size;
}

/** `a.b.c.d-e.f.g.h` or a CIDR, as MetalLB pools accept them; inclusive bounds. */
export function parseRange(text: string): { first: number; last: number } | undefined {
  const dash = text.indexOf('-');
  if (dash >= 0) {
    const first = parseIPv4(text.slice(0, dash).trim());
    const last = parseIPv4(text.slice(dash + 1).trim());
    if (first === undefined || last === undefined || last < first) return undefined;
    return { first, last };
  }
  const c = parseCidr(text.trim());
  return c ? { first: c.base, last: c.base + c.size - 1 } : undefined;
}
