import type { SimState } from './model/state.ts';
import type { SendRequest, Trace } from './model/trace.ts';
import { step, type OpResult, type ResultOf, type SimAction } from './reducer.ts';
import type { ApplyOptions, ApplyResult } from './registry/results.ts';
import type { ResolveOptions, ResolveResult } from './traffic/resolve.ts';
import { runCommand } from './shell/index.ts';
import { initialState, snapshotOf, type ClusterOptions, type ClusterSnapshot } from './init.ts';

export { initialState, resolveConfig, snapshotOf } from './init.ts';
export type { ClusterOptions, ClusterSnapshot } from './init.ts';

/** A reducer action without its timestamp (the cluster's clock supplies it). */
export type ActionInput = SimAction extends infer A
  ? A extends SimAction
    ? Omit<A, 'at'> & { at?: number }
    : never
  : never;

export interface Cluster {
  /** `kubectl apply -f -` of a YAML stream. */
  apply(yaml: string, options?: ApplyOptions): ApplyResult;
  /** `kubectl delete KIND NAME [-n NAMESPACE]`; KIND may be a kind, resource or short name. */
  delete(kind: string, name: string, namespace?: string): OpResult;
  /** `kubectl scale deployment NAME --replicas=N`. */
  scale(deployment: string, replicas: number, namespace?: string): OpResult;
  /** Makes a pod pass or fail its readiness (what a readiness probe would do). */
  setPodReady(pod: string, ready: boolean, namespace?: string): OpResult;
  /** Deletes a pod; its ReplicaSet replaces it with a new name and a new address. */
  deletePod(pod: string, namespace?: string): OpResult;
  /** Traces one request from `client`, `node/NAME` or `pod/NAME` to `HOST:PORT`. */
  send(request: SendRequest): Trace;
  /** What the caller's resolver answers for a name. */
  resolve(name: string, options: ResolveOptions): ResolveResult;
  /**
   * Runs a command line as if typed on the learner's workstation (kubectl configured, outside
   * the cluster): kubectl, curl, dig, nslookup, ssh NODE CMD, pipes into grep/head/wc.
   */
  run(
    commandLine: string,
    options?: { stdin?: string; files?: Record<string, string> },
  ): { stdout: string; stderr: string; exitCode: number };
  /** The API objects now. */
  state(): ClusterSnapshot;
  /** The underlying reducer state (for stores that call `reduce` themselves). */
  simState(): SimState;
  /** Applies any reducer action and returns its result. */
  dispatch(action: ActionInput): ResultOf[SimAction['type']];
}

/**
 * Creates a simulated kubeadm-style cluster.
 *
 * @example
 * const cluster = createCluster({ seed: 42 });
 * cluster.apply(nodePortYaml);
 * const trace = cluster.send({ from: 'client', to: 'node3:30001' });
 * trace.outcome; // 'delivered' — via a second hop to node1 or node2
 */
export function createCluster(options: ClusterOptions = {}): Cluster {
  const now = options.now ?? Date.now;
  let state = initialState(options);
  const dispatch = (action: ActionInput): ResultOf[SimAction['type']] => {
    const r = step(state, { ...action, at: action.at ?? now() } as SimAction);
    state = r.state;
    return r.result;
  };
  return {
    apply: (yaml, opts = {}) =>
      dispatch({ type: 'manifests/applied', text: yaml, ...opts }) as ApplyResult,
    delete: (kind, name, namespace) =>
      dispatch({
        type: 'object/deleted',
        kind,
        name,
        ...(namespace ? { namespace } : {}),
      }) as OpResult,
    scale: (name, replicas, namespace) =>
      dispatch({
        type: 'deployment/scaled',
        name,
        replicas,
        ...(namespace ? { namespace } : {}),
      }) as OpResult,
    setPodReady: (name, ready, namespace) =>
      dispatch({
        type: 'pod/readinessChanged',
        name,
        ready,
        ...(namespace ? { namespace } : {}),
      }) as OpResult,
    deletePod: (name, namespace) =>
      dispatch({
        type: 'object/deleted',
        kind: 'pod',
        name,
        ...(namespace ? { namespace } : {}),
      }) as OpResult,
    send: (request) => dispatch({ type: 'request/sent', request }) as Trace,
    resolve: (name, opts) =>
      dispatch({ type: 'dns/resolved', name, options: opts }) as ResolveResult,
    run: (line, opts = {}) => {
      const r = runCommand(state, line, {
        at: now(),
        ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
        ...(opts.files ? { files: opts.files } : {}),
      });
      state = r.state;
      return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
    },
    state: () => snapshotOf(state),
    simState: () => state,
    dispatch,
  };
}
