import { describe, expect, it } from 'vitest';
import type { SimState } from '../model/state.ts';
import type { Pod } from '../model/types.ts';
import { ipAddr, ipRoute, linkLocal, macFor } from './routes.ts';
import { makeState } from './testFixtures.ts';

function pod(name: string, node: string, ip: string): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace: 'default',
      uid: `uid-${name}`,
      resourceVersion: '1',
      creationTimestamp: '2025-06-02T09:00:00Z',
    },
    spec: { containers: [], nodeName: node, dnsPolicy: 'ClusterFirst', restartPolicy: 'Always' },
    status: { phase: 'Running', podIP: ip, conditions: [] },
  };
}

const withPods = (s: SimState, pods: Pod[]): SimState => ({
  ...s,
  pods: Object.fromEntries(pods.map((p) => [`default/${p.metadata.name}`, p])),
});

describe('ip route (flannel host-gw)', () => {
  it('worker1 with a pod', () => {
    const state = withPods(makeState([], []), [pod('web-1', 'worker1', '10.244.1.5')]);
    expect(ipRoute(state, 'worker1')).toBe(
      [
        'default via 192.168.0.1 dev eth0 proto static ',
        '10.244.0.0/24 via 192.168.0.10 dev eth0 ',
        '10.244.1.0/24 dev cni0 proto kernel scope link src 10.244.1.1 ',
        '10.244.2.0/24 via 192.168.0.12 dev eth0 ',
        '192.168.0.0/24 dev eth0 proto kernel scope link src 192.168.0.11 ',
        '',
      ].join('\n'),
    );
  });
  it('cni0 without any pod is linkdown; unknown node', () => {
    const state = makeState([], []);
    expect(ipRoute(state, 'control-plane')?.split('\n')[1]).toBe(
      '10.244.0.0/24 dev cni0 proto kernel scope link src 10.244.0.1 linkdown ',
    );
    expect(ipRoute(state, 'nope')).toBeUndefined();
  });
});

describe('ip addr', () => {
  it('lo, eth0, cni0 and one veth per pod', () => {
    const state = withPods(makeState([], []), [
      pod('web-1', 'worker1', '10.244.1.5'),
      pod('web-2', 'worker2', '10.244.2.7'),
    ]);
    const out = ipAddr(state, 'worker1') ?? '';
    const lines = out.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
      '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
      '    inet 127.0.0.1/8 scope host lo',
      '       valid_lft forever preferred_lft forever',
    ]);
    expect(lines[6]).toBe(
      '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000',
    );
    expect(lines[7]).toMatch(/^ {4}link\/ether 52:54:00(:[0-9a-f]{2}){3} brd ff:ff:ff:ff:ff:ff$/);
    expect(lines[8]).toBe('    inet 192.168.0.11/24 brd 192.168.0.255 scope global eth0');
    expect(lines[12]).toBe(
      '3: cni0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000',
    );
    expect(lines[14]).toBe('    inet 10.244.1.1/24 brd 10.244.1.255 scope global cni0');
    expect(lines[18]).toMatch(
      /^4: veth[0-9a-f]{8}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master cni0 state UP group default qlen 1000$/,
    );
    expect(lines[19]).toMatch(
      / link-netns cni-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(lines.filter((l) => /^\d+: /.test(l))).toHaveLength(4);
    expect(ipAddr(state, 'worker1')).toBe(out);
  });
  it('EUI-64 link-local address', () => {
    expect(linkLocal([0x52, 0x54, 0x00, 0x12, 0x34, 0x0b])).toBe('fe80::5054:ff:fe12:340b/64');
    expect(macFor('x', [0x52, 0x54, 0x00]).slice(0, 3)).toEqual([0x52, 0x54, 0x00]);
    expect((macFor('x')[0] ?? 0) & 3).toBe(2);
  });
});
