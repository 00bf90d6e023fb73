/** Cluster-wide settings: what kubeadm, the CNI and MetalLB would have been configured with. */

export interface NodeConfig {
  name: string;
  ip: string;
  podCIDR: string;
  /** Control-plane nodes carry the node-role label and the NoSchedule taint. */
  controlPlane?: boolean;
  zone?: string;
}

export interface InternetHost {
  /** DNS names that resolve to this host (A records in the simulated internet). */
  names: string[];
  ip: string;
  /** What the host's web server does. `google` answers 404 to any Host header it does not serve. */
  server: 'google' | 'echo' | 'none';
}

export interface LoadBalancerConfig {
  /**
   * `metallb`: MetalLB in L2 mode; one node answers ARP for the address and kube-proxy's
   * load-balancer-IP rule catches the packet. `cloud`: an external load balancer that forwards to
   * a node port on a node it deems healthy (health-check node port for Local policy).
   */
  provider: 'metallb' | 'cloud';
  /** Inclusive address ranges "first-last" or CIDRs, in order. */
  pool: string[];
}

export interface ClusterConfig {
  nodes: NodeConfig[];
  clusterCIDR: string;
  serviceCIDR: string;
  nodePortRange: { base: number; size: number };
  clusterDomain: string;
  dnsServiceIP: string;
  /** `null` means no load-balancer implementation: EXTERNAL-IP stays `<pending>`. */
  loadBalancer: LoadBalancerConfig | null;
  client: { name: string; ip: string };
  internet: InternetHost[];
  kubernetesVersion: string;
  /** Simulated one-way latencies in milliseconds. */
  latency: { local: number; crossNode: number; external: number; internet: number };
}

export const DEFAULT_CONFIG: ClusterConfig = {
  nodes: [
    { name: 'control-plane', ip: '192.168.0.10', podCIDR: '10.244.0.0/24', controlPlane: true },
    { name: 'node1', ip: '192.168.0.11', podCIDR: '10.244.1.0/24' },
    { name: 'node2', ip: '192.168.0.12', podCIDR: '10.244.2.0/24' },
    { name: 'node3', ip: '192.168.0.13', podCIDR: '10.244.3.0/24' },
  ],
  clusterCIDR: '10.244.0.0/16',
  serviceCIDR: '10.96.0.0/12',
  nodePortRange: { base: 30000, size: 2768 },
  clusterDomain: 'cluster.local',
  dnsServiceIP: '10.96.0.10',
  loadBalancer: { provider: 'metallb', pool: ['192.168.0.180-192.168.0.199'] },
  client: { name: 'client', ip: '203.0.113.10' },
  internet: [
    { names: ['google.com', 'www.google.com'], ip: '172.217.161.238', server: 'google' },
    { names: ['example.com', 'www.example.com'], ip: '93.184.215.14', server: 'echo' },
  ],
  kubernetesVersion: 'v1.33.1',
  latency: { local: 0.05, crossNode: 0.4, external: 1, internet: 20 },
};
