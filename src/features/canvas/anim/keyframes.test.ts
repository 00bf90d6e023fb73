import { describe, expect, it } from 'vitest';
import type { HopLeg, TraceRoute } from '../model/route.ts';
import { legDuration, offsetPath, traceKeyframes } from './keyframes.ts';

const leg = (points: { x: number; y: number }[]): HopLeg => ({
  index: 0,
  action: 'send',
  at: 'x',
  points,
  crossNode: false,
  labelBefore: '',
  label: '',
  rewritten: false,
  edges: [],
  items: [],
});

describe('packet keyframes', () => {
  it('moving hops take most of the hop time, stationary ones a short dwell', () => {
    expect(
      legDuration(
        leg([
          { x: 0, y: 0 },
          { x: 1, y: 0 },
        ]),
        700,
      ),
    ).toBe(595);
    expect(legDuration(leg([{ x: 0, y: 0 }]), 700)).toBe(280);
  });

  it('a single point parks the packet', () => {
    expect(offsetPath([{ x: 3, y: 4 }])).toBe("path('M 3 4')");
  });

  it('one keyframe per hop end, evenly spaced in time', () => {
    const route: TraceRoute = {
      origin: 'client',
      start: { x: 0, y: 0 },
      legs: [
        leg([{ x: 0, y: 0 }]),
        leg([
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ]),
        leg([{ x: 100, y: 0 }]),
        leg([
          { x: 100, y: 0 },
          { x: 100, y: 100 },
        ]),
      ],
    };
    const { path, keyframes } = traceKeyframes(route);
    expect(path).toBe("path('M 0 0 L 100 0 L 100 100')");
    expect(keyframes).toEqual([
      { offset: 0, offsetDistance: '0%' },
      { offset: 0.25, offsetDistance: '0%' },
      { offset: 0.5, offsetDistance: '50%' },
      { offset: 0.75, offsetDistance: '50%' },
      { offset: 1, offsetDistance: '100%' },
    ]);
  });
});
