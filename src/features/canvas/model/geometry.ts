import type { Point } from './layout.ts';

/** Polyline helpers for packet paths (flow coordinates). */

const r = (n: number) => Math.round(n * 10) / 10;

/** An SVG path (`M x y L x y …`) for CSS `offset-path: path(…)`. Consecutive duplicates are dropped. */
export function pathD(points: readonly Point[]): string {
  const pts = dedupe(points);
  if (pts.length === 0) return '';
  return pts.map((p, i) => `${i === 0 ? 'M' : 'L'} ${r(p.x)} ${r(p.y)}`).join(' ');
}

export function dedupe(points: readonly Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const prev = out[out.length - 1];
    if (!prev || prev.x !== p.x || prev.y !== p.y) out.push(p);
  }
  return out;
}

export function segmentLength(a: Point, b: Point): number {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

export function polylineLength(points: readonly Point[]): number {
  let len = 0;
  for (let i = 1; i < points.length; i++)
    len += segmentLength(points[i - 1] as Point, points[i] as Point);
  return len;
}

/** The point at `fraction` (0…1) of the polyline's length. */
export function pointAt(points: readonly Point[], fraction: number): Point {
  const first = points[0];
  if (!first) return { x: 0, y: 0 };
  const total = polylineLength(points);
  let left = Math.min(1, Math.max(0, fraction)) * total;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as Point;
    const b = points[i] as Point;
    const len = segmentLength(a, b);
    if (left <= len && len > 0) {
      const t = left / len;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= len;
  }
  return points[points.length - 1] as Point;
}

/**
 * Joins per-hop polylines into one path and returns where each hop ends as a fraction of the whole
 * (the keyframe offsets of a single animation that plays a whole trace).
 */
export function joinLegs(legs: readonly (readonly Point[])[]): { points: Point[]; ends: number[] } {
  const points: Point[] = [];
  const lengths: number[] = [];
  for (const leg of legs) {
    const start = points.length > 0 ? [points[points.length - 1] as Point] : [];
    const pts = dedupe([...start, ...leg]);
    lengths.push(polylineLength(pts));
    points.push(...pts.slice(start.length > 0 ? 1 : 0));
  }
  const total = lengths.reduce((a, b) => a + b, 0);
  let acc = 0;
  const ends = lengths.map((l) => {
    acc += l;
    return total > 0 ? acc / total : 1;
  });
  return { points: dedupe(points), ends };
}
