import { describe, expect, it } from 'vitest';
import { hostsFile, resolvConf } from './callers.ts';
import { candidateNames, dnsServerStatus, resolveFrom } from './resolver.ts';
import type { ResolveOptions, ResolveResult } from './resolver.ts';
import { dnsCluster, slice } from './testing.ts';

const state = dnsCluster();

function resolve(
  from: string,
  name: string,
  opts: Partial<ResolveOptions> = {},
  s = state,
): ResolveResult {
  const { result } = resolveFrom(s, from, name, { type: 'A', ...opts }, 1);
  if (result === 'timeout') throw new Error('timeout');
  return result;
}

describe('resolv.conf (C57)', () => {
  it.each([
    [
      'pod/netshoot',
      'default',
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    ],
    [
      'pod/tester',
      'other',
      'search other.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    ],
    ['pod/hostnet', 'default', 'nameserver 192.168.0.1\n'],
    [
      'pod/hostnet-cf',
      'default',
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    ],
    ['node/node1', undefined, 'nameserver 192.168.0.1\n'],
    ['client', undefined, 'nameserver 203.0.113.1\n'],
  ])('%s (%s)', (from, ns, text) => {
    expect(resolvConf(state, from, ns)).toBe(text);
  });

  it('hosts files: kubelet-managed for pods, node names on nodes', () => {
    expect(hostsFile(state, 'pod/web-0')).toBe(
      [
        '# Kubernetes-managed hosts file.',
        '127.0.0.1\tlocalhost',
        '::1\tlocalhost ip6-localhost ip6-loopback',
        'fe00::0\tip6-localnet',
        'fe00::0\tip6-mcastprefix',
        'fe00::1\tip6-allnodes',
        'fe00::2\tip6-allrouters',
        '10.244.1.20\tweb-0.sts.default.svc.cluster.local\tweb-0',
        '',
      ].join('\n'),
    );
    expect(hostsFile(state, 'client')).toBe(
      '127.0.0.1\tlocalhost\n192.168.0.10\tcontrol-plane\n192.168.0.11\tnode1\n192.168.0.12\tnode2\n192.168.0.13\tnode3\n',
    );
  });
});

describe('search list and ndots', () => {
  it.each([
    ['web', 'default', 'web.default.svc.cluster.local.', '10.96.45.12'],
    ['web', 'other', 'web.other.svc.cluster.local.', '10.100.1.1'],
    ['web.other', 'default', 'web.other.svc.cluster.local.', '10.100.1.1'],
    ['web.default', 'other', 'web.default.svc.cluster.local.', '10.96.45.12'],
    ['web.default.svc', 'other', 'web.default.svc.cluster.local.', '10.96.45.12'],
    ['kubernetes.default', 'other', 'kubernetes.default.svc.cluster.local.', '10.96.0.1'],
  ])('%s from a pod in %s → %s', (name, ns, final, ip) => {
    const r = resolve(ns === 'default' ? 'pod/netshoot' : 'pod/tester', name, { namespace: ns });
    expect([r.finalName, r.addresses]).toEqual([final, [ip]]);
  });

  it('tries every search domain before an external name, then the name as is', () => {
    const r = resolve('pod/netshoot', 'example.com');
    expect(r.triedNames).toEqual([
      'example.com.default.svc.cluster.local.',
      'example.com.svc.cluster.local.',
      'example.com.cluster.local.',
      'example.com.',
    ]);
    expect(r.addresses).toEqual(['93.184.215.14']);
  });

  it('a trailing dot skips the search list', () => {
    expect(resolve('pod/netshoot', 'web.').triedNames).toEqual(['web.']);
    expect(resolve('pod/netshoot', 'web.').rcode).toBe('NXDOMAIN');
    expect(resolve('pod/netshoot', 'google.com.').triedNames).toEqual(['google.com.']);
  });

  it('a name with five dots is tried as is first (glibc), or only as is (musl)', () => {
    // Four dots are fewer than ndots:5, so even the "full" service name walks the search list first.
    expect(resolve('pod/netshoot', 'web.default.svc.cluster.local').triedNames).toEqual([
      'web.default.svc.cluster.local.default.svc.cluster.local.',
      'web.default.svc.cluster.local.svc.cluster.local.',
      'web.default.svc.cluster.local.cluster.local.',
      'web.default.svc.cluster.local.',
    ]);
    const five = '10-244-1-5.web-headless.default.svc.cluster.local';
    expect(resolve('pod/netshoot', five).triedNames).toEqual([`${five}.`]);
    const miss = 'a.b.c.d.e.f';
    expect(resolve('pod/netshoot', miss).triedNames).toEqual([
      'a.b.c.d.e.f.',
      'a.b.c.d.e.f.default.svc.cluster.local.',
      'a.b.c.d.e.f.svc.cluster.local.',
      'a.b.c.d.e.f.cluster.local.',
    ]);
    expect(resolve('pod/netshoot', miss, { style: 'musl' }).triedNames).toEqual(['a.b.c.d.e.f.']);
    expect(candidateNames('a.b.c.d', ['x'], 5, 'glibc')).toEqual(['a.b.c.d.x.', 'a.b.c.d.']);
  });

  it('NODATA: glibc keeps searching, musl stops', () => {
    expect(resolve('pod/netshoot', 'web', { type: 'AAAA' }).triedNames).toHaveLength(4);
    expect(resolve('pod/netshoot', 'web', { type: 'AAAA', style: 'musl' }).triedNames).toEqual([
      'web.default.svc.cluster.local.',
    ]);
    expect(resolve('pod/netshoot', 'web', { type: 'AAAA' }).rcode).toBe('NOERROR');
  });

  it('reports the CNAME of an ExternalName Service', () => {
    const r = resolve('pod/netshoot', 'externalname-service');
    expect([r.finalName, r.cname, r.addresses]).toEqual([
      'externalname-service.default.svc.cluster.local.',
      'google.com.',
      ['172.217.161.238'],
    ]);
  });

  it('an unknown name ends NXDOMAIN after the whole list', () => {
    const r = resolve('pod/netshoot', 'nope');
    expect([r.rcode, r.triedNames.length, r.addresses]).toEqual(['NXDOMAIN', 4, []]);
  });
});

describe('callers', () => {
  it('the client resolves node names from its hosts file and the internet via DNS', () => {
    expect(resolve('client', 'node3')).toMatchObject({
      source: 'hosts',
      addresses: ['192.168.0.13'],
    });
    expect(resolve('client', 'google.com')).toMatchObject({
      server: '203.0.113.1',
      addresses: ['172.217.161.238'],
    });
    expect(resolve('client', 'web.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('nodes and hostNetwork pods use the node resolver: no cluster names', () => {
    expect(resolve('node/node1', 'web.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
    expect(resolve('node/node1', 'node2').addresses).toEqual(['192.168.0.12']);
    expect(resolve('pod/hostnet', 'web').rcode).toBe('NXDOMAIN');
    expect(resolve('pod/hostnet-cf', 'web').addresses).toEqual(['10.96.45.12']);
  });

  it('a pod does not know node names; IP literals need no DNS', () => {
    expect(resolve('pod/netshoot', 'node3').rcode).toBe('NXDOMAIN');
    expect(resolve('pod/netshoot', '10.96.45.12')).toMatchObject({
      source: 'literal',
      addresses: ['10.96.45.12'],
      triedNames: [],
    });
    expect(resolve('pod/web-0', 'web-0')).toMatchObject({
      source: 'hosts',
      addresses: ['10.244.1.20'],
    });
    expect(resolve('pod/web-0', 'web-0', { useHosts: false }).source).toBe('dns');
  });

  it('without reachable CoreDNS the pod resolver fails; nodes are unaffected', () => {
    const { ['kube-system/kube-dns']: _gone, ...rest } = state.services;
    const noDns = dnsCluster({ services: rest });
    expect(resolveFrom(noDns, 'pod/netshoot', 'web', { type: 'A' }, 1).result).toBe('timeout');
    expect(dnsServerStatus(noDns, 'pod/netshoot')).toBe('timeout');
    expect(resolve('node/node1', 'google.com', {}, noDns).addresses).toEqual(['172.217.161.238']);
    const unready = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'kube-system/kube-dns-abcde': slice(
          'kube-system',
          'kube-dns',
          [{ ip: '10.244.0.2', ready: false }],
          null,
        ),
      },
    });
    expect(resolveFrom(unready, 'pod/netshoot', 'web', { type: 'A' }, 1).result).toBe('timeout');
    expect(dnsServerStatus(unready, 'pod/netshoot')).toBe('refused');
    expect(dnsServerStatus(state, 'pod/netshoot')).toBe('ok');
  });

  it('is deterministic for a given rng and returns the advanced generator', () => {
    const a = resolveFrom(state, 'pod/netshoot', 'web-headless', { type: 'A' }, 99);
    const b = resolveFrom(state, 'pod/netshoot', 'web-headless', { type: 'A' }, 99);
    expect(a).toEqual(b);
    expect(a.rng).not.toBe(99);
  });
});
