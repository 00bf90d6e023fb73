/**
 * Just enough of apimachinery resource.Quantity for describe node: parse `100m`, `2`, `70Mi`,
 * `1Gi`, `18556039957`, `1k`, and print sums canonically (`0`, `850m`, `2`, `240Mi`).
 */

const BINARY: Record<string, number> = {
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};
const DECIMAL: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  '': 1,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
};

export interface Quantity {
  /** Value in base units (bytes, cores). */
  value: number;
  /** binary (Ki/Mi/...) or decimal (m/k/M/... or none). */
  format: 'binary' | 'decimal';
}

/** Parses a quantity string; undefined when it is not one. */
export function parseQuantity(text: string): Quantity | undefined {
  const m = /^([+-]?[0-9.]+)(e[+-]?[0-9]+|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(text);
  if (!m) return undefined;
  const num = Number(m[1]);
  const suffix = m[2] ?? '';
  if (Number.isNaN(num)) return undefined;
  if (suffix in BINARY) return { value: num * (BINARY[suffix] as number), format: 'binary' };
  if (suffix.startsWith('e'))
    return { value: num * 10 ** Number(suffix.slice(1)), format: 'decimal' };
  return { value: num * (DECIMAL[suffix] as number), format: 'decimal' };
}

/** Quantity.String() for the canonical forms describe prints. */
export function formatQuantity(q: Quantity): string {
  const v = q.value;
  if (v === 0) return '0';
  if (q.format === 'binary') {
    for (const s of ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki']) {
      const unit = BINARY[s] as number;
      if (v >= unit && Number.isInteger(v / unit)) return `${v / unit}${s}`;
    }
    if (Number.isInteger(v)) return String(v);
  }
  const milli = Math.round(v * 1000);
  if (milli % 1000 !== 0) return `${milli}m`;
  const n = milli / 1000;
  for (const [s, unit] of [
    ['E', 1e18],
    ['P', 1e15],
    ['T', 1e12],
    ['G', 1e9],
    ['M', 1e6],
    ['k', 1e3],
  ] as const) {
    if (Math.abs(n) >= unit && Number.isInteger(n / unit)) return `${n / unit}${s}`;
  }
  return String(n);
}

/** Sums quantities, keeping the first one's format (Quantity.Add). */
export function sumQuantities(texts: readonly string[]): Quantity {
  let value = 0;
  let format: Quantity['format'] | undefined;
  for (const t of texts) {
    const q = parseQuantity(t);
    if (!q) continue;
    value += q.value;
    format ??= q.format;
  }
  return { value, format: format ?? 'decimal' };
}
