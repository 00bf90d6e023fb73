import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../model/config.ts';
import { RegistryAllocator, ipStaticBand, nextPoolAddress, portStaticBand } from './allocators.ts';
import { parseIPv4 } from '../net/ip.ts';

const fresh = (rng = 7) =>
  new RegistryAllocator(DEFAULT_CONFIG, { clusterIPs: new Set(), nodePorts: new Set() }, { rng });

describe('static/dynamic bands (KEP-3070, KEP-3668)', () => {
  it('computes the C27 offsets', () => {
    expect(portStaticBand(2768)).toBe(86);
    expect(ipStaticBand(2 ** 20 - 2)).toBe(256);
    expect(portStaticBand(100)).toBe(16);
  });

  it('allocates random node ports from the dynamic band 30086-32767 first', () => {
    const a = fresh();
    for (let i = 0; i < 200; i++) {
      const r = a.allocateNodePort();
      if (!('port' in r)) throw new Error(r.error);
      expect(r.port).toBeGreaterThanOrEqual(30086);
      expect(r.port).toBeLessThanOrEqual(32767);
    }
  });

  it('allocates random ClusterIPs above 10.96.1.0', () => {
    const a = fresh();
    const lowDynamic = parseIPv4('10.96.1.1') as number;
    const high = parseIPv4('10.111.255.254') as number;
    for (let i = 0; i < 200; i++) {
      const r = a.allocateClusterIP();
      if (!('ip' in r)) throw new Error(r.error);
      const n = parseIPv4(r.ip) as number;
      expect(n).toBeGreaterThanOrEqual(lowDynamic);
      expect(n).toBeLessThanOrEqual(high);
    }
  });

  it('falls back to the static band when the dynamic band is full', () => {
    const config = { ...DEFAULT_CONFIG, nodePortRange: { base: 30000, size: 20 } };
    const a = new RegistryAllocator(
      config,
      { clusterIPs: new Set(), nodePorts: new Set() },
      { rng: 1 },
    );
    const got = new Set<number>();
    for (let i = 0; i < 20; i++) {
      const r = a.allocateNodePort();
      if (!('port' in r)) throw new Error(r.error);
      got.add(r.port);
      if (i < 4) expect(r.port).toBeGreaterThanOrEqual(30016);
    }
    expect(got.size).toBe(20);
    expect(a.allocateNodePort()).toEqual({ error: 'range is full' });
  });
});

describe('requested values', () => {
  it.each([
    [
      40000,
      { error: 'provided port is not in the valid range. The range of valid ports is 30000-32767' },
    ],
    [
      29999,
      { error: 'provided port is not in the valid range. The range of valid ports is 30000-32767' },
    ],
    [30000, { port: 30000 }],
    [32767, { port: 32767 }],
  ])('node port %s', (port, want) => {
    expect(fresh().allocateNodePort(port)).toEqual(want);
  });

  it('refuses a node port twice, and gives it back when released', () => {
    const a = fresh();
    expect(a.allocateNodePort(30001)).toEqual({ port: 30001 });
    expect(a.allocateNodePort(30001)).toEqual({ error: 'provided port is already allocated' });
    a.releaseNodePort(30001);
    expect(a.allocateNodePort(30001)).toEqual({ port: 30001 });
  });

  it.each([
    ['10.10.10.10', { error: 'the provided network does not match the current range' }],
    ['192.168.5.5', { error: 'the provided network does not match the current range' }],
    [
      '10.96.0.0',
      {
        error:
          'the provided IP (10.96.0.0) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
      },
    ],
    [
      '10.111.255.255',
      {
        error:
          'the provided IP (10.111.255.255) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
      },
    ],
    ['10.96.0.20', { ip: '10.96.0.20' }],
  ])('cluster IP %s', (ip, want) => {
    expect(fresh().allocateClusterIP(ip)).toEqual(want);
  });

  it('knows what existing Services hold', () => {
    const a = new RegistryAllocator(
      DEFAULT_CONFIG,
      { clusterIPs: new Set([parseIPv4('10.96.0.10') as number]), nodePorts: new Set([30001]) },
      { rng: 1 },
    );
    expect(a.allocateClusterIP('10.96.0.10')).toEqual({
      error: 'provided IP is already allocated',
    });
    expect(a.allocateNodePort(30001)).toEqual({ error: 'provided port is already allocated' });
  });

  it('is deterministic for a seed', () => {
    const seq = (seed: number) => {
      const a = fresh(seed);
      return [a.allocateClusterIP(), a.allocateNodePort(), a.allocateClusterIP()];
    };
    expect(seq(3)).toEqual(seq(3));
    expect(seq(3)).not.toEqual(seq(4));
  });
});

describe('MetalLB pool', () => {
  it('hands out the lowest free address', () => {
    const pool = ['192.168.0.180-192.168.0.199'];
    expect(nextPoolAddress(pool, new Set())).toBe('192.168.0.180');
    expect(nextPoolAddress(pool, new Set(['192.168.0.180']))).toBe('192.168.0.181');
    expect(nextPoolAddress(['192.168.0.198/31'], new Set(['192.168.0.198']))).toBe('192.168.0.199');
    expect(
      nextPoolAddress(['192.168.0.199-192.168.0.199'], new Set(['192.168.0.199'])),
    ).toBeUndefined();
  });
});
