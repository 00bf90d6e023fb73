import { describe, expect, it } from 'vitest';
import { iptablesSave } from './iptablesSave.ts';
import { grep, makeState, service, slice, WEB_EPS } from './testFixtures.ts';

describe('no endpoints anywhere', () => {
  const state = makeState(
    [
      service('lonely', {
        type: 'LoadBalancer',
        clusterIP: '10.96.3.3',
        ports: [{ port: 80, nodePort: 30003 }],
        lbIPs: ['192.168.0.183'],
        externalIPs: ['198.51.100.3'],
      }),
    ],
    [slice('lonely', { ports: [], endpoints: [] })],
  );
  it('REJECTs in filter, nothing in nat', () => {
    expect(grep(iptablesSave(state, 'worker1', 'filter'), 'default/lonely')).toBe(
      [
        '-A KUBE-EXTERNAL-SERVICES -d 198.51.100.3/32 -p tcp -m comment --comment "default/lonely has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
        '-A KUBE-EXTERNAL-SERVICES -d 192.168.0.183/32 -p tcp -m comment --comment "default/lonely has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
        '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/lonely has no endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30003 -j REJECT --reject-with icmp-port-unreachable',
        '-A KUBE-SERVICES -d 10.96.3.3/32 -p tcp -m comment --comment "default/lonely has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable',
      ].join('\n'),
    );
    expect(grep(iptablesSave(state, 'worker1', 'nat'), 'lonely')).toBe('');
  });
});

