/** Builds the context goal checks run in. Probing is free: `step` is pure, so it runs on copies. */
import { step } from '../sim/core.ts';
import type { ResolveOptions, ResolveResult, SendRequest, SimState, Trace } from '../sim/core.ts';
import type { GoalContext } from './types.ts';

export interface GoalContextInput {
  state: SimState;
  /** The state when the task began (default: `state`). */
  start?: SimState;
  /** The learner's traces since the task began, oldest first. */
  traces?: readonly Trace[];
  answers?: Readonly<Record<string, readonly string[]>>;
}

/** A GoalContext over a state; probes never change it and are memoised per request. */
export function goalContext(input: GoalContextInput): GoalContext {
  const { state } = input;
  const at = state.now;
  const cache = new Map<string, Trace>();
  const many = new Map<string, readonly Trace[]>();
  const probe = (request: SendRequest): Trace => {
    const key = JSON.stringify(request);
    let t = cache.get(key);
    if (!t) {
      t = step(state, { type: 'request/sent', request, at }).result;
      cache.set(key, t);
    }
    return t;
  };
  const probeMany = (request: SendRequest, n: number): readonly Trace[] => {
    const key = `${n}|${JSON.stringify(request)}`;
    let out = many.get(key);
    if (!out) {
      const traces: Trace[] = [];
      let s = state;
      for (let i = 0; i < n; i++) {
        const r = step(s, { type: 'request/sent', request, at });
        traces.push(r.result);
        s = r.state;
      }
      many.set(key, (out = traces));
    }
    return out;
  };
  const resolve = (name: string, options: ResolveOptions): ResolveResult =>
    step(state, { type: 'dns/resolved', name, options, at }).result;
  return {
    state,
    start: input.start ?? state,
    traces: input.traces ?? [],
    answers: input.answers ?? {},
    probe,
    probeMany,
    resolve,
  };
}
