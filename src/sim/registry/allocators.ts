import type { ClusterConfig } from '../model/config.ts';
import type { Service } from '../model/types.ts';
import { cidrContains, formatIPv4, parseCidr, parseIPv4, parseRange } from '../net/ip.ts';
import { nextInt } from '../util/rand.ts';

/** What the Service strategy needs from the registry: transactional ClusterIP and NodePort bookkeeping. */
export interface ServiceAllocator {
  allocateClusterIP(ip?: string): { ip: string } | { error: string };
  releaseClusterIP(ip: string): void;
  allocateNodePort(port?: number): { port: number } | { error: string };
  releaseNodePort(port: number): void;
}

/**
 * Size of the lower "static" band of a range that random allocation avoids while the upper band has
 * room (KEP-3070 for ClusterIPs: min(max(16, size/16), 256); KEP-3668 for NodePorts:
 * min(max(16, size/32), 128)).
 */
export const ipStaticBand = (size: number): number =>
  Math.min(Math.max(16, Math.floor(size / 16)), 256);
export const portStaticBand = (size: number): number =>
  Math.min(Math.max(16, Math.floor(size / 32)), 128);

/**
 * Picks a free index in [0, size): a random start in the dynamic band [offset, size) scanning
 * upwards with wrap-around, then the static band [0, offset) the same way
 * (allocator/bitmap.go randomScanStrategyWithOffset).
 */
function randomScan(
  size: number,
  offset: number,
  used: (i: number) => boolean,
  rng: { rng: number },
): number | undefined {
  const bands: [number, number][] = [
    [offset, size],
    [0, offset],
  ];
  for (const [lo, hi] of bands) {
    const n = hi - lo;
    if (n <= 0) continue;
    const d = nextInt(rng.rng, n);
    rng.rng = d.rng;
    for (let i = 0; i < n; i++) {
      const idx = lo + ((d.value + i) % n);
      if (!used(idx)) return idx;
    }
  }
  return undefined;
}

/** Every ClusterIP and node port held by the given Services (memoised per services record). */
export interface Allocations {
  clusterIPs: Set<number>;
  nodePorts: Set<number>;
}

const allocationCache = new WeakMap<object, Allocations>();

export function allocationsOf(
  services: Readonly<Record<string, Service>>,
  memo = true,
): Allocations {
  const hit = memo ? allocationCache.get(services) : undefined;
  if (hit) return hit;
  const clusterIPs = new Set<number>();
  const nodePorts = new Set<number>();
  for (const k in services) {
    const s = (services[k] as Service).spec;
    for (const ip of s.clusterIPs ?? []) {
      const n = parseIPv4(ip);
      if (n !== undefined) clusterIPs.add(n);
    }
    for (const p of s.ports ?? []) if (p.nodePort) nodePorts.add(p.nodePort);
    if (s.healthCheckNodePort) nodePorts.add(s.healthCheckNodePort);
  }
  const a = { clusterIPs, nodePorts };
  if (memo) allocationCache.set(services, a);
  return a;
}

/**
 * The allocator used for one reducer action. It starts from what the Services already hold and
 * keeps its own copy, so a failed admission can be forgotten by dropping the allocator.
 */
export class RegistryAllocator implements ServiceAllocator {
  private readonly cidr;
  private readonly ipBase: number;
  private readonly ipSize: number;
  private readonly ports: { base: number; size: number };
  private ipsUsed: Set<number> | undefined;
  private portsUsed: Set<number> | undefined;
  /**
   * @param random where the seeded generator state lives (the transaction), advanced in place.
   */
  constructor(
    config: ClusterConfig,
    private readonly base: Allocations,
    private readonly random: { rng: number },
  ) {
    const cidr = parseCidr(config.serviceCIDR);
    if (!cidr) throw new Error(`invalid service CIDR ${config.serviceCIDR}`);
    this.cidr = cidr;
    // The bitmap excludes the network and broadcast addresses of an IPv4 range.
    this.ipBase = cidr.base + 1;
    this.ipSize = Math.max(0, cidr.size - 2);
    this.ports = config.nodePortRange;
  }

  private ips(): Set<number> {
    return (this.ipsUsed ??= new Set(this.base.clusterIPs));
  }

  private nps(): Set<number> {
    return (this.portsUsed ??= new Set(this.base.nodePorts));
  }

  allocateClusterIP(ip?: string): { ip: string } | { error: string } {
    if (ip !== undefined) {
      const n = parseIPv4(ip);
      // With the v1.33 MultiCIDR allocator an address outside every ServiceCIDR has no allocator.
      if (n === undefined || !cidrContains(this.cidr, n)) {
        return { error: 'the provided network does not match the current range' };
      }
      if (n < this.ipBase || n >= this.ipBase + this.ipSize) {
        return {
          error: `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr.text}`,
        };
      }
      if (this.ips().has(n)) return { error: 'provided IP is already allocated' };
      this.ips().add(n);
      return { ip };
    }
    const used = this.ips();
    const idx = randomScan(
      this.ipSize,
      ipStaticBand(this.ipSize),
      (i) => used.has(this.ipBase + i),
      this.random,
    );
    if (idx === undefined) return { error: 'range is full' };
    used.add(this.ipBase + idx);
    return { ip: formatIPv4(this.ipBase + idx) };
  }

  releaseClusterIP(ip: string): void {
    const n = parseIPv4(ip);
    if (n !== undefined) this.ips().delete(n);
  }

  allocateNodePort(port?: number): { port: number } | { error: string } {
    const { base, size } = this.ports;
    if (port !== undefined) {
      if (port < base || port >= base + size) {
        return {
          error: `provided port is not in the valid range. The range of valid ports is ${base}-${base + size - 1}`,
        };
      }
      if (this.nps().has(port)) return { error: 'provided port is already allocated' };
      this.nps().add(port);
      return { port };
    }
    const used = this.nps();
    const idx = randomScan(size, portStaticBand(size), (i) => used.has(base + i), this.random);
    if (idx === undefined) return { error: 'range is full' };
    used.add(base + idx);
    return { port: base + idx };
  }

  releaseNodePort(port: number): void {
    this.nps().delete(port);
  }
}

/** MetalLB: the lowest free address of the pool (ranges in order). */
export function nextPoolAddress(
  pool: readonly string[],
  used: ReadonlySet<string>,
): string | undefined {
  for (const r of pool) {
    const range = parseRange(r);
    if (!range) continue;
    for (let n = range.first; n <= range.last; n++) {
      const ip = formatIPv4(n);
      if (!used.has(ip)) return ip;
    }
  }
  return undefined;
}

export function poolContains(pool: readonly string[], ip: string): boolean {
  const n = parseIPv4(ip);
  if (n === undefined) return false;
  return pool.some((r) => {
    const range = parseRange(r);
    return range !== undefined && n >= range.first && n <= range.last;
  });
}
