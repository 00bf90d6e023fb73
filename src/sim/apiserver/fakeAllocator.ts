/**
 * A deterministic in-memory ServiceAllocator for tests: the next free address/port is taken
 * sequentially from the dynamic band (10.96.1.1… and 30086… for the kubeadm defaults), requested
 * values anywhere in range. The used sets are public so tests can preload and inspect them.
 */
import type { ServiceAllocator } from './allocator.ts';
import { ALLOC_ERRORS } from './allocator.ts';
import { parseIPSloppy } from './validation/ip.ts';

export interface FakeAllocatorOptions {
  serviceCIDR?: string;
  nodePortBase?: number;
  nodePortSize?: number;
}

const toNum = (b: number[]): number => b.reduce((n, x) => n * 256 + x, 0);
const toIP = (n: number): string =>
  [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

export class FakeAllocator implements ServiceAllocator {
  readonly usedIPs = new Set<string>();
  readonly usedPorts = new Set<number>();
  private readonly base: number;
  private readonly size: number;
  private readonly portBase: number;
  private readonly portSize: number;

  constructor(opts: FakeAllocatorOptions = {}) {
    const [addr, bits] = (opts.serviceCIDR ?? '10.96.0.0/12').split('/');
    this.base = toNum(parseIPSloppy(addr ?? '') ?? [0, 0, 0, 0]);
    this.size = 2 ** (32 - Number(bits));
    this.portBase = opts.nodePortBase ?? 30000;
    this.portSize = opts.nodePortSize ?? 2768;
  }

  private ipOffset(): number {
    return Math.min(Math.max(16, Math.floor((this.size - 2) / 16)), 256);
  }

  allocateClusterIP(ip?: string): { ip: string } | { error: string } {
    if (ip !== undefined) {
      const b = parseIPSloppy(ip);
      const n = b && b.length === 4 ? toNum(b) : -1;
      if (n <= this.base || n >= this.base + this.size - 1)
        return { error: ALLOC_ERRORS.ipMismatchedNetwork };
      const canon = toIP(n);
      if (this.usedIPs.has(canon)) return { error: ALLOC_ERRORS.ipAllocated };
      this.usedIPs.add(canon);
      return { ip: canon };
    }
    const off = this.ipOffset();
    const usable = this.size - 2;
    for (let i = 0; i < usable; i++) {
      const s = toIP(this.base + 1 + ((off + i) % usable));
      if (!this.usedIPs.has(s)) {
        this.usedIPs.add(s);
        return { ip: s };
      }
    }
    return { error: ALLOC_ERRORS.full };
  }

  releaseClusterIP(ip: string): void {
    this.usedIPs.delete(ip);
  }

  allocateNodePort(port?: number): { port: number } | { error: string } {
    const last = this.portBase + this.portSize - 1;
    if (port !== undefined) {
      if (port < this.portBase || port > last)
        return { error: ALLOC_ERRORS.portNotInRange(`${this.portBase}-${last}`) };
      if (this.usedPorts.has(port)) return { error: ALLOC_ERRORS.portAllocated };
      this.usedPorts.add(port);
      return { port };
    }
    const offset = Math.min(Math.max(16, Math.floor(this.portSize / 32)), 128);
    for (let i = 0; i < this.portSize; i++) {
      const p = this.portBase + ((offset + i) % this.portSize);
      if (!this.usedPorts.has(p)) {
        this.usedPorts.add(p);
        return { port: p };
      }
    }
    return { error: ALLOC_ERRORS.full };
  }

  releaseNodePort(port: number): void {
    this.usedPorts.delete(port);
  }
}
