/** Cluster DNS: CoreDNS as kubeadm deploys it, the simulated internet, stub resolvers, and tools. */

export type {
  DnsRecord,
  DnsResponse,
  OptRecord,
  QueryFailure,
  QueryOutcome,
  Rcode,
  RRType,
} from './types.ts';
export { RR_TYPES, isResponse } from './types.ts';
export {
  queryServer,
  dnsServerKind,
  nodeResolverIP,
  clientResolverIP,
  queryTimeMs,
} from './server.ts';
export type { DnsServerKind } from './server.ts';
export { resolveFrom, candidateNames, dnsServerStatus } from './resolver.ts';
export type { ResolveOptions, ResolveResult, StubStyle } from './resolver.ts';
export { resolvConf, hostsFile, callerDns } from './callers.ts';
export type { CallerDns, HostsEntry } from './callers.ts';
export { formatDig, digExitCode, digDate, DIG_VERSION } from './digFormat.ts';
export type { DigFormatOptions } from './digFormat.ts';
export { parseDigArgs, DEFAULT_DISPLAY } from './digArgs.ts';
export type { DigArgs, DigDisplay } from './digArgs.ts';
export { runDig } from './dig.ts';
export { formatNslookup } from './nslookup.ts';
export type { NslookupArgs, ToolRun } from './nslookup.ts';
export { formatHost } from './host.ts';
export type { HostArgs } from './host.ts';
export { messageSize, encodeResponse } from './wire.ts';
export { zoneIndex, zoneSerial } from './zone.ts';
export type { ZoneIndex } from './zone.ts';
