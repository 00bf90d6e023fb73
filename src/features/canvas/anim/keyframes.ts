import { joinLegs, pathD } from '../model/geometry.ts';
import type { HopLeg, TraceRoute } from '../model/route.ts';

/** Stationary hops (a rule acting on one node) still take this share of a hop's time. */
export const DWELL_SHARE = 0.4;
/** Moving hops use this share of the hop time, so the packet rests before the next hop starts. */
export const MOVE_SHARE = 0.85;

/** How long the motion of one hop lasts, given the store's hop duration. */
export function legDuration(leg: HopLeg, hopMs: number): number {
  return Math.round(hopMs * (leg.points.length > 1 ? MOVE_SHARE : DWELL_SHARE));
}

/** CSS `offset-path` value for a leg (a single point parks the packet there). */
export function offsetPath(points: HopLeg['points']): string {
  const d = pathD(points);
  return `path('${d || 'M 0 0'}')`;
}

/**
 * One animation for a whole trace (the packets of a "Send 10" batch and the benchmark): the path
 * of every leg joined, with a keyframe at the end of each hop so every hop takes the same time.
 */
export function traceKeyframes(route: TraceRoute): { path: string; keyframes: Keyframe[] } {
  const { points, ends } = joinLegs([[route.start], ...route.legs.map((l) => l.points)]);
  const n = route.legs.length;
  const keyframes: Keyframe[] = ends.map((end, i) => ({
    offset: n === 0 ? 1 : i / n,
    offsetDistance: `${Math.round(end * 10000) / 100}%`,
  }));
  if (keyframes.length === 1) keyframes.unshift({ offset: 0, offsetDistance: '0%' });
  return { path: offsetPath(points), keyframes };
}
