/**
 * Who is asking: the resolver configuration (/etc/resolv.conf) and hosts file of the client
 * outside the cluster, of a node (and hostNetwork pods), and of a pod.
 */

import type { SimState } from '../model/state.ts';
import type { Pod } from '../model/types.ts';
import { clientResolverIP, nodeResolverIP } from './server.ts';

export interface HostsEntry {
  ip: string;
  names: string[];
}

export interface CallerDns {
  kind: 'client' | 'node' | 'pod';
  /** `pod`: the pod uses the cluster DNS (ClusterFirst); otherwise the node's resolver. */
  clusterDns: boolean;
  /** A pod on the host network (it sees the node's hosts file). */
  hostNetwork?: boolean;
  nameservers: string[];
  search: string[];
  ndots: number;
  hosts: HostsEntry[];
}

/** The glibc default when resolv.conf has no `options ndots`. */
const DEFAULT_NDOTS = 1;

const LOCALHOST: HostsEntry[] = [{ ip: '127.0.0.1', names: ['localhost'] }];

function nodeHosts(state: SimState, self?: string): HostsEntry[] {
  const out: HostsEntry[] = [...LOCALHOST];
  if (self) out.push({ ip: '127.0.1.1', names: [self] });
  for (const n of state.config.nodes) out.push({ ip: n.ip, names: [n.name] });
  return out;
}

function nodeDns(state: SimState, node: string | undefined): CallerDns {
  return {
    kind: 'node',
    clusterDns: false,
    nameservers: [nodeResolverIP(state)],
    search: [],
    ndots: DEFAULT_NDOTS,
    hosts: nodeHosts(state, node),
  };
}

/** The kubelet-managed /etc/hosts of a pod that is not on the host network. */
function podHosts(pod: Pod | undefined, domain: string): HostsEntry[] {
  const out: HostsEntry[] = [...LOCALHOST];
  const ip = pod?.status.podIP;
  if (pod && ip) {
    const hostname = pod.spec.hostname ?? pod.metadata.name;
    const ns = pod.metadata.namespace ?? 'default';
    const names = pod.spec.subdomain
      ? [`${hostname}.${pod.spec.subdomain}.${ns}.svc.${domain}`, hostname]
      : [hostname];
    out.push({ ip, names });
  }
  return out;
}

/**
 * `from`: `client`, `node/NAME` or `pod/NAME` (namespace separately, default `default`).
 * dnsPolicy ClusterFirst (the default) uses the cluster DNS unless the pod is on the host network;
 * `Default` and hostNetwork pods without `ClusterFirstWithHostNet` inherit the node's resolver.
 */
export function callerDns(state: SimState, from: string, namespace = 'default'): CallerDns {
  if (from.startsWith('node/')) return nodeDns(state, from.slice(5));
  if (from.startsWith('pod/')) {
    const pod = state.pods[`${namespace}/${from.slice(4)}`];
    const policy = pod?.spec.dnsPolicy ?? 'ClusterFirst';
    const hostNet = pod?.spec.hostNetwork === true;
    const domain = state.config.clusterDomain;
    if (policy === 'Default' || (hostNet && policy !== 'ClusterFirstWithHostNet')) {
      const hosts = hostNet ? nodeHosts(state, pod?.spec.nodeName) : podHosts(pod, domain);
      return { ...nodeDns(state, pod?.spec.nodeName), kind: 'pod', hostNetwork: hostNet, hosts };
    }
    return {
      kind: 'pod',
      clusterDns: true,
      nameservers: [state.config.dnsServiceIP],
      search: [`${namespace}.svc.${domain}`, `svc.${domain}`, domain],
      ndots: 5,
      hostNetwork: hostNet,
      hosts: hostNet ? nodeHosts(state, pod?.spec.nodeName) : podHosts(pod, domain),
    };
  }
  return {
    kind: 'client',
    clusterDns: false,
    nameservers: [clientResolverIP(state)],
    search: [],
    ndots: DEFAULT_NDOTS,
    hosts: nodeHosts(state),
  };
}

/** /etc/resolv.conf as the kubelet (pods) or the OS (nodes, client) wrote it. */
export function resolvConf(state: SimState, from: string, namespace?: string): string {
  const c = callerDns(state, from, namespace);
  const lines: string[] = [];
  if (c.search.length > 0) lines.push(`search ${c.search.join(' ')}`);
  for (const ns of c.nameservers) lines.push(`nameserver ${ns}`);
  if (c.ndots !== DEFAULT_NDOTS) lines.push(`options ndots:${c.ndots}`);
  return `${lines.join('\n')}\n`;
}

/** IPv6 lines of the kubelet-managed hosts file (kubelet managedHostsFileContent). */
const KUBELET_IPV6_LINES = [
  '::1\tlocalhost ip6-localhost ip6-loopback',
  'fe00::0\tip6-localnet',
  'fe00::0\tip6-mcastprefix',
  'fe00::1\tip6-allnodes',
  'fe00::2\tip6-allrouters',
];

/** /etc/hosts of that caller (pods: the kubelet-managed file; hostNetwork pods: the node's). */
export function hostsFile(state: SimState, from: string, namespace?: string): string {
  const c = callerDns(state, from, namespace);
  const line = (h: HostsEntry) => `${h.ip}\t${h.names.join('\t')}`;
  if (c.kind === 'pod' && !c.hostNetwork) {
    const [local, ...rest] = c.hosts;
    const lines = [local ? line(local) : '', ...KUBELET_IPV6_LINES, ...rest.map(line)];
    return `# Kubernetes-managed hosts file.\n${lines.join('\n')}\n`;
  }
  const head = c.kind === 'pod' ? '# Kubernetes-managed hosts file (host network).\n' : '';
  return `${head}${c.hosts.map(line).join('\n')}\n`;
}
