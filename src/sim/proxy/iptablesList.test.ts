import { describe, expect, it } from 'vitest';
import { iptablesList, iptablesRules } from './iptablesList.ts';
import { makeState, service, slice, WEB_EPS } from './testFixtures.ts';

const state = makeState(
  [
    service('web', {
      clusterIP: '10.96.45.12',
      ports: [{ port: 80, targetPort: 8080 }],
      affinitySeconds: true,
    }),
  ],
  [slice('web', { ports: [{ port: 8080 }], endpoints: WEB_EPS })],
);
const HEADER = 'target     prot opt source               destination         ';

describe('iptables -L', () => {
  it('-t nat -L KUBE-SVC-… -n (affinity, statistic, masquerade)', () => {
    expect(
      iptablesList(state, 'worker1', {
        table: 'nat',
        chain: 'KUBE-SVC-LOLE4ISW44XBNF3G',
        numeric: true,
      }),
    ).toEqual({
      stdout: [
        'Chain KUBE-SVC-LOLE4ISW44XBNF3G (1 references)',
        HEADER,
        'KUBE-MARK-MASQ  tcp  -- !10.244.0.0/16        10.96.45.12          /* default/web cluster IP */ tcp dpt:80',
        'KUBE-SEP-XQWD6PXGZUTOOIVQ  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.1.5:8080 */ recent: CHECK seconds: 10800 reap name: KUBE-SEP-XQWD6PXGZUTOOIVQ side: source mask: 255.255.255.255',
        'KUBE-SEP-CBPCTALQVABL5M2H  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.2.7:8080 */ recent: CHECK seconds: 10800 reap name: KUBE-SEP-CBPCTALQVABL5M2H side: source mask: 255.255.255.255',
        'KUBE-SEP-XQWD6PXGZUTOOIVQ  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.1.5:8080 */ statistic mode random probability 0.50000000000',
        'KUBE-SEP-CBPCTALQVABL5M2H  all  --  0.0.0.0/0            0.0.0.0/0            /* default/web -> 10.244.2.7:8080 */',
        '',
      ].join('\n'),
      stderr: '',
      exitCode: 0,
    });
  });

  it('-t nat -L KUBE-SEP-… -n (hairpin mark, recent set, DNAT)', () => {
    expect(
      iptablesList(state, 'worker1', {
        table: 'nat',
        chain: 'KUBE-SEP-XQWD6PXGZUTOOIVQ',
        numeric: true,
      }).stdout,
    ).toBe(
      [
        'Chain KUBE-SEP-XQWD6PXGZUTOOIVQ (2 references)',
        HEADER,
        'KUBE-MARK-MASQ  all  --  10.244.1.5           0.0.0.0/0            /* default/web */',
        'DNAT       tcp  --  0.0.0.0/0            0.0.0.0/0            /* default/web */ recent: SET name: KUBE-SEP-XQWD6PXGZUTOOIVQ side: source mask: 255.255.255.255 tcp to:10.244.1.5:8080',
        '',
      ].join('\n'),
    );
  });

  it('-t nat -L KUBE-SERVICES without -n prints names', () => {
    expect(iptablesList(state, 'worker1', { table: 'nat', chain: 'KUBE-SERVICES' }).stdout).toBe(
      [
        'Chain KUBE-SERVICES (2 references)',
        HEADER,
        'KUBE-SVC-LOLE4ISW44XBNF3G  tcp  --  anywhere             10.96.45.12          /* default/web cluster IP */ tcp dpt:http',
        'KUBE-NODEPORTS  all  --  anywhere             anywhere             /* kubernetes service nodeports; NOTE: this must be the last rule in this chain */ ADDRTYPE match dst-type LOCAL',
        '',
      ].join('\n'),
    );
  });

  it('-t nat -L -n lists every chain separated by blank lines', () => {
    const out = iptablesList(state, 'worker1', { table: 'nat', numeric: true }).stdout;
    expect(
      out.startsWith(
        [
          'Chain PREROUTING (policy ACCEPT)',
          HEADER,
          'KUBE-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service portals */',
          '',
          'Chain INPUT (policy ACCEPT)',
          HEADER,
          '',
          'Chain OUTPUT (policy ACCEPT)',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(out).toContain(
      [
        'Chain KUBE-POSTROUTING (1 references)',
        HEADER,
        'RETURN     all  --  0.0.0.0/0            0.0.0.0/0            mark match ! 0x4000/0x4000',
        'MARK       all  --  0.0.0.0/0            0.0.0.0/0            MARK xor 0x4000',
        'MASQUERADE  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes service traffic requiring SNAT */ random-fully',
        '',
        'Chain KUBE-PROXY-CANARY (0 references)',
      ].join('\n'),
    );
    expect(out).toContain(
      'Chain KUBE-MARK-MASQ (3 references)\n' +
        HEADER +
        '\nMARK       all  --  0.0.0.0/0            0.0.0.0/0            MARK or 0x4000\n',
    );
    expect(out.endsWith('\n\n')).toBe(false);
  });

  it('-v --line-numbers', () => {
    expect(
      iptablesList(state, 'worker1', {
        table: 'filter',
        chain: 'KUBE-FORWARD',
        numeric: true,
        verbose: true,
        lineNumbers: true,
      }).stdout,
    ).toBe(
      [
        'Chain KUBE-FORWARD (1 references)',
        'num   pkts bytes target     prot opt in     out     source               destination         ',
        '1        0     0 DROP       all  --  *      *       0.0.0.0/0            0.0.0.0/0            ctstate INVALID',
        '2        0     0 ACCEPT     all  --  *      *       0.0.0.0/0            0.0.0.0/0            /* kubernetes forwarding rules */ mark match 0x4000/0x4000',
        '3        0     0 ACCEPT     all  --  *      *       0.0.0.0/0            0.0.0.0/0            /* kubernetes forwarding conntrack rule */ ctstate RELATED,ESTABLISHED',
        '',
      ].join('\n'),
    );
  });

  it('built-in chain with policy and a rule without matches (trailing spaces kept)', () => {
    expect(iptablesList(state, 'worker1', { chain: 'INPUT', numeric: true }).stdout).toBe(
      [
        'Chain INPUT (policy ACCEPT)',
        HEADER,
        'KUBE-PROXY-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes load balancer firewall */',
        'KUBE-NODEPORTS  all  --  0.0.0.0/0            0.0.0.0/0            /* kubernetes health check service ports */',
        'KUBE-EXTERNAL-SERVICES  all  --  0.0.0.0/0            0.0.0.0/0            ctstate NEW /* kubernetes externally-visible service portals */',
        'KUBE-FIREWALL  all  --  0.0.0.0/0            0.0.0.0/0           ',
        '',
      ].join('\n'),
    );
  });

  it('KUBE-FIREWALL: inverted source and conntrack state', () => {
    expect(
      iptablesList(state, 'worker1', { chain: 'KUBE-FIREWALL', numeric: true }).stdout.split(
        '\n',
      )[2],
    ).toBe(
      'DROP       all  -- !127.0.0.0/8          127.0.0.0/8          /* block incoming localnet connections */ ! ctstate RELATED,ESTABLISHED,DNAT',
    );
  });

  it('unknown chain', () => {
    expect(iptablesList(state, 'worker1', { table: 'nat', chain: 'KUBE-NOPE' })).toEqual({
      stdout: '',
      stderr: 'iptables: No chain/target/match by that name.\n',
      exitCode: 1,
    });
  });
});

describe('iptables -S', () => {
  it('one chain', () => {
    expect(iptablesRules(state, 'worker1', { table: 'nat', chain: 'KUBE-SERVICES' }).stdout).toBe(
      [
        '-N KUBE-SERVICES',
        '-A KUBE-SERVICES -d 10.96.45.12/32 -p tcp -m comment --comment "default/web cluster IP" -m tcp --dport 80 -j KUBE-SVC-LOLE4ISW44XBNF3G',
        '-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports; NOTE: this must be the last rule in this chain" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS',
        '',
      ].join('\n'),
    );
  });

  it('whole table: policies, then -N lines, then rules', () => {
    const lines = iptablesRules(state, 'worker1', { table: 'filter' }).stdout.split('\n');
    expect(lines.slice(0, 13)).toEqual([
      '-P INPUT ACCEPT',
      '-P FORWARD ACCEPT',
      '-P OUTPUT ACCEPT',
      '-N FLANNEL-FWD',
      '-N KUBE-EXTERNAL-SERVICES',
      '-N KUBE-FIREWALL',
      '-N KUBE-FORWARD',
      '-N KUBE-KUBELET-CANARY',
      '-N KUBE-NODEPORTS',
      '-N KUBE-PROXY-CANARY',
      '-N KUBE-PROXY-FIREWALL',
      '-N KUBE-SERVICES',
      '-A INPUT -m conntrack --ctstate NEW -m comment --comment "kubernetes load balancer firewall" -j KUBE-PROXY-FIREWALL',
    ]);
  });
});
