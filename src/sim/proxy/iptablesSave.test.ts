import { describe, expect, it } from 'vitest';
import { ctime, iptablesSave } from './iptablesSave.ts';
import { grep, makeState, service, slice, WEB_EPS } from './testFixtures.ts';

const web = service('web', { clusterIP: '10.96.45.12', ports: [{ port: 80, targetPort: 8080 }] });
const webSlice = slice('web', { ports: [{ port: 8080 }], endpoints: WEB_EPS });

describe('C59 ClusterIP with two endpoints', () => {
  const state = makeState([web], [webSlice]);
  const expected = [
    '-A KUBE-SEP-CBPCTALQVABL5M2H -s 10.244.2.7/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
    '-A KUBE-SEP-CBPCTALQVABL5M2H -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
    '-A KUBE-SEP-XQWD6PXGZUTOOIVQ -s 10.244.1.5/32 -m comment --comment "default/web" -j KUBE-MARK-MASQ',
    '-A KUBE-SEP-XQWD6PXGZUTOOIVQ -p tcp -m comment --comment "default/web" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
    '-A KUBE-SERVICES -d 10.96.45.12/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G',
    '-A KUBE-SVC-LOLE4ISW44XBNF3G ! -s 10.244.0.0/16 -d 10.96.45.12/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ',
    '-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-XQWD6PXGZUTOOIVQ',
    '-A KUBE-SVC-LOLE4ISW44XBNF3G -m comment --comment "default/web -> 10.244.2.7:8080" -j KUBE-SEP-CBPCTALQVABL5M2H',
  ].join('\n');
  it.each(['control-plane', 'worker1', 'worker2'])('identical on %s', (node) => {
    expect(grep(iptablesSave(state, node, 'nat'), 'default/web')).toBe(expected);
  });
  it('hairpin: each SEP marks traffic from its own endpoint', () => {
    expect(grep(iptablesSave(state, 'worker1', 'nat'), /^-A KUBE-SEP-\S+ -s /)).toBe(
      [expected.split('\n')[0], expected.split('\n')[2]].join('\n'),
    );
  });
});

describe('C61 NodePort, externalTrafficPolicy Cluster', () => {
  const state = makeState(
    [
      service('web-np', {
        type: 'NodePort',
        clusterIP: '10.103.7.201',
        ports: [{ port: 80, targetPort: 8080, nodePort: 30080 }],
      }),
    ],
    [slice('web-np', { ports: [{ port: 8080 }], endpoints: WEB_EPS })],
  );
  const expected = `-A KUBE-EXT-4UDSYVHJNXWHWIRT -m comment --comment "masquerade traffic for default/web-np external destinations" -j KUBE-MARK-MASQ
-A KUBE-EXT-4UDSYVHJNXWHWIRT -j KUBE-SVC-4UDSYVHJNXWHWIRT
-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-np" -m tcp --dport 30080 -j KUBE-EXT-4UDSYVHJNXWHWIRT
-A KUBE-SEP-3ZQWOGBQJIFZMDYG -s 10.244.1.5/32 -m comment --comment "default/web-np" -j KUBE-MARK-MASQ
-A KUBE-SEP-3ZQWOGBQJIFZMDYG -p tcp -m comment --comment "default/web-np" -m tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SEP-4R6P2Y3TIZF6CZG5 -s 10.244.2.7/32 -m comment --comment "default/web-np" -j KUBE-MARK-MASQ
-A KUBE-SEP-4R6P2Y3TIZF6CZG5 -p tcp -m comment --comment "default/web-np" -m tcp -j DNAT --to-destination 10.244.2.7:8080
-A KUBE-SERVICES -d 10.103.7.201/32 -p tcp -m comment --comment "default/web-np cluster IP" -m tcp --dport 80 -j KUBE-SVC-4UDSYVHJNXWHWIRT
-A KUBE-SVC-4UDSYVHJNXWHWIRT ! -s 10.244.0.0/16 -d 10.103.7.201/32 -p tcp -m comment --comment "default/web-np cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-4UDSYVHJNXWHWIRT -m comment --comment "default/web-np -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-3ZQWOGBQJIFZMDYG
-A KUBE-SVC-4UDSYVHJNXWHWIRT -m comment --comment "default/web-np -> 10.244.2.7:8080" -j KUBE-SEP-4R6P2Y3TIZF6CZG5`;
  const kubeExt = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('-A KUBE-EXT-4UDSYVHJNXWHWIRT') || l.includes('default/web-np'))
      .join('\n');
  it.each(['control-plane', 'worker1', 'worker2'])('on %s', (node) => {
    expect(kubeExt(iptablesSave(state, node, 'nat'))).toBe(expected);
    expect(grep(iptablesSave(state, node, 'filter'), 'default/web-np')).toBe('');
  });
});

