import { describe, expect, it } from 'vitest';
import {
  computeProbability,
  formatFixed,
  kernelProbability,
  probabilityText,
} from './probability.ts';

describe('probabilities', () => {
  it.each([
    [2, '0.5000000000', ['0.50000000000']],
    [3, '0.3333333333', ['0.33333333349', '0.50000000000']],
    [4, '0.2500000000', ['0.25000000000', '0.33333333349', '0.50000000000']],
    [5, '0.2000000000', ['0.20000000019', '0.25000000000', '0.33333333349', '0.50000000000']],
    [
      6,
      '0.1666666667',
      ['0.16666666651', '0.20000000019', '0.25000000000', '0.33333333349', '0.50000000000'],
    ],
  ])('n=%i', (n, arg, shownList) => {
    expect(computeProbability(n)).toBe(arg);
    // endpoint i of n gets 1/(n-i); the last one has no statistic match
    expect(Array.from({ length: n - 1 }, (_, i) => probabilityText(n - i))).toEqual(shownList);
  });

  it('stores lround(2^31 * p)', () => {
    expect(kernelProbability('0.3333333333')).toBe(715827883);
    expect(kernelProbability('0.5000000000')).toBe(1073741824);
  });

  it('rounds exact halfway cases to even like Go and glibc', () => {
    expect(formatFixed(1 / 2048, 10)).toBe('0.0004882812');
    expect(formatFixed(0.125, 2)).toBe('0.12');
    expect(formatFixed(0.375, 2)).toBe('0.38');
    expect(formatFixed(1, 3)).toBe('1.000');
  });
});
