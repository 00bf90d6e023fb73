import { describe, expect, it } from 'vitest';
import { nextInt, nextK8sString, nextUid, seedState } from './rand.ts';

describe('seeded randomness', () => {
  it('nextUid is a v4 UUID made of 32 nextInt(16) draws', () => {
    const rng = seedState(42);
    let r = rng;
    let hex = '';
    for (let i = 0; i < 32; i++) {
      const d = nextInt(r, 16);
      r = d.rng;
      hex += d.value.toString(16);
    }
    const variant = ((parseInt(hex[16] as string, 16) & 3) | 8).toString(16);
    const want = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
    expect(nextUid(rng)).toEqual({ value: want, rng: r });
    expect(want).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('generateName suffixes use apimachinery rand alphabet', () => {
    expect(nextK8sString(seedState(1), 5).value).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });
});