describe('C62/C63 LoadBalancer, externalTrafficPolicy Local, source ranges', () => {
  const state = makeState(
    [
      service('web-local', {
        type: 'LoadBalancer',
        clusterIP: '10.99.88.77',
        ports: [{ name: 'http', port: 80, targetPort: 'http', nodePort: 30081 }],
        externalTrafficPolicy: 'Local',
        healthCheckNodePort: 32001,
        lbIPs: ['192.168.0.181'],
        sourceRanges: ['203.0.113.0/24'],
      }),
    ],
    [slice('web-local', { ports: [{ name: 'http', port: 8080 }], endpoints: WEB_EPS })],
  );
  const H = 'V7ZMVOA2AOW6ATRL';
  const filterCommon = [
    '-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local:http health check node port" -m tcp --dport 32001 -j ACCEPT',
    `-A KUBE-PROXY-FIREWALL -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http traffic not accepted by KUBE-FW-${H}" -m tcp --dport 80 -j DROP`,
  ];
  const natWith = (svl: boolean) =>
    [
      `-A KUBE-EXT-${H} -s 10.244.0.0/16 -m comment --comment "pod traffic for default/web-local:http external destinations" -j KUBE-SVC-${H}`,
      `-A KUBE-EXT-${H} -m comment --comment "masquerade LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-MARK-MASQ`,
      `-A KUBE-EXT-${H} -m comment --comment "route LOCAL traffic for default/web-local:http external destinations" -m addrtype --src-type LOCAL -j KUBE-SVC-${H}`,
      ...(svl ? [`-A KUBE-EXT-${H} -j KUBE-SVL-${H}`] : []),
      `-A KUBE-FW-${H} -s 203.0.113.0/24 -m comment --comment "default/web-local:http loadbalancer IP" -j KUBE-EXT-${H}`,
      `-A KUBE-FW-${H} -m comment --comment "other traffic to default/web-local:http will be dropped by KUBE-PROXY-FIREWALL"`,
      `-A KUBE-NODEPORTS -p tcp -m comment --comment "default/web-local:http" -m tcp --dport 30081 -j KUBE-EXT-${H}`,
      '-A KUBE-SEP-HW5BSW6HZ6OI3FUP -s 10.244.1.5/32 -m comment --comment "default/web-local:http" -j KUBE-MARK-MASQ',
      '-A KUBE-SEP-HW5BSW6HZ6OI3FUP -p tcp -m comment --comment "default/web-local:http" -m tcp -j DNAT --to-destination 10.244.1.5:8080',
      '-A KUBE-SEP-UEZB4TNYO22IOKJS -s 10.244.2.7/32 -m comment --comment "default/web-local:http" -j KUBE-MARK-MASQ',
      '-A KUBE-SEP-UEZB4TNYO22IOKJS -p tcp -m comment --comment "default/web-local:http" -m tcp -j DNAT --to-destination 10.244.2.7:8080',
      `-A KUBE-SERVICES -d 10.99.88.77/32 -p tcp -m comment --comment "default/web-local:http cluster IP" -m tcp --dport 80 -j KUBE-SVC-${H}`,
      `-A KUBE-SERVICES -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http loadbalancer IP" -m tcp --dport 80 -j KUBE-FW-${H}`,
      `-A KUBE-SVC-${H} ! -s 10.244.0.0/16 -d 10.99.88.77/32 -p tcp -m comment --comment "default/web-local:http cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ`,
      `-A KUBE-SVC-${H} -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-HW5BSW6HZ6OI3FUP`,
      `-A KUBE-SVC-${H} -m comment --comment "default/web-local:http -> 10.244.2.7:8080" -j KUBE-SEP-UEZB4TNYO22IOKJS`,
      ...(svl
        ? [
            `-A KUBE-SVL-${H} -m comment --comment "default/web-local:http -> 10.244.1.5:8080" -j KUBE-SEP-HW5BSW6HZ6OI3FUP`,
          ]
        : []),
    ].join('\n');
  const select = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.includes('default/web-local') || l.startsWith(`-A KUBE-EXT-${H} -j`))
      .join('\n');

  it('worker1 (has a local endpoint): KUBE-SVL, no DROP rules', () => {
    expect(grep(iptablesSave(state, 'worker1', 'filter'), 'default/web-local')).toBe(
      filterCommon.join('\n'),
    );
    expect(select(iptablesSave(state, 'worker1', 'nat'))).toBe(natWith(true));
  });

  it('control-plane (no local endpoint): C63 DROP rules, no KUBE-SVL', () => {
    expect(grep(iptablesSave(state, 'control-plane', 'filter'), 'default/web-local')).toBe(
      [
        '-A KUBE-EXTERNAL-SERVICES -d 192.168.0.181/32 -p tcp -m comment --comment "default/web-local:http has no local endpoints" -m tcp --dport 80 -j DROP',
        '-A KUBE-EXTERNAL-SERVICES -p tcp -m comment --comment "default/web-local:http has no local endpoints" -m addrtype --dst-type LOCAL -m tcp --dport 30081 -j DROP',
        ...filterCommon,
      ].join('\n'),
    );
    const nat = iptablesSave(state, 'control-plane', 'nat');
    expect(select(nat)).toBe(natWith(false));
    expect(nat).not.toContain('KUBE-SVL');
  });

  it('a source range containing the node IP also admits the LB IP itself', () => {
    const s2 = makeState(
      [
        service('web-local', {
          type: 'LoadBalancer',
          clusterIP: '10.99.88.77',
          ports: [{ name: 'http', port: 80, nodePort: 30081 }],
          lbIPs: ['192.168.0.181'],
          sourceRanges: ['192.168.0.0/24'],
        }),
      ],
      [slice('web-local', { ports: [{ name: 'http', port: 8080 }], endpoints: WEB_EPS })],
    );
    expect(grep(iptablesSave(s2, 'worker1', 'nat'), /^-A KUBE-FW-/)).toBe(
      [
        `-A KUBE-FW-${H} -s 192.168.0.0/24 -m comment --comment "default/web-local:http loadbalancer IP" -j KUBE-EXT-${H}`,
        `-A KUBE-FW-${H} -s 192.168.0.181/32 -m comment --comment "default/web-local:http loadbalancer IP" -j KUBE-EXT-${H}`,
        `-A KUBE-FW-${H} -m comment --comment "other traffic to default/web-local:http will be dropped by KUBE-PROXY-FIREWALL"`,
      ].join('\n'),
    );
  });
});

