/**
 * The simulator without its command line: what the UI loads before first paint (the reducer,
 * initial state, traces, types). `index.ts` is the full API (`createCluster`, `runCommand` …);
 * `tools.ts` is the command line alone, which the UI fetches in its own chunk (docs/adr/0005).
 */
export { initialState, resolveConfig, snapshotOf } from './init.ts';
export type { ClusterOptions, ClusterSnapshot } from './init.ts';
export { reduce, step } from './reducer.ts';
export type { OpResult, ResultOf, SimAction, StepResult } from './reducer.ts';
export type {
  ApplyAction,
  AppliedObject,
  ApplyError,
  ApplyErrorCause,
  ApplyOptions,
  ApplyResult,
} from './registry/results.ts';
export type { ResolveOptions, ResolveResult } from './traffic/resolve.ts';
export { DEFAULT_CONFIG } from './model/config.ts';
export type {
  ClusterConfig,
  InternetHost,
  LoadBalancerConfig,
  NodeConfig,
} from './model/config.ts';
export type { SimState, ConntrackEntry } from './model/state.ts';
export type {
  Hop,
  HopAction,
  HttpResponse,
  PacketAddrs,
  SendRequest,
  Trace,
  TraceOutcome,
} from './model/trace.ts';
export type * from './model/types.ts';
export { DEFAULT_MANIFESTS, MY_APP_DEPLOYMENT, NETSHOOT_POD } from './registry/defaultManifests.ts';
export {
  ARTICLE_MANIFESTS,
  CLUSTERIP_SERVICE,
  EXTERNALNAME_SERVICE,
  HEADLESS_SERVICE,
  LB_SERVICE,
  NODEPORT_SERVICE,
  withoutCallouts,
} from './examples.ts';
export type { PatchResult } from './registry/patch.ts';
export { EXPLAIN_EN, renderWhy } from './traffic/explain.ts';
export type { ExplainId } from './traffic/explain.ts';
export type { Why } from './model/trace.ts';
