/**
 * Everything in a node's mangle, filter and nat tables on a kubeadm + flannel (host-gw) node:
 * kubelet's chains, kube-proxy's fixed chains and jump rules (installed with "prepend", so the
 * last one listed in proxier.go ends up first), the per-service rules, and flannel's masquerade
 * and forward rules (appended after kube-proxy's jumps).
 */
import type { ClusterConfig } from '../model/config.ts';
import type { SimState } from '../model/state.ts';
import { parseCidr, parseIPv4 } from '../net/ip.ts';
import type { ProxyModel } from './model.ts';
import { proxyModel } from './model.ts';
import type { ConntrackState, Rule, Table, TableName } from './rules.ts';
import { TableBuilder, comment, jump } from './rules.ts';
import { writeServicePort } from './serviceRules.ts';

export const MASQ_MARK = 0x4000;

export interface NodeTables {
  mangle: Table;
  filter: Table;
  nat: Table;
}

const ct = (states: ConntrackState[] = ['NEW']) => ({ m: 'conntrack', states }) as const;
const MARK_MATCH = { m: 'mark', value: MASQ_MARK, mask: MASQ_MARK } as const;

function fixedFilter(f: TableBuilder, clusterCIDR: string) {
  const r = (chain: string, rule: Rule) => f.add(chain, rule);
  const lbFirewall: Rule = {
    matches: [ct(), comment('kubernetes load balancer firewall')],
    target: jump('KUBE-PROXY-FIREWALL'),
  };
  const extServices: Rule = {
    matches: [ct(), comment('kubernetes externally-visible service portals')],
    target: jump('KUBE-EXTERNAL-SERVICES'),
  };
  const services: Rule = {
    matches: [ct(), comment('kubernetes service portals')],
    target: jump('KUBE-SERVICES'),
  };
  r('INPUT', lbFirewall);
  r('INPUT', {
    matches: [comment('kubernetes health check service ports')],
    target: jump('KUBE-NODEPORTS'),
  });
  r('INPUT', extServices);
  r('INPUT', { matches: [], target: jump('KUBE-FIREWALL') });
  r('FORWARD', lbFirewall);
  r('FORWARD', { matches: [comment('kubernetes forwarding rules')], target: jump('KUBE-FORWARD') });
  r('FORWARD', services);
  r('FORWARD', extServices);
  r('FORWARD', { matches: [comment('flanneld forward')], target: jump('FLANNEL-FWD') });
  r('OUTPUT', lbFirewall);
  r('OUTPUT', services);
  r('OUTPUT', { matches: [], target: jump('KUBE-FIREWALL') });
  for (const c of ['KUBE-EXTERNAL-SERVICES', 'KUBE-KUBELET-CANARY', 'KUBE-NODEPORTS']) f.chain(c);
  for (const c of ['KUBE-PROXY-CANARY', 'KUBE-PROXY-FIREWALL', 'KUBE-SERVICES']) f.chain(c);
  r('FLANNEL-FWD', {
    src: clusterCIDR,
    matches: [comment('flanneld forward')],
    target: jump('ACCEPT'),
  });
  r('FLANNEL-FWD', {
    dst: clusterCIDR,
    matches: [comment('flanneld forward')],
    target: jump('ACCEPT'),
  });
  r('KUBE-FIREWALL', {
    src: '127.0.0.0/8',
    srcInvert: true,
    dst: '127.0.0.0/8',
    matches: [
      comment('block incoming localnet connections'),
      { m: 'conntrack', states: ['RELATED', 'ESTABLISHED', 'DNAT'], invert: true },
    ],
    target: jump('DROP'),
  });
  r('KUBE-FORWARD', { matches: [ct(['INVALID'])], target: jump('DROP') });
  r('KUBE-FORWARD', {
    matches: [comment('kubernetes forwarding rules'), MARK_MATCH],
    target: jump('ACCEPT'),
  });
  r('KUBE-FORWARD', {
    matches: [comment('kubernetes forwarding conntrack rule'), ct(['RELATED', 'ESTABLISHED'])],
    target: jump('ACCEPT'),
  });
}

