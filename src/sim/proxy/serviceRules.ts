/**
 * Per-service-port rules, written in the order kube-proxy's syncProxyRules writes them
 * (pkg/proxy/iptables/proxier.go, v1.33) for one node.
 */
import { cidrContains, parseCidr } from '../net/ip.ts';
import type { ProxyEndpoint, ProxyServicePort } from './model.ts';
import { probabilityText } from './probability.ts';
import type { L4, Match, Rule, TableBuilder } from './rules.ts';
import { comment, host, jump } from './rules.ts';

export interface NodeContext {
  node: string;
  /** The node's InternalIP (for the loadBalancerSourceRanges "allow from node" rules). */
  nodeIP?: number;
  clusterCIDR: string;
  largeClusterMode: boolean;
  filter: TableBuilder;
  nat: TableBuilder;
}

const MASQ = 'KUBE-MARK-MASQ';

/** Comment match unless kube-proxy is in large-cluster mode (per-endpoint comments dropped). */
function epComment(ctx: NodeContext, text: string): Match[] {
  return ctx.largeClusterMode ? [] : [comment(text)];
}

function writeServiceToEndpointRules(
  ctx: NodeContext,
  sp: ProxyServicePort,
  chain: string,
  endpoints: ProxyEndpoint[],
) {
  const spn = sp.svcPortName;
  if (sp.affinityTimeoutSeconds !== undefined) {
    for (const ep of endpoints) {
      ctx.nat.add(chain, {
        matches: [
          ...epComment(ctx, `${spn} -> ${ep.key}`),
          {
            m: 'recent',
            op: 'rcheck',
            name: ep.sepChain,
            seconds: sp.affinityTimeoutSeconds,
            reap: true,
          },
        ],
        target: jump(ep.sepChain),
      });
    }
  }
  const n = endpoints.length;
  endpoints.forEach((ep, i) => {
    const matches = epComment(ctx, `${spn} -> ${ep.key}`);
    if (i < n - 1) matches.push({ m: 'statistic', probability: probabilityText(n - i) });
    ctx.nat.add(chain, { matches, target: jump(ep.sepChain) });
  });
}

