import { describe, expect, it } from 'vitest';
import type { SimState } from '../model/state.ts';
import { recordLine } from './masterdump.ts';
import { queryServer } from './server.ts';
import { dnsCluster, slice } from './testing.ts';
import type { DnsResponse, RRType } from './types.ts';

const state = dnsCluster();
const SOA =
  'cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1735689600 7200 1800 86400 30';

function ask(name: string, type: RRType = 'A', s: SimState = state, rng = 1): DnsResponse {
  const q = queryServer(s, '10.96.0.10', name, type, rng);
  if (typeof q.response === 'string') throw new Error(q.response);
  return q.response;
}
// Expected lines are byte-for-byte what dig 9.18 prints for these records (checked with real dig).
const answer = (r: DnsResponse) => r.answers.map(recordLine);
const sorted = (r: DnsResponse) => answer(r).sort();

describe('CoreDNS kubernetes plugin (kubeadm Corefile)', () => {
  it('answers a ClusterIP Service with its ClusterIP, authoritative, no RA', () => {
    const r = ask('web.default.svc.cluster.local');
    expect(answer(r)).toEqual(['web.default.svc.cluster.local. 30 IN\tA\t10.96.45.12']);
    expect([r.rcode, r.aa, r.ra]).toEqual(['NOERROR', true, false]);
  });

  it('C51: one A per ready endpoint of a headless Service', () => {
    expect(sorted(ask('web-headless.default.svc.cluster.local'))).toEqual([
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.1.5',
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.2.7',
    ]);
  });

  it('C51: a headless Service without ready endpoints is NXDOMAIN', () => {
    const r = ask('empty-headless.default.svc.cluster.local');
    expect(r.rcode).toBe('NXDOMAIN');
    expect(r.authority.map(recordLine)).toEqual([SOA]);
  });

  it('publishNotReadyAddresses shows through the slice ready condition', () => {
    const s = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'default/empty-headless-abcde': slice(
          'default',
          'empty-headless',
          [{ ip: '10.244.3.9', ready: true }],
          [{ port: 80 }],
        ),
      },
    });
    expect(answer(ask('empty-headless.default.svc.cluster.local', 'A', s))).toEqual([
      'empty-headless.default.svc.cluster.local. 30 IN\tA 10.244.3.9',
    ]);
  });

  it('C53: SRV for a named port of a headless Service, weight 50 each, targets resolve', () => {
    const r = ask('_http._tcp.web-headless.default.svc.cluster.local', 'SRV');
    expect(answer(r)).toEqual([
      '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
      '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-2-7.web-headless.default.svc.cluster.local.',
    ]);
    expect(r.additional.map(recordLine).sort()).toEqual([
      '10-244-1-5.web-headless.default.svc.cluster.local. 30 IN A 10.244.1.5',
      '10-244-2-7.web-headless.default.svc.cluster.local. 30 IN A 10.244.2.7',
    ]);
    expect(answer(ask('10-244-1-5.web-headless.default.svc.cluster.local'))).toEqual([
      '10-244-1-5.web-headless.default.svc.cluster.local. 30 IN A 10.244.1.5',
    ]);
  });

  it('SRV for a ClusterIP Service names the Service, with its port and the ClusterIP as extra', () => {
    const r = ask('_http._tcp.multi.default.svc.cluster.local', 'SRV');
    expect(answer(r)).toEqual([
      '_http._tcp.multi.default.svc.cluster.local. 30 IN SRV 0 100 80 multi.default.svc.cluster.local.',
    ]);
    expect(r.additional.map(recordLine)).toEqual([
      'multi.default.svc.cluster.local. 30 IN\tA\t10.110.20.30',
    ]);
  });

  it.each([
    [1, '100'],
    [2, '50'],
    [3, '33'],
    [4, '25'],
    [6, '16'],
  ])('SRV weight with %i endpoints is ⌊100/n⌋ = %s', (n, w) => {
    const eps = Array.from({ length: n }, (_, i) => ({ ip: `10.244.5.${i + 1}` }));
    const s = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'default/web-headless-abcde': slice('default', 'web-headless', eps, [
          { name: 'http', port: 8080 },
        ]),
      },
    });
    const weights = ask('_http._tcp.web-headless.default.svc.cluster.local', 'SRV', s).answers.map(
      (a) => a.data.split(' ')[1],
    );
    expect(weights).toEqual(Array(n).fill(w));
  });

  it('SRV without a port label lists every port; an unknown port name is NXDOMAIN', () => {
    expect(ask('multi.default.svc.cluster.local', 'SRV').answers.map((a) => a.data)).toEqual([
      '0 50 80 multi.default.svc.cluster.local.',
      '0 50 9090 multi.default.svc.cluster.local.',
    ]);
    expect(ask('_nope._tcp.multi.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN');
  });

  it('endpoint hostnames from the slice (StatefulSet-style) replace the dashed IP', () => {
    expect(answer(ask('web-0.sts.default.svc.cluster.local'))).toEqual([
      'web-0.sts.default.svc.cluster.local. 30\tIN A\t10.244.1.20',
    ]);
    expect(ask('10-244-1-20.sts.default.svc.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('ExternalName: CNAME plus the target through the upstream, TTL capped by cache 30', () => {
    expect(answer(ask('externalname-service.default.svc.cluster.local'))).toEqual([
      'externalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.',
      'google.com.\t\t30\tIN\tA\t172.217.161.238',
    ]);
    expect(answer(ask('externalname-service.default.svc.cluster.local', 'CNAME'))).toEqual([
      'externalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.',
    ]);
  });

  it('ExternalName chains into cluster names, and a target the upstream lacks leaves the CNAME alone', () => {
    expect(answer(ask('alias.default.svc.cluster.local'))).toEqual([
      'alias.default.svc.cluster.local. 30 IN\tCNAME\tweb.default.svc.cluster.local.',
      'web.default.svc.cluster.local. 30 IN\tA\t10.96.45.12',
    ]);
    const r = ask('db-ext.default.svc.cluster.local');
    expect([r.rcode, ...answer(r)]).toEqual([
      'NOERROR',
      'db-ext.default.svc.cluster.local. 30 IN\tCNAME\tmy.database.example.com.',
    ]);
  });

  it('C55: names that do not exist are NXDOMAIN with the zone SOA', () => {
    for (const name of [
      'nope.default.svc.cluster.local',
      'web.nonexistent-ns.svc.cluster.local',
      'nonexistent-ns.svc.cluster.local',
      'a.b.c.d.svc.cluster.local',
    ]) {
      const r = ask(name);
      expect([name, r.rcode, r.aa, r.answers.length, r.authority.map(recordLine)]).toEqual([
        name,
        'NXDOMAIN',
        true,
        0,
        [SOA],
      ]);
    }
  });

  it('C55: AAAA of an IPv4 Service and names without records are NODATA with the SOA', () => {
    for (const [name, type] of [
      ['web.default.svc.cluster.local', 'AAAA'],
      ['default.svc.cluster.local', 'A'],
      ['svc.cluster.local', 'A'],
      ['cluster.local', 'A'],
      ['web.default.svc.cluster.local', 'TXT'],
      ['web.default.svc.cluster.local', 'ANY'],
    ] as const) {
      const r = ask(name, type);
      expect([name, type, r.rcode, r.answers.length, r.authority.map(recordLine)]).toEqual([
        name,
        type,
        'NOERROR',
        0,
        [SOA],
      ]);
    }
  });

  it('SOA serial follows the newest watched object', () => {
    const svc = { ...state.services['default/web']! };
    svc.metadata = { ...svc.metadata, creationTimestamp: '2025-03-04T05:06:07Z' };
    const s = dnsCluster({ services: { ...state.services, 'default/web': svc } });
    expect(ask('nope.default.svc.cluster.local', 'A', s).authority[0]?.data).toBe(
      'ns.dns.cluster.local. hostmaster.cluster.local. 1741064767 7200 1800 86400 30',
    );
  });

  it('pods insecure: a-b-c-d.<ns>.pod answers the spelled address', () => {
    expect(answer(ask('10-244-1-5.default.pod.cluster.local'))).toEqual([
      '10-244-1-5.default.pod.cluster.local. 30 IN A\t10.244.1.5',
    ]);
    expect(ask('not-an-ip.default.pod.cluster.local').rcode).toBe('NXDOMAIN');
    expect(ask('10-244-1-5.nowhere.pod.cluster.local').rcode).toBe('NXDOMAIN');
  });

  it('PTR for ClusterIPs and for endpoint addresses; other pod IPs fall through to the upstream', () => {
    expect(answer(ask('12.45.96.10.in-addr.arpa', 'PTR'))).toEqual([
      '12.45.96.10.in-addr.arpa. 30\tIN\tPTR\tweb.default.svc.cluster.local.',
    ]);
    expect(answer(ask('20.1.244.10.in-addr.arpa', 'PTR'))).toEqual([
      '20.1.244.10.in-addr.arpa. 30\tIN\tPTR\tweb-0.sts.default.svc.cluster.local.',
    ]);
    const r = ask('10.1.244.10.in-addr.arpa', 'PTR');
    expect([r.rcode, r.aa, r.ra, r.authority.map(recordLine)]).toEqual([
      'NXDOMAIN',
      false,
      true,
      ['10.in-addr.arpa.\t30\tIN\tSOA\tlocalhost. nobody.invalid. 1 3600 1200 604800 10800'],
    ]);
  });

  it('dns-version TXT (1.1.0; TTL capped to 30 by the cache)', () => {
    expect(answer(ask('dns-version.cluster.local', 'TXT'))).toEqual([
      'dns-version.cluster.local. 30\tIN\tTXT\t"1.1.0"',
    ]);
  });

  it('NS at the apex names ns.dns with the kube-dns address', () => {
    const r = ask('cluster.local', 'NS');
    expect([...answer(r), ...r.additional.map(recordLine)]).toEqual([
      'cluster.local.\t\t30\tIN\tNS\tns.dns.cluster.local.',
      'ns.dns.cluster.local.\t30\tIN\tA\t10.96.0.10',
    ]);
  });

  it('answers keep the case of the question', () => {
    expect(answer(ask('WEB.Default.svc.cluster.local'))).toEqual([
      'WEB.Default.svc.cluster.local. 30 IN\tA\t10.96.45.12',
    ]);
  });

  it('forwards names outside the cluster zone: RA set, TTL capped at 30, no cookie', () => {
    const r = ask('google.com');
    expect([r.aa, r.ra, r.opt?.echoCookie, ...answer(r)]).toEqual([
      false,
      true,
      false,
      'google.com.\t\t30\tIN\tA\t172.217.161.238',
    ]);
    const n = ask('nope.example');
    expect([n.rcode, ...n.authority.map(recordLine)]).toEqual([
      'NXDOMAIN',
      '.\t\t\t30\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2025010100 1800 900 604800 86400',
    ]);
  });

  it('loadbalance: the same rng gives the same order and advances the generator', () => {
    const eps = Array.from({ length: 5 }, (_, i) => ({ ip: `10.244.5.${i + 1}` }));
    const s = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'default/web-headless-abcde': slice('default', 'web-headless', eps, [
          { name: 'http', port: 8080 },
        ]),
      },
    });
    const q1 = queryServer(s, '10.96.0.10', 'web-headless.default.svc.cluster.local', 'A', 42);
    const q2 = queryServer(s, '10.96.0.10', 'web-headless.default.svc.cluster.local', 'A', 42);
    expect(q1).toEqual(q2);
    expect(q1.rng).not.toBe(42);
    const orders = new Set<string>();
    for (let rng = 1; rng < 40; rng++) {
      const q = queryServer(s, '10.96.0.10', 'web-headless.default.svc.cluster.local', 'A', rng);
      if (typeof q.response !== 'string')
        orders.add(q.response.answers.map((a) => a.data).join(','));
    }
    expect(orders.size).toBeGreaterThan(5);
  });

  it('the article headless answer in the article order for a given rng', () => {
    expect(answer(ask('headless-service.default.svc.cluster.local', 'A', state, 1))).toEqual([
      'headless-service.default.svc.cluster.local. 30 IN A 10.244.189.76',
      'headless-service.default.svc.cluster.local. 30 IN A 10.244.235.175',
    ]);
    expect(answer(ask('headless-service.default.svc.cluster.local', 'A', state, 3))).toEqual([
      'headless-service.default.svc.cluster.local. 30 IN A 10.244.235.175',
      'headless-service.default.svc.cluster.local. 30 IN A 10.244.189.76',
    ]);
  });
});