describe('C65 sessionAffinity ClientIP', () => {
  const state = makeState(
    [
      service('web-aff', {
        clusterIP: '10.96.77.7',
        ports: [{ port: 80, targetPort: 8080 }],
        affinitySeconds: 10800,
      }),
    ],
    [slice('web-aff', { ports: [{ port: 8080 }], endpoints: WEB_EPS })],
  );
  // The reference lists only the rules *of* the SVC/SEP chains; a literal
  // `grep -E 'KUBE-(SVC|SEP)-'` would also catch the KUBE-SERVICES jump (asserted below).
  it('matches the reference', () => {
    const nat = iptablesSave(state, 'worker2', 'nat');
    expect(grep(grep(nat, /KUBE-(SVC|SEP)-/), /^-A KUBE-SERVICES .*default\/web-aff/)).toBe(
      '-A KUBE-SERVICES -d 10.96.77.7/32 -p tcp -m comment --comment "default/web-aff cluster IP" -m tcp --dport 80 -j KUBE-SVC-TARQYA3RX6TMPCNG',
    );
    const text = grep(grep(nat, /^-A KUBE-(SVC|SEP)-/), 'default/web-aff');
    expect(text)
      .toBe(`-A KUBE-SEP-MNVW6CMCTCN32KB6 -s 10.244.2.7/32 -m comment --comment "default/web-aff" -j KUBE-MARK-MASQ
-A KUBE-SEP-MNVW6CMCTCN32KB6 -p tcp -m comment --comment "default/web-aff" -m recent --set --name KUBE-SEP-MNVW6CMCTCN32KB6 --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.2.7:8080
-A KUBE-SEP-MXD2HMJ45HWK66UH -s 10.244.1.5/32 -m comment --comment "default/web-aff" -j KUBE-MARK-MASQ
-A KUBE-SEP-MXD2HMJ45HWK66UH -p tcp -m comment --comment "default/web-aff" -m recent --set --name KUBE-SEP-MXD2HMJ45HWK66UH --mask 255.255.255.255 --rsource -m tcp -j DNAT --to-destination 10.244.1.5:8080
-A KUBE-SVC-TARQYA3RX6TMPCNG ! -s 10.244.0.0/16 -d 10.96.77.7/32 -p tcp -m comment --comment "default/web-aff cluster IP" -m tcp --dport 80 -j KUBE-MARK-MASQ
-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.1.5:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-MXD2HMJ45HWK66UH --mask 255.255.255.255 --rsource -j KUBE-SEP-MXD2HMJ45HWK66UH
-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.2.7:8080" -m recent --rcheck --seconds 10800 --reap --name KUBE-SEP-MNVW6CMCTCN32KB6 --mask 255.255.255.255 --rsource -j KUBE-SEP-MNVW6CMCTCN32KB6
-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.1.5:8080" -m statistic --mode random --probability 0.50000000000 -j KUBE-SEP-MXD2HMJ45HWK66UH
-A KUBE-SVC-TARQYA3RX6TMPCNG -m comment --comment "default/web-aff -> 10.244.2.7:8080" -j KUBE-SEP-MNVW6CMCTCN32KB6`);
  });
});

