/**
 * Conformance §8.6 — kube-proxy in iptables mode (C59–C67): `ssh NODE iptables-save | grep …`
 * compared with the reference's rules literally (same endpoints 10.244.1.5/10.244.2.7, same
 * requested ClusterIPs and node ports, so the chain hashes are the reference's), then the packets
 * themselves through `cluster.send` and `curl`.
 */

import { describe, expect, it } from 'vitest';
import type { Trace } from '../index.ts';
import {
  BASE_SPEC,
  lines,
  ok,
  pinnedPod,
  portProtoHash,
  referenceCluster,
  sepHash,
  svcYaml,
} from './kit.ts';

const NODES = ['control-plane', 'worker1', 'worker2'];
const actions = (t: Trace) => t.hops.map((h) => `${h.node ?? h.place}:${h.action}`);

describe('the chain names are kube-proxy’s portProtoHash (checked against the reference)', () => {
  it.each([
    [portProtoHash('default/kubernetes:https'), 'NPX46M4PTMTKRN6Y'],
    [portProtoHash('kube-system/kube-dns:dns', 'udp'), 'TCOU7JCQXEZGVUNU'],
    [portProtoHash('default/web'), 'LOLE4ISW44XBNF3G'],
    [sepHash('kube-system/kube-dns:dns-tcp', '10.244.0.4:53'), 'SF3LG62VAE5ALYDV'],
    [sepHash('default/web', '10.244.1.5:8080'), 'XQWD6PXGZUTOOIVQ'],
  ])('%s', (got, want) => expect(got).toBe(want));
});