describe('internalTrafficPolicy: Local', () => {
  const state = makeState(
    [
      service('web-itp', {
        clusterIP: '10.96.4.4',
        ports: [{ port: 80, targetPort: 8080 }],
        internalTrafficPolicy: 'Local',
      }),
    ],
    [slice('web-itp', { ports: [{ port: 8080 }], endpoints: WEB_EPS })],
  );
  it('node with a local endpoint: cluster IP goes to KUBE-SVL, no KUBE-SVC', () => {
    const nat = iptablesSave(state, 'worker1', 'nat');
    const H = nat.match(/KUBE-SVL-(\w{16})/)?.[1];
    expect(grep(nat, 'default/web-itp')).toBe(
      [
        '-A KUBE-SEP-HRIRCM3UPS6G7ZQR -s 10.244.1.5/32 -m comment --comment "default/web-itp" -j KUBE-MARK-MASQ',
        '-A KUBE-SEP-HRIRCM3UPS6G7ZQR -p tcp -m comment --comment "default/web-itp" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
        `-A KUBE-SERVICES -d 10.96.4.4/32 -p tcp -m comment --comment "default/web-itp cluster IP" -m tcp --dport 80 -j KUBE-SVL-${H}`,
        `-A KUBE-SVL-${H} ! -s 10.244.0.0/16 -d 10.96.4.4/32 -p tcp -m comment --comment "default/web-itp cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
        `-A KUBE-SVL-${H} -m comment --comment "default/web-itp -> 10.244.1.5:8080" -j KUBE-SEP-HRIRCM3UPS6G7ZQR`,
      ].join('\n'),
    );
    expect(nat).not.toContain('KUBE-SVC-');
    expect(grep(iptablesSave(state, 'worker1', 'filter'), 'web-itp')).toBe('');
  });
  it('node without: DROP in filter KUBE-SERVICES', () => {
    expect(grep(iptablesSave(state, 'control-plane', 'filter'), 'web-itp')).toBe(
      '-A KUBE-SERVICES -d 10.96.4.4/32 -p tcp -m comment --comment "default/web-itp has no local endpoints" -m tcp --dport 80 -j DROP',
    );
    expect(grep(iptablesSave(state, 'control-plane', 'nat'), 'web-itp')).toBe('');
  });
});

describe('externalIPs, UDP and three endpoints', () => {
  const state = makeState(
    [
      service('syslog', {
        type: 'NodePort',
        clusterIP: '10.96.5.14',
        ports: [{ name: 'syslog', port: 514, protocol: 'UDP', nodePort: 30514 }],
        externalIPs: ['198.51.100.14'],
      }),
    ],
    [
      slice('syslog', {
        ports: [{ name: 'syslog', port: 5514, protocol: 'UDP' }],
        endpoints: [...WEB_EPS, { ip: '10.244.0.9', node: 'control-plane' }],
      }),
    ],
  );
  it('renders udp matches, the external IP rule and 1/3, 1/2 probabilities', () => {
    const lines = grep(
      iptablesSave(state, 'worker2', 'nat'),
      /^-A (KUBE-SERVICES|KUBE-NODEPORTS|KUBE-SVC)/,
    )
      .split('\n')
      .filter((l) => l.includes('syslog'))
      .map((l) => l.replace(/KUBE-(SVC|EXT|SEP)-\w{16}/g, 'KUBE-$1-X'));
    expect(lines).toEqual([
      '-A KUBE-NODEPORTS -p udp -m comment --comment "default/syslog:syslog" -m udp --dport 30514 -j KUBE-EXT-X',
      '-A KUBE-SERVICES -d 10.96.5.14/32 -p udp -m comment --comment "default/syslog:syslog cluster IP" -m udp --dport 514 -j KUBE-SVC-X',
      '-A KUBE-SERVICES -d 198.51.100.14/32 -p udp -m comment --comment "default/syslog:syslog external IP" -m udp --dport 514 -j KUBE-EXT-X',
      '-A KUBE-SVC-X ! -s 10.244.0.0/16 -d 10.96.5.14/32 -p udp -m comment --comment "default/syslog:syslog cluster IP" -m udp --dport 514 -j KUBE-MARK-MASQ',
      '-A KUBE-SVC-X -m comment --comment "default/syslog:syslog -> 10.244.0.9:5514" -m statistic --mode random --probability 0.33333333349 -j KUBE-SEP-X',
      '-A KUBE-SVC-X -m comment --comment "default/syslog:syslog -> 10.244.1.5:5514" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-X',
      '-A KUBE-SVC-X -m comment --comment "default/syslog:syslog -> 10.244.2.7:5514" -j KUBE-SEP-X',
    ]);
  });
});

describe('serving+terminating fallback and large-cluster mode', () => {
  it('uses terminating endpoints when none is ready', () => {
    const state = makeState(
      [service('web', { clusterIP: '10.96.45.12', ports: [{ port: 80, targetPort: 8080 }] })],
      [
        slice('web', {
          ports: [{ port: 8080 }],
          endpoints: [
            { ip: '10.244.1.5', node: 'worker1', ready: false, serving: true, terminating: true },
            { ip: '10.244.2.7', node: 'worker2', ready: false, serving: false },
          ],
        }),
      ],
    );
    expect(grep(iptablesSave(state, 'worker1', 'nat'), /^-A KUBE-SVC-\S+ -m comment/)).toBe(
      '-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.5:8080" -j KUBE-SEP-XQWD6PXGZUTOOIVQ',
    );
  });

  it('drops per-endpoint comments above 1000 endpoints', () => {
    const eps = Array.from({ length: 1001 }, (_, i) => ({
      ip: `10.244.${1 + (i >> 8)}.${i & 255}`,
    }));
    const state = makeState(
      [service('big', { clusterIP: '10.96.9.9', ports: [{ port: 80 }] })],
      [slice('big', { ports: [{ port: 80 }], endpoints: eps })],
    );
    const nat = iptablesSave(state, 'worker1', 'nat');
    const sep = grep(nat, /^-A KUBE-SEP-/).split('\n');
    expect(sep[0]).toMatch(/^-A KUBE-SEP-\w{16} -s 10\.244\.\d+\.\d+\/32 -j KUBE-MARK-MASQ$/);
    expect(sep[1]).toMatch(/^-A KUBE-SEP-\w{16} -p tcp -m tcp -j DNAT --to-destination 10\.244\./);
    expect(grep(nat, /^-A KUBE-SVC-/).split('\n')[1]).toMatch(
      /^-A KUBE-SVC-\w{16} -m statistic --mode random --probability 0\.00099900085 -j KUBE-SEP-/,
    );
    expect(grep(nat, /^-A KUBE-SVC-/).split('\n')[0]).toContain('"default/big cluster IP"');
  });
});
