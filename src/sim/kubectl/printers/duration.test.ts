import { describe, expect, it } from 'vitest';
import { humanDuration, shortHumanDuration, translateTimestampSince } from './duration.ts';

const s = 1000;

describe('humanDuration', () => {
  it('C33: AGE column values', () => {
    const inputs = [
      0,
      17,
      59,
      119,
      120,
      302,
      599,
      600,
      10799,
      10800,
      11100,
      28799,
      28800,
      47 * 3600 + 59 * 60 + 59,
      48 * 3600,
      53 * 3600,
      8 * 86400,
      2 * 365 * 86400,
      (2 * 365 + 80) * 86400,
      9 * 365 * 86400,
    ];
    expect(inputs.map((x) => humanDuration(x * s)).join(' ')).toBe(
      '0s 17s 59s 119s 2m 5m2s 9m59s 10m 179m 3h 3h5m 7h59m 8h 47h 2d 2d5h 8d 2y 2y80d 9y',
    );
  });

  it('75 seconds is 75s, never 1m; small negative skews are 0s', () => {
    expect(humanDuration(75 * s)).toBe('75s');
    expect(humanDuration(-1500)).toBe('0s');
    expect(humanDuration(-2500)).toBe('<invalid>');
  });

  it('shortHumanDuration uses one unit', () => {
    expect(
      [59, 60, 3599, 3600, 86399, 86400, 400 * 86400].map((x) => shortHumanDuration(x * s)),
    ).toEqual(['59s', '1m', '59m', '1h', '23h', '1d', '1y']);
  });

  it('translateTimestampSince', () => {
    const now = Date.parse('2025-01-01T00:05:02Z');
    expect(translateTimestampSince('2025-01-01T00:00:00Z', now)).toBe('5m2s');
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>');
  });
});
