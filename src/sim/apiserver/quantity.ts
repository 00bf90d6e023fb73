/**
 * resource.Quantity, enough for the API server's round trip: parse a quantity string (already
 * checked by decodeWalk.quantityError), compare two quantities, and print the canonical form the
 * server stores (`0.5` → `500m`, `1024Mi` → `1Gi`, `1000` → `1k`).
 * Values are held exactly as BigInt nano-units (10^-9).
 */

const DEC: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
};
const BIN: Record<string, number> = { Ki: 10, Mi: 20, Gi: 30, Ti: 40, Pi: 50, Ei: 60 };

export interface Quantity {
  /** Value in nano units (value × 10^9), rounded up like Go rounds to the nearest nano. */
  nano: bigint;
  format: 'DecimalSI' | 'BinarySI' | 'DecimalExponent';
}

const pow10 = (e: number): bigint => 10n ** BigInt(e);

export function parseQuantity(text: string): Quantity | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?([eEinumkKMGTP]*[-+]?\d*)$/.exec(text.trim());
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const sign = m[1] === '-' ? -1n : 1n;
  const intPart = m[2] ?? '';
  const frac = m[3] ?? '';
  const suffix = m[4] ?? '';
  // mantissa as an integer scaled by 10^frac.length
  let mant = BigInt(`${intPart || '0'}${frac}`);
  let scale = -frac.length;
  let format: Quantity['format'] = 'DecimalSI';
  if (suffix in BIN) {
    format = 'BinarySI';
    mant *= 2n ** BigInt(BIN[suffix] ?? 0);
  } else if (suffix in DEC) {
    scale += DEC[suffix] ?? 0;
  } else if (/^[eE][-+]?\d+$/.test(suffix)) {
    format = 'DecimalExponent';
    scale += Number(suffix.slice(1));
  } else return undefined;
  // to nano units, rounding up (away from zero) when more precise than 1n
  const e = scale + 9;
  let nano: bigint;
  if (e >= 0) nano = mant * pow10(e);
  else {
    const d = pow10(-e);
    nano = mant / d + (mant % d === 0n ? 0n : 1n);
  }
  return { nano: sign * nano, format };
}

export function compareQuantity(a: Quantity, b: Quantity): number {
  return a.nano < b.nano ? -1 : a.nano > b.nano ? 1 : 0;
}

/** Quantity.String(): the canonical form. */
export function formatQuantity(q: Quantity): string {
  const neg = q.nano < 0n;
  const abs = neg ? -q.nano : q.nano;
  const sign = neg ? '-' : '';
  if (abs === 0n) return '0';
  if (q.format === 'BinarySI' && abs % pow10(9) === 0n) {
    const v = abs / pow10(9);
    const suffixes: [string, number][] = [
      ['Ei', 60],
      ['Pi', 50],
      ['Ti', 40],
      ['Gi', 30],
      ['Mi', 20],
      ['Ki', 10],
    ];
    for (const [s, p] of suffixes) {
      const unit = 2n ** BigInt(p);
      if (v % unit === 0n && v >= unit) return `${sign}${v / unit}${s}`;
    }
    if (v < 1024n) return `${sign}${v}`;
  }
  for (let e = 18; e >= -9; e -= 3) {
    const unit = pow10(e + 9);
    if (abs % unit === 0n) {
      const v = abs / unit;
      if (q.format === 'DecimalExponent') return `${sign}${v}${e === 0 ? '' : `e${e}`}`;
      const suffix = Object.entries(DEC).find(([, x]) => x === e)?.[0] ?? '';
      return `${sign}${v}${suffix}`;
    }
  }
  return `${sign}${abs}n`;
}

/** Canonical string for a decoded quantity value (number or string); input returned if unparsable. */
export function canonicalQuantity(text: string): string {
  const q = parseQuantity(text);
  return q ? formatQuantity(q) : text;
}
