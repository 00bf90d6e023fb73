/** The library of reusable goal checks. Each returns `{ pass, explanation }` in every language. */
export { serviceExists, serviceSummary, type ServiceWanted } from './services.ts';
export {
  dropsOn,
  podSeesClientAddress,
  requestFails,
  requestReaches,
  type FailOptions,
  type ReachOptions,
} from './traffic.ts';
export { learnerSent, traceHits, type SentOptions } from './learner.ts';
export { dnsAnswers, type DnsOptions } from './dns.ts';
export { endpointsCount, podReadiness, podsReplaced, readyEndpoints } from './pods.ts';
export { questionCheck } from './answers.ts';
export { diagnoseNoEndpoints, explainTrace } from './diagnose.ts';
export { findServices, resolveTarget, type ResolvedTarget } from './query.ts';
export { CHECK_MESSAGES, msg } from './msg.ts';