function fixedNat(n: TableBuilder, clusterCIDR: string, podCIDR: string | undefined) {
  const portals = {
    matches: [comment('kubernetes service portals')],
    target: jump('KUBE-SERVICES'),
  };
  n.add('PREROUTING', portals);
  n.add('OUTPUT', portals);
  n.add('POSTROUTING', {
    matches: [comment('kubernetes postrouting rules')],
    target: jump('KUBE-POSTROUTING'),
  });
  n.add('POSTROUTING', { matches: [comment('flanneld masq')], target: jump('FLANNEL-POSTRTG') });
  const fl = [comment('flanneld masq')];
  n.add('FLANNEL-POSTRTG', { matches: [MARK_MATCH, ...fl], target: jump('RETURN') });
  if (podCIDR) {
    n.add('FLANNEL-POSTRTG', {
      src: podCIDR,
      dst: clusterCIDR,
      matches: fl,
      target: jump('RETURN'),
    });
    n.add('FLANNEL-POSTRTG', {
      src: clusterCIDR,
      dst: podCIDR,
      matches: fl,
      target: jump('RETURN'),
    });
    n.add('FLANNEL-POSTRTG', {
      src: clusterCIDR,
      srcInvert: true,
      dst: podCIDR,
      matches: fl,
      target: jump('RETURN'),
    });
  }
  const masq = { t: 'MASQUERADE', randomFully: true } as const;
  n.add('FLANNEL-POSTRTG', {
    src: clusterCIDR,
    dst: '224.0.0.0/4',
    dstInvert: true,
    matches: fl,
    target: masq,
  });
  n.add('FLANNEL-POSTRTG', {
    src: clusterCIDR,
    srcInvert: true,
    dst: clusterCIDR,
    matches: fl,
    target: masq,
  });
  for (const c of ['KUBE-KUBELET-CANARY', 'KUBE-NODEPORTS', 'KUBE-PROXY-CANARY', 'KUBE-SERVICES'])
    n.chain(c);
  n.add('KUBE-MARK-MASQ', {
    matches: [],
    target: { t: 'MARK', value: MASQ_MARK, mask: MASQ_MARK },
  });
  n.add('KUBE-POSTROUTING', { matches: [{ ...MARK_MATCH, invert: true }], target: jump('RETURN') });
  n.add('KUBE-POSTROUTING', { matches: [], target: { t: 'MARK', value: MASQ_MARK, mask: 0 } });
  n.add('KUBE-POSTROUTING', {
    matches: [comment('kubernetes service traffic requiring SNAT')],
    target: { t: 'MASQUERADE', randomFully: true },
  });
}

function buildTables(model: ProxyModel, config: ClusterConfig, node: string): NodeTables {
  const nodeCfg = config.nodes.find((n) => n.name === node);
  const clusterCIDR = parseCidr(config.clusterCIDR)?.text ?? config.clusterCIDR;
  const podCIDR = nodeCfg ? (parseCidr(nodeCfg.podCIDR)?.text ?? nodeCfg.podCIDR) : undefined;
  const mangle = new TableBuilder('mangle');
  for (const c of ['KUBE-IPTABLES-HINT', 'KUBE-KUBELET-CANARY', 'KUBE-PROXY-CANARY'])
    mangle.chain(c);
  const filter = new TableBuilder('filter');
  const nat = new TableBuilder('nat');
  fixedFilter(filter, clusterCIDR);
  fixedNat(nat, clusterCIDR, podCIDR);
  const ctx = {
    node,
    nodeIP: nodeCfg ? parseIPv4(nodeCfg.ip) : undefined,
    clusterCIDR,
    largeClusterMode: model.largeClusterMode,
    filter,
    nat,
  };
  for (const sp of model.ports) writeServicePort(ctx, sp);
  // Tail call to the node-port chain: must stay the last rule of KUBE-SERVICES.
  nat.add('KUBE-SERVICES', {
    matches: [
      comment('kubernetes service nodeports; NOTE: this must be the last rule in this chain'),
      { m: 'addrtype', dst: 'LOCAL' },
    ],
    target: jump('KUBE-NODEPORTS'),
  });
  return { mangle: mangle.build(), filter: filter.build(), nat: nat.build() };
}

const memo = new WeakMap<ProxyModel, WeakMap<ClusterConfig, Map<string, NodeTables>>>();

/** The iptables tables on `node` for the current state (memoised per model, config and node). */
export function nodeTables(state: SimState, node: string): NodeTables {
  const model = proxyModel(state);
  let byConfig = memo.get(model);
  if (!byConfig) {
    byConfig = new WeakMap();
    memo.set(model, byConfig);
  }
  let byNode = byConfig.get(state.config);
  if (!byNode) {
    byNode = new Map();
    byConfig.set(state.config, byNode);
  }
  let tables = byNode.get(node);
  if (!tables) {
    tables = buildTables(model, state.config, node);
    byNode.set(node, tables);
  }
  return tables;
}

export function nodeTable(state: SimState, node: string, table: TableName): Table {
  return nodeTables(state, node)[table];
}
