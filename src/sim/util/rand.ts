/**
 * Seeded randomness. The generator state is a single 32-bit number kept in the simulator state, so
 * the reducer stays pure: every draw returns the value and the next state.
 */

export interface Draw<T> {
  value: T;
  rng: number;
}

/** mulberry32: one step returns a float in [0, 1) and the next state. */
export function nextFloat(rng: number): Draw<number> {
  const next = (rng + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return { value: ((t ^ (t >>> 14)) >>> 0) / 4294967296, rng: next };
}

/** An integer in [0, n). */
export function nextInt(rng: number, n: number): Draw<number> {
  const d = nextFloat(rng);
  return { value: Math.floor(d.value * n), rng: d.rng };
}

/** apimachinery/pkg/util/rand's alphabet: no vowels, no confusable characters. */
export const K8S_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.String(n): the suffix of generateName objects (`web-x7k2p`). */
export function nextK8sString(rng: number, n: number): Draw<string> {
  let s = '';
  let r = rng;
  for (let i = 0; i < n; i++) {
    const d = nextInt(r, K8S_ALPHANUMS.length);
    s += K8S_ALPHANUMS[d.value];
    r = d.rng;
  }
  return { value: s, rng: r };
}

const HEX = '0123456789abcdef';

/** A version-4 UUID drawn from the generator. */
export function nextUid(rng: number): Draw<string> {
  // Same draws as 32 × nextInt(r, 16), inlined: this runs for every object the API server creates.
  // xxxxxxxx-xxxx-4xxx-Vxxx-xxxxxxxxxxxx: digit 12 becomes the version, digit 16 the variant.
  let r = rng;
  let uid = '';
  for (let i = 0; i < 32; i++) {
    r = (r + 0x6d2b79f5) >>> 0;
    let t = r;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const d = Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * 16);
    if (i === 8 || i === 12 || i === 16 || i === 20) uid += '-';
    uid += HEX[i === 12 ? 4 : i === 16 ? (d & 0x3) | 0x8 : d];
  }
  return { value: uid, rng: r };
}

/** Turns an arbitrary seed into a well-mixed non-zero starting state. */
export function seedState(seed: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