export function writeServicePort(ctx: NodeContext, sp: ProxyServicePort): void {
  const { filter, nat } = ctx;
  const proto = sp.protocol.toLowerCase() as L4;
  const spn = sp.svcPortName;
  const { svc, svl, ext, fw } = sp.chains;
  const clusterEndpoints = sp.usesClusterEndpoints ? sp.clusterEndpoints : [];
  const localEndpoints = sp.usesLocalEndpoints ? sp.localEndpoints(ctx.node) : [];
  const hasEndpoints = sp.hasEndpoints;
  const usesClusterChain = clusterEndpoints.length > 0 && sp.usesClusterEndpoints;
  const usesLocalChain = localEndpoints.length > 0 && sp.usesLocalEndpoints;

  let internalChain = svc;
  let hasInternal = hasEndpoints;
  if (sp.internalPolicyLocal) {
    internalChain = svl;
    if (localEndpoints.length === 0) hasInternal = false;
  }
  let externalPolicyChain = svc;
  let hasExternal = hasEndpoints;
  if (sp.externalPolicyLocal) {
    externalPolicyChain = svl;
    if (localEndpoints.length === 0) hasExternal = false;
  }
  const usesExtChain = hasEndpoints && sp.externallyAccessible;
  const usesFW =
    hasEndpoints && sp.loadBalancerIPs.length > 0 && sp.loadBalancerSourceRanges.length > 0;
  const lbChain = usesFW ? fw : ext;

  let intTarget = 'REJECT';
  let intComment = `${spn} has no endpoints`;
  let extTarget = 'REJECT';
  let extComment = intComment;
  if (hasEndpoints) {
    intTarget = extTarget = 'DROP';
    intComment = extComment = `${spn} has no local endpoints`;
  }
  const filterTarget = (t: string) => (t === 'REJECT' ? ({ t: 'REJECT' } as const) : jump(t));
  const toPort = (ip: string, port: number, cm: string, rest: Partial<Rule> = {}): Rule => ({
    dst: host(ip),
    proto,
    matches: [comment(cm), { m: 'l4', proto, dport: port }],
    ...rest,
  });

  // Capture the cluster IP.
  if (sp.clusterIP) {
    if (hasInternal)
      nat.add('KUBE-SERVICES', {
        ...toPort(sp.clusterIP, sp.port, `${spn} cluster IP`),
        target: jump(internalChain),
      });
    else
      filter.add('KUBE-SERVICES', {
        ...toPort(sp.clusterIP, sp.port, intComment),
        target: filterTarget(intTarget),
      });
  }
  // External IPs.
  for (const ip of sp.externalIPs) {
    if (hasEndpoints)
      nat.add('KUBE-SERVICES', { ...toPort(ip, sp.port, `${spn} external IP`), target: jump(ext) });
    if (!hasExternal)
      filter.add('KUBE-EXTERNAL-SERVICES', {
        ...toPort(ip, sp.port, extComment),
        target: filterTarget(extTarget),
      });
  }
  // Load-balancer ingress IPs.
  for (const ip of sp.loadBalancerIPs) {
    if (hasEndpoints)
      nat.add('KUBE-SERVICES', {
        ...toPort(ip, sp.port, `${spn} loadbalancer IP`),
        target: jump(lbChain),
      });
    if (usesFW)
      filter.add('KUBE-PROXY-FIREWALL', {
        ...toPort(ip, sp.port, `${spn} traffic not accepted by ${fw}`),
        target: jump('DROP'),
      });
  }
  if (!hasExternal)
    for (const ip of sp.loadBalancerIPs)
      filter.add('KUBE-EXTERNAL-SERVICES', {
        ...toPort(ip, sp.port, extComment),
        target: filterTarget(extTarget),
      });
  // Node ports.
  if (sp.nodePort) {
    const l4: Match = { m: 'l4', proto, dport: sp.nodePort };
    if (hasEndpoints)
      nat.add('KUBE-NODEPORTS', { proto, matches: [comment(spn), l4], target: jump(ext) });
    if (!hasExternal)
      filter.add('KUBE-EXTERNAL-SERVICES', {
        proto,
        matches: [comment(extComment), { m: 'addrtype', dst: 'LOCAL' }, l4],
        target: filterTarget(extTarget),
      });
  }
  // Health-check node port (accepted on every node, whatever its endpoints).
  if (sp.healthCheckNodePort)
    filter.add('KUBE-NODEPORTS', {
      proto: 'tcp',
      matches: [
        comment(`${spn} health check node port`),
        { m: 'l4', proto: 'tcp', dport: sp.healthCheckNodePort },
      ],
      target: jump('ACCEPT'),
    });

  // Internal traffic: masquerade off-cluster sources reaching the cluster IP.
  if (hasInternal && sp.clusterIP)
    nat.add(internalChain, {
      ...toPort(sp.clusterIP, sp.port, `${spn} cluster IP`),
      src: ctx.clusterCIDR,
      srcInvert: true,
      target: jump(MASQ),
    });

  if (usesExtChain) {
    nat.chain(ext);
    if (!sp.externalPolicyLocal) {
      nat.add(ext, {
        matches: [comment(`masquerade traffic for ${spn} external destinations`)],
        target: jump(MASQ),
      });
    } else {
      nat.add(ext, {
        src: ctx.clusterCIDR,
        matches: [comment(`pod traffic for ${spn} external destinations`)],
        target: jump(svc),
      });
      nat.add(ext, {
        matches: [
          comment(`masquerade LOCAL traffic for ${spn} external destinations`),
          { m: 'addrtype', src: 'LOCAL' },
        ],
        target: jump(MASQ),
      });
      nat.add(ext, {
        matches: [
          comment(`route LOCAL traffic for ${spn} external destinations`),
          { m: 'addrtype', src: 'LOCAL' },
        ],
        target: jump(svc),
      });
    }
    if (hasExternal) nat.add(ext, { matches: [], target: jump(externalPolicyChain) });
  }

  if (usesFW) {
    const fwComment = comment(`${spn} loadbalancer IP`);
    let allowFromNode = false;
    for (const cidr of sp.loadBalancerSourceRanges) {
      nat.add(fw, { src: cidr, matches: [fwComment], target: jump(ext) });
      const parsed = parseCidr(cidr);
      if (ctx.nodeIP !== undefined && parsed && cidrContains(parsed, ctx.nodeIP))
        allowFromNode = true;
    }
    if (allowFromNode)
      for (const ip of sp.loadBalancerIPs)
        nat.add(fw, { src: host(ip), matches: [fwComment], target: jump(ext) });
    nat.add(fw, {
      matches: [comment(`other traffic to ${spn} will be dropped by KUBE-PROXY-FIREWALL`)],
    });
  }

  if (usesClusterChain) {
    nat.chain(svc);
    writeServiceToEndpointRules(ctx, sp, svc, clusterEndpoints);
  }
  if (usesLocalChain) {
    nat.chain(svl);
    writeServiceToEndpointRules(ctx, sp, svl, localEndpoints);
  }

  // Endpoint chains for every endpoint reachable from this node.
  const reachable = new Map<string, ProxyEndpoint>();
  for (const ep of clusterEndpoints) reachable.set(ep.key, ep);
  for (const ep of localEndpoints) reachable.set(ep.key, ep);
  for (const ep of reachable.values()) {
    const c = epComment(ctx, spn);
    nat.add(ep.sepChain, { src: host(ep.ip), matches: [...c], target: jump(MASQ) });
    const matches: Match[] = [...c];
    if (sp.affinityTimeoutSeconds !== undefined)
      matches.push({ m: 'recent', op: 'set', name: ep.sepChain });
    matches.push({ m: 'l4', proto });
    nat.add(ep.sepChain, { proto, matches, target: { t: 'DNAT', to: ep.key } });
  }
}
