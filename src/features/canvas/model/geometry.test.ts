import { describe, expect, it } from 'vitest';
import { joinLegs, pathD, pointAt, polylineLength } from './geometry.ts';

describe('geometry', () => {
  it('pathD drops repeated points and rounds', () => {
    expect(
      pathD([
        { x: 0, y: 0 },
        { x: 0, y: 0 },
        { x: 10.04, y: 5.55 },
      ]),
    ).toBe('M 0 0 L 10 5.6');
    expect(pathD([])).toBe('');
  });

  it.each([
    { t: 0, want: { x: 0, y: 0 } },
    { t: 0.25, want: { x: 5, y: 0 } },
    { t: 0.75, want: { x: 10, y: 5 } },
    { t: 1, want: { x: 10, y: 10 } },
    { t: 2, want: { x: 10, y: 10 } },
  ])('pointAt $t', ({ t, want }) => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
    ];
    expect(polylineLength(pts)).toBe(20);
    expect(pointAt(pts, t)).toEqual(want);
  });

  it('joinLegs gives each leg’s end as a fraction of the whole path', () => {
    const { points, ends } = joinLegs([
      [{ x: 0, y: 0 }],
      [
        { x: 0, y: 0 },
        { x: 30, y: 0 },
      ],
      [{ x: 30, y: 0 }],
      [
        { x: 30, y: 0 },
        { x: 30, y: 10 },
      ],
    ]);
    expect(points).toEqual([
      { x: 0, y: 0 },
      { x: 30, y: 0 },
      { x: 30, y: 10 },
    ]);
    expect(ends).toEqual([0, 0.75, 0.75, 1]);
  });
});