describe('reachability of 10.96.0.10', () => {
  it('refused (kube-proxy REJECT) when kube-dns has no ready endpoint', () => {
    const s = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'kube-system/kube-dns-abcde': slice(
          'kube-system',
          'kube-dns',
          [{ ip: '10.244.0.2', ready: false }],
          [{ name: 'dns', port: 53, protocol: 'UDP' }],
        ),
      },
    });
    expect(queryServer(s, '10.96.0.10', 'web.default.svc.cluster.local', 'A', 1).response).toBe(
      'refused',
    );
  });

  it('timeout when there is no kube-dns Service, for unknown servers, and for ClusterIPs from outside', () => {
    const { ['kube-system/kube-dns']: _gone, ...rest } = state.services;
    expect(queryServer(dnsCluster({ services: rest }), '10.96.0.10', 'web', 'A', 1).response).toBe(
      'timeout',
    );
    expect(queryServer(state, '10.1.2.3', 'web', 'A', 1).response).toBe('timeout');
    expect(
      queryServer(state, '10.96.0.10', 'google.com', 'A', 1, { from: 'client' }).response,
    ).toBe('timeout');
  });

  it('a CoreDNS pod answers on its own address', () => {
    const q = queryServer(state, '10.244.0.3', 'web.default.svc.cluster.local', 'A', 1);
    expect(typeof q.response === 'string' ? q.response : q.response.answers[0]?.data).toBe(
      '10.96.45.12',
    );
  });

  it('the node resolver knows the internet only, with real TTLs and compression', () => {
    const q = queryServer(state, '192.168.0.1', 'www.google.com', 'A', 1);
    const r = q.response as DnsResponse;
    expect([r.compressed, r.ra, ...answer(r)]).toEqual([
      true,
      true,
      'www.google.com.\t\t300\tIN\tA\t172.217.161.238',
    ]);
    expect(
      (
        queryServer(state, '192.168.0.1', 'web.default.svc.cluster.local', 'A', 1)
          .response as DnsResponse
      ).rcode,
    ).toBe('NXDOMAIN');
  });
});
