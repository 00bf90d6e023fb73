/**
 * Everything the shell takes from modules other engineers own (DNS, kube-proxy renderers), in one
 * place, so a change in their public surface is a one-file change here.
 */

export {
  formatHost,
  formatNslookup,
  hostsFile,
  resolvConf,
  runDig,
  RR_TYPES,
} from '../dns/index.ts';
export type { RRType, ToolRun } from '../dns/index.ts';
export {
  conntrackList,
  CONNTRACK_VERSION,
  ipAddr,
  ipRoute,
  podIpAddr,
  podIpRoute,
  iptablesList,
  iptablesRules,
  iptablesSave,
  IPTABLES_VERSION,
} from '../proxy/index.ts';
export type { TableName } from '../proxy/index.ts';