describe('C59 ClusterIP Service with two endpoints', () => {
  const c = referenceCluster();
  expect(c.apply(svcYaml('web', `  clusterIP: 10.96.45.12\n${BASE_SPEC}`)).errors).toEqual([]);
  expect(c.apply(pinnedPod('tester', 'control-plane')).errors).toEqual([]);

  it.each(NODES)('identical rules on %s', (node) => {
    expect(c.run(`ssh ${node} iptables-save -t nat | grep default/web`)).toEqual(
      ok(
        lines(
          '-A KUBE-SEP-CBPCTALQVABL5M2H -s 10.244.2.7/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-CBPCTALQVABL5M2H -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
          '-A KUBE-SEP-XQWD6PXGZUTOOIVQ -s 10.244.1.5/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-XQWD6PXGZUTOOIVQ -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
          '-A KUBE-SERVICES -d 10.96.45.12/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G',
          '-A KUBE-SVC-LOLE4ISW44XBNF3G ! -s 10.244.0.0/16 -d 10.96.45.12/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
          '-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-XQWD6PXGZUTOOIVQ',
          '-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.2.7:8080" -j KUBE-SEP-CBPCTALQVABL5M2H',
        ),
      ),
    );
  });

  it('a pod’s connection is DNATed to either endpoint, about half each, without SNAT', () => {
    const seen = new Map<string, number>();
    for (let i = 0; i < 100; i++) {
      const t = c.send({ from: 'pod/tester', to: '10.96.45.12:80' });
      expect(t.outcome).toBe('delivered');
      expect(t.hops.some((h) => h.action === 'snat')).toBe(false);
      expect(t.clientAddress?.startsWith('10.244.0.4:')).toBe(true); // tester's own address
      const dnat = t.hops.find((h) => h.action === 'dnat');
      const key = `${dnat?.chain} ${dnat?.after?.dst}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect([...seen.keys()].sort()).toEqual([
      'KUBE-SEP-CBPCTALQVABL5M2H 10.244.2.7:8080',
      'KUBE-SEP-XQWD6PXGZUTOOIVQ 10.244.1.5:8080',
    ]);
    for (const n of seen.values()) expect(n).toBeGreaterThan(30);
  });

  it('a pod reaching itself through the Service is masqueraded (hairpin)', () => {
    const self = c.state().pods.find((p) => p.status.podIP === '10.244.1.5');
    const name = self?.metadata.name ?? '';
    for (let i = 0; i < 20; i++) {
      const t = c.send({ from: `pod/${name}`, to: '10.96.45.12:80' });
      if (t.pod !== `default/${name}`) continue;
      expect(actions(t)).toEqual([
        'worker1:send',
        'worker1:dnat',
        'worker1:snat',
        'worker1:deliver',
        'worker1:reply',
      ]);
      // MASQUERADE picks the address of the bridge the packet leaves through (cni0, 10.244.1.1).
      expect(t.clientAddress?.split(':')[0]).toBe('10.244.1.1');
      return;
    }
    throw new Error('the pod never picked itself');
  });
});

describe('C61–C67 NodePort and LoadBalancer rules and packets', () => {
  const c = referenceCluster({ client: { name: 'client', ip: '203.0.113.50' } });
  const yaml = [
    svcYaml(
      'web-np',
      `  type: NodePort\n  clusterIP: 10.103.7.201\n${BASE_SPEC}    nodePort: 30080\n`,
    ),
    // Takes MetalLB's first address so that web-local gets 192.168.0.181, as in the reference.
    svcYaml('web-lb', `  type: LoadBalancer\n${BASE_SPEC}`),
    svcYaml(
      'web-local',
      `  type: LoadBalancer
  clusterIP: 10.99.88.77
  externalTrafficPolicy: Local
  healthCheckNodePort: 32001
  loadBalancerSourceRanges:
  - 203.0.113.0/24
  selector:
    app: web
  ports:
  - name: http
    port: 80
    targetPort: http
    nodePort: 30081
`,
    ),
    svcYaml('web-aff', `  clusterIP: 10.96.77.7\n  sessionAffinity: ClientIP\n${BASE_SPEC}`),
  ].join('---\n');
  expect(c.apply(yaml).errors).toEqual([]);
  expect(c.apply(pinnedPod('cp-pod', 'control-plane')).errors).toEqual([]);

  it('C61 NodePort with externalTrafficPolicy: Cluster', () => {
    // The reference lists `-A KUBE-EXT-4UDSYVHJNXWHWIRT -j KUBE-SVC-4UDSYVHJNXWHWIRT` among these
    // lines, but proxier.go writes that jump without a comment, so `grep default/web-np` cannot
    // print it; it is checked with a grep on the chain name below.
    expect(c.run('ssh worker2 iptables-save -t nat | grep default/web-np')).toEqual(
      ok(
        lines(
          '-A KUBE-EXT-4UDSYVHJNXWHWIRT -m comment --comment "masquerade traffic for default/web-np external destinations" -j KUBE-MARK-MASQ',
          '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-np" -m tcp --dport 30080 -j KUBE-EXT-4UDSYVHJNXWHWIRT',
          '-A KUBE-SEP-3ZQWOGBQJIFZMDYG -s 10.244.1.5/32 -m comment --comment "default/web-np" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-3ZQWOGBQJIFZMDYG -p tcp -m comment --comment "default/web-np" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
          '-A KUBE-SEP-4R6P2Y3TIZF6CZG5 -s 10.244.2.7/32 -m comment --comment "default/web-np" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-4R6P2Y3TIZF6CZG5 -p tcp -m comment --comment "default/web-np" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
          '-A KUBE-SERVICES -d 10.103.7.201/32 -p tcp -m comment --comment "default/web-np cluster IP" -m tcp --dport 80 -j KUBE-SVC-4UDSYVHJNXWHWIRT',
          '-A KUBE-SVC-4UDSYVHJNXWHWIRT ! -s 10.244.0.0/16 -d 10.103.7.201/32 -p tcp -m comment --comment "default/web-np cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
          '-A KUBE-SVC-4UDSYVHJNXWHWIRT -m comment --comment "default/web-np -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-3ZQWOGBQJIFZMDYG',
          '-A KUBE-SVC-4UDSYVHJNXWHWIRT -m comment --comment "default/web-np -> 10.244.2.7:8080" -j KUBE-SEP-4R6P2Y3TIZF6CZG5',
        ),
      ),
    );
    expect(
      c.run('ssh worker2 iptables-save -t nat | grep -- "-A KUBE-EXT-4UDSYVHJNXWHWIRT"'),
    ).toEqual(
      ok(
        lines(
          '-A KUBE-EXT-4UDSYVHJNXWHWIRT -m comment --comment "masquerade traffic for default/web-np external destinations" -j KUBE-MARK-MASQ',
          '-A KUBE-EXT-4UDSYVHJNXWHWIRT -j KUBE-SVC-4UDSYVHJNXWHWIRT',
        ),
      ),
    );
  });

  it('C61 packet walk: client → worker2:30080 → 10.244.1.5 on worker1, masqueraded', () => {
    let t: Trace | undefined;
    for (let i = 0; i < 20 && t?.pod !== 'default/' + podAt(c, '10.244.1.5'); i++)
      t = c.send({ from: 'client', to: '192.168.0.12:30080' });
    if (!t) throw new Error('no trace');
    expect(t.outcome).toBe('delivered');
    expect(actions(t)).toEqual([
      'client:send',
      'worker2:match',
      'worker2:dnat',
      'worker2:snat',
      'worker2:forward',
      'worker1:deliver',
      'worker2:reply',
    ]);
    const [, match, dnat, snat, forward, , reply] = t.hops;
    expect(match?.chains).toEqual([
      'PREROUTING',
      'KUBE-SERVICES',
      'KUBE-NODEPORTS',
      'KUBE-EXT-4UDSYVHJNXWHWIRT',
    ]);
    expect(dnat?.chain).toBe('KUBE-SEP-3ZQWOGBQJIFZMDYG');
    expect(dnat?.after?.dst).toBe('10.244.1.5:8080');
    expect(snat?.chain).toBe('KUBE-POSTROUTING');
    expect(snat?.after?.src.split(':')[0]).toBe('192.168.0.12');
    expect(forward?.crossNode).toBe(true);
    expect(t.clientAddress?.split(':')[0]).toBe('192.168.0.12'); // the client IP is lost
    expect(reply?.after?.src).toBe('192.168.0.12:30080');
    expect(reply?.after?.dst.split(':')[0]).toBe('203.0.113.50');
  });

  it.each(NODES.map((n, i) => [n, `192.168.0.1${i}`]))(
    'C61 the node port answers on %s too',
    (_node, ip) => {
      expect(c.send({ from: 'client', to: `${ip}:30080` }).outcome).toBe('delivered');
    },
  );

  it('C63 a node without local endpoints (control-plane): DROP rules, no KUBE-SVL', () => {
    const r = c.run('ssh control-plane iptables-save | grep default/web-local');
    expect(r).toEqual(
      ok(
        lines(
          '-A KUBE-EXTERNAL-SERVICES -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http has no local endpoints" -m tcp --dport 80 -j DROP',
          '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30081 -j DROP',
          '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local:http health check node port" -m tcp --dport 32001 -j ACCEPT',
          '-A KUBE-PROXY-FIREWALL -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http traffic not accepted by KUBE-FW-V7ZMVOA2AOW6ATRL" -m tcp --dport 80 -j DROP',
          ...LOCAL_NAT,
        ),
      ),
    );
    // worker1 has a local endpoint: no DROP, and a KUBE-SVL chain to it.
    expect(c.run('ssh worker1 iptables-save | grep default/web-local')).toEqual(
      ok(
        lines(
          '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local:http health check node port" -m tcp --dport 32001 -j ACCEPT',
          '-A KUBE-PROXY-FIREWALL -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http traffic not accepted by KUBE-FW-V7ZMVOA2AOW6ATRL" -m tcp --dport 80 -j DROP',
          ...LOCAL_NAT,
          '-A KUBE-SVL-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -j KUBE-SEP-HW5BSW6HZ6OI3FUP',
        ),
      ),
    );
    // The jump to KUBE-SVL carries no comment; it exists only where there is a local endpoint.
    const svl = 'grep -c -- "-A KUBE-EXT-V7ZMVOA2AOW6ATRL -j KUBE-SVL-V7ZMVOA2AOW6ATRL"';
    expect(c.run(`ssh worker1 iptables-save -t nat | ${svl}`)).toEqual(ok('1\n'));
    expect(c.run(`ssh control-plane iptables-save -t nat | ${svl}`)).toEqual({
      stdout: '0\n',
      stderr: '',
      exitCode: 1,
    });
  });

  it('C63 health checks: 503 on control-plane, 200 on worker1', () => {
    const code = (ip: string) =>
      c.run(`curl -s -o /dev/null -w '%{http_code}\\n' http://${ip}:32001/`);
    expect(code('192.168.0.10')).toEqual(ok('503\n'));
    expect(code('192.168.0.11')).toEqual(ok('200\n'));
  });

  it('C63 external clients time out on control-plane:30081; its pods still get through', () => {
    expect(c.send({ from: 'client', to: '192.168.0.10:30081' }).outcome).toBe('timeout');
    expect(c.send({ from: 'pod/cp-pod', to: '192.168.0.10:30081' }).outcome).toBe('delivered');
    // worker1 serves its own endpoint and the pod sees the real client address.
    const t = c.send({ from: 'client', to: '192.168.0.11:30081' });
    expect(t.pod).toBe(`default/${podAt(c, '10.244.1.5')}`);
    expect(t.clientAddress?.split(':')[0]).toBe('203.0.113.50');
  });

  it('C65 sessionAffinity: ClientIP', () => {
    // The reference omits the KUBE-SERVICES line, but its `-j KUBE-SVC-…` matches the first grep.
    expect(
      c.run(`ssh worker1 iptables-save -t nat | grep -E 'KUBE-(SVC|SEP)-' | grep default/web-aff`),
    ).toEqual(
      ok(
        lines(
          '-A KUBE-SEP-MNVW6CMCTCN32KB6 -s 10.244.2.7/32 -m comment --comment "default/web-aff" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-MNVW6CMCTCN32KB6 -p tcp -m comment --comment "default/web-aff" -m recent --set --name KUBE-SEP-MNVW6CMCTCN32KB6 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.2.7:8080',
          '-A KUBE-SEP-MXD2HMJ45HWK66UH -s 10.244.1.5/32 -m comment --comment "default/web-aff" -j KUBE-MARK-MASQ',
          '-A KUBE-SEP-MXD2HMJ45HWK66UH -p tcp -m comment --comment "default/web-aff" -m recent --set --name KUBE-SEP-MXD2HMJ45HWK66UH --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080',
          '-A KUBE-SERVICES -d 10.96.77.7/32 -p tcp -m comment --comment "default/web-aff cluster IP" -m tcp --dport 80 -j KUBE-SVC-TARQYA3RX6TMPCNG',
          '-A KUBE-SVC-TARQYA3RX6TMPCNG ! -s 10.244.0.0/16 -d 10.96.77.7/32 -p tcp -m comment --comment "default/web-aff cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
          '-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.1.5:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-MXD2HMJ45HWK66UH --mask 255.255.255.255 --rsource -j KUBE-SEP-MXD2HMJ45HWK66UH',
          '-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.2.7:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-MNVW6CMCTCN32KB6 --mask 255.255.255.255 --rsource -j KUBE-SEP-MNVW6CMCTCN32KB6',
          '-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-MXD2HMJ45HWK66UH',
          '-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.2.7:8080" -j KUBE-SEP-MNVW6CMCTCN32KB6',
        ),
      ),
    );
    const first = c.send({ from: 'pod/cp-pod', to: '10.96.77.7:80' }).pod;
    for (let i = 0; i < 10; i++)
      expect(c.send({ from: 'pod/cp-pod', to: '10.96.77.7:80' }).pod).toBe(first);
  });

  /** kube-proxy's health-check body: a dedented, tab-indented JSON template without a final newline. */
  const body = (n: number) =>
    `{\n\t"service": {\n\t\t"namespace": "default",\n\t\t"name": "web-local"\n\t},\n\t"localEndpoints": ${n},\n\t"serviceProxyHealthy": true\n}`;

  it('C67 health-check response: status, headers and JSON body', () => {
    // curl -i writes the header block as received: CRLF line ends.
    const head = (status: string, n: number) =>
      [
        `HTTP/1.1 ${status}`,
        'Content-Type: application/json',
        'X-Content-Type-Options: nosniff',
        `X-Load-Balancing-Endpoint-Weight: ${n}`,
      ].join('\r\n');
    const r1 = c.run('curl -si http://192.168.0.11:32001/');
    expect(r1.stdout.startsWith(head('200 OK', 1))).toBe(true);
    expect(r1.stdout.endsWith(`\r\n\r\n${body(1)}`)).toBe(true);
    const r0 = c.run('curl -si http://192.168.0.10:32001/');
    expect(r0.stdout.startsWith(head('503 Service Unavailable', 0))).toBe(true);
    expect(r0.stdout.endsWith(`\r\n\r\n${body(0)}`)).toBe(true);
  });

  // Go's net/http adds `Date` and `Content-Length` after the handler's own headers (kube-proxy sets
  // only the three above and writes the whole body before returning), so a real `curl -si` shows both.
  it('C67 the Go HTTP server adds Date and Content-Length', () => {
    const r = c.run('curl -si http://192.168.0.11:32001/');
    expect(r.stdout).toContain(
      `X-Load-Balancing-Endpoint-Weight: 1\r\nDate: ${new Date(c.clock.now).toUTCString()}\r\nContent-Length: ${body(1).length}\r\n\r\n`,
    );
  });
});

/** The nat lines of web-local common to every node (C62/C63), in iptables-save order. */
const LOCAL_NAT = [
  '-A KUBE-EXT-V7ZMVOA2AOW6ATRL -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web-local:http external destinations" -j KUBE-SVC-V7ZMVOA2AOW6ATRL',
  '-A KUBE-EXT-V7ZMVOA2AOW6ATRL -m comment --comment "masquerade LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ',
  '-A KUBE-EXT-V7ZMVOA2AOW6ATRL -m comment --comment "route LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-V7ZMVOA2AOW6ATRL',
  '-A KUBE-FW-V7ZMVOA2AOW6ATRL -s 203.0.113.0/24 -m comment --comment "default/web-local:http loadbalancer IP" -j KUBE-EXT-V7ZMVOA2AOW6ATRL',
  '-A KUBE-FW-V7ZMVOA2AOW6ATRL -m comment --comment "other traffic to default/web-local:http will be dropped by KUBE-PROXY-FIREWALL"',
  '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local:http" -m tcp --dport 30081 -j KUBE-EXT-V7ZMVOA2AOW6ATRL',
  '-A KUBE-SEP-HW5BSW6HZ6OI3FUP -s 10.244.1.5/32 -m comment --comment "default/web-local:http" -j KUBE-MARK-MASQ',
  '-A KUBE-SEP-HW5BSW6HZ6OI3FUP -p tcp -m comment --comment "default/web-local:http" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
  '-A KUBE-SEP-UEZB4TNYO22IOKJS -s 10.244.2.7/32 -m comment --comment "default/web-local:http" -j KUBE-MARK-MASQ',
  '-A KUBE-SEP-UEZB4TNYO22IOKJS -p tcp -m comment --comment "default/web-local:http" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
  '-A KUBE-SERVICES -d 10.99.88.77/32 -p tcp -m comment --comment "default/web-local:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-V7ZMVOA2AOW6ATRL',
  '-A KUBE-SERVICES -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http loadbalancer IP" -m tcp --dport 80 -j KUBE-FW-V7ZMVOA2AOW6ATRL',
  '-A KUBE-SVC-V7ZMVOA2AOW6ATRL ! -s 10.244.0.0/16 -d 10.99.88.77/32 -p tcp -m comment --comment "default/web-local:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
  '-A KUBE-SVC-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-HW5BSW6HZ6OI3FUP',
  '-A KUBE-SVC-V7ZMVOA2AOW6ATRL -m comment --comment "default/web-local:http -> 10.244.2.7:8080" -j KUBE-SEP-UEZB4TNYO22IOKJS',
];

function podAt(c: ReturnType<typeof referenceCluster>, ip: string): string {
  return c.state().pods.find((p) => p.status.podIP === ip)?.metadata.name ?? '';
}