describe('headers and table order', () => {
  it('ctime pads the day with a space', () => {
    expect(ctime(Date.UTC(2026, 2, 7, 9, 25, 55))).toBe('Sat Mar  7 09:25:55 2026');
    expect(ctime(Date.UTC(2025, 9, 16, 14, 34, 42))).toBe('Thu Oct 16 14:34:42 2025');
  });

  it('prints mangle, filter then nat, each framed by Generated/COMMIT/Completed', () => {
    const out = iptablesSave(makeState([], []), 'worker1');
    expect(grep(out, /^(#|\*|COMMIT)/)).toBe(
      [
        '# Generated by iptables-save v1.8.9 (nf_tables) on Mon Jun  2 10:00:00 2025',
        '*mangle',
        'COMMIT',
        '# Completed on Mon Jun  2 10:00:00 2025',
        '# Generated by iptables-save v1.8.9 (nf_tables) on Mon Jun  2 10:00:00 2025',
        '*filter',
        'COMMIT',
        '# Completed on Mon Jun  2 10:00:00 2025',
        '# Generated by iptables-save v1.8.9 (nf_tables) on Mon Jun  2 10:00:00 2025',
        '*nat',
        'COMMIT',
        '# Completed on Mon Jun  2 10:00:00 2025',
      ].join('\n'),
    );
    expect(out.endsWith('# Completed on Mon Jun  2 10:00:00 2025\n')).toBe(true);
  });
});
