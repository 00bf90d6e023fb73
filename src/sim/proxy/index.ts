/** kube-proxy (iptables mode) and node networking as seen from a node's shell. */
export { sha256, toHex, utf8 } from './sha256.ts';
export {
  base32,
  endpointHash,
  extChainName,
  fwChainName,
  portProtoHash,
  sepChainName,
  servicePortName,
  svcChainName,
  svlChainName,
} from './hash.ts';
export {
  computeProbability,
  formatFixed,
  kernelProbability,
  probabilityText,
} from './probability.ts';
export type { ProxyEndpoint, ProxyModel, ProxyServicePort } from './model.ts';
export {
  DEFAULT_AFFINITY_SECONDS,
  LARGE_CLUSTER_ENDPOINTS_THRESHOLD,
  proxyModel,
} from './model.ts';
export type { ConntrackState, L4, Match, Rule, Table, TableName, Target } from './rules.ts';
export { references } from './rules.ts';
export type { NodeTables } from './nodeRules.ts';
export { MASQ_MARK, nodeTable, nodeTables } from './nodeRules.ts';
export { ruleSave, saveString } from './ruleText.ts';
export { IPTABLES_VERSION, ctime, iptablesSave, tableSave } from './iptablesSave.ts';
export type { CommandResult, ListOptions } from './iptablesList.ts';
export { NO_CHAIN_ERROR, iptablesList, iptablesRules } from './iptablesList.ts';
export type { ConntrackFilter } from './conntrack.ts';
export {
  CONNTRACK_TIMEOUTS,
  CONNTRACK_VERSION,
  conntrackLine,
  conntrackList,
  conntrackRemaining,
} from './conntrack.ts';
export {
  ipAddr,
  ipRoute,
  linkLocal,
  macFor,
  nodeSubnet,
  podIpAddr,
  podIpRoute,
  podsOnNode,
} from './routes.ts';
