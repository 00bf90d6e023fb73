/**
 * Load-balancing probabilities as the kernel ends up holding them.
 *
 * kube-proxy writes `--probability` as Go's `fmt.Sprintf("%0.10f", 1.0/float64(n))`
 * (proxier.go computeProbability). iptables' statistic extension stores it as
 * `lround(0x80000000 * p)` (a u32 in units of 2^-31) and prints it back with `%.11f` of
 * `u32 / 0x80000000` (extensions/libxt_statistic.c). Both Go and glibc format the exact binary
 * value and round halfway cases to even, so this module does the same with BigInt arithmetic.
 */

const scratch = new DataView(new ArrayBuffer(8));

/** A finite non-negative double as an exact fraction num / 2^shift. */
function exact(x: number): { num: bigint; shift: bigint } {
  scratch.setFloat64(0, x);
  const hi = scratch.getUint32(0);
  const lo = scratch.getUint32(4);
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (exp !== 0) mant |= 1n << 52n;
  const e = (exp === 0 ? 1 : exp) - 1075; // value = mant * 2^e
  return e >= 0 ? { num: mant << BigInt(e), shift: 0n } : { num: mant, shift: BigInt(-e) };
}

/** `%.<digits>f` of a non-negative finite double, exact with round-half-to-even. */
export function formatFixed(x: number, digits: number): string {
  const { num, shift } = exact(x);
  const den = 1n << shift;
  const scaled = num * 10n ** BigInt(digits);
  let q = scaled / den;
  const twice = (scaled % den) * 2n;
  if (twice > den || (twice === den && q % 2n === 1n)) q += 1n;
  const s = q.toString().padStart(digits + 1, '0');
  return digits === 0 ? s : `${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

/** What kube-proxy passes to `--probability` for 1/n. */
export function computeProbability(n: number): string {
  return formatFixed(1 / n, 10);
}

/** The u32 the statistic match stores for a `--probability` argument. */
export function kernelProbability(arg: string): number {
  return Math.round(0x80000000 * Number(arg));
}

const shown = new Map<number, string>();

/** How iptables-save / iptables -L print the probability kube-proxy wrote for 1/n. */
export function probabilityText(n: number): string {
  let s = shown.get(n);
  if (s === undefined) {
    s = formatFixed(kernelProbability(computeProbability(n)) / 0x80000000, 11);
    shown.set(n, s);
  }
  return s;
}
