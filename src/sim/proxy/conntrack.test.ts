import { describe, expect, it } from 'vitest';
import type { ConntrackEntry } from '../model/state.ts';
import { conntrackList } from './conntrack.ts';
import { makeState, NOW } from './testFixtures.ts';

const entry = (
  node: string,
  protocol: 'tcp' | 'udp',
  state: ConntrackEntry['state'],
  agoSeconds: number,
  orig: [string, number, string, number],
  reply: [string, number, string, number],
): ConntrackEntry => ({
  node,
  protocol,
  state,
  at: NOW - agoSeconds * 1000,
  orig: { src: orig[0], sport: orig[1], dst: orig[2], dport: orig[3] },
  reply: { src: reply[0], sport: reply[1], dst: reply[2], dport: reply[3] },
});

const conntrack = [
  entry(
    'worker1',
    'tcp',
    'TIME_WAIT',
    3,
    ['10.244.1.9', 43210, '10.96.45.12', 80],
    ['10.244.2.7', 8080, '10.244.1.9', 43210],
  ),
  entry(
    'worker1',
    'udp',
    'ESTABLISHED',
    4,
    ['10.244.1.9', 51000, '10.96.0.10', 53],
    ['10.244.0.4', 53, '10.244.1.9', 51000],
  ),
  entry(
    'worker1',
    'tcp',
    'SYN_SENT',
    2,
    ['203.0.113.50', 50000, '192.168.0.11', 30081],
    ['192.168.0.11', 30081, '203.0.113.50', 50000],
  ),
  entry(
    'worker1',
    'tcp',
    'ESTABLISHED',
    10,
    ['203.0.113.50', 50001, '192.168.0.11', 30080],
    ['10.244.2.7', 8080, '192.168.0.11', 61234],
  ),
  entry(
    'worker1',
    'tcp',
    'TIME_WAIT',
    200,
    ['10.244.1.9', 40000, '10.96.45.12', 80],
    ['10.244.2.7', 8080, '10.244.1.9', 40000],
  ),
  entry(
    'worker2',
    'tcp',
    'TIME_WAIT',
    1,
    ['10.244.2.9', 40001, '10.96.45.12', 80],
    ['10.244.1.5', 8080, '10.244.2.9', 40001],
  ),
];

describe('conntrack -L', () => {
  const state = makeState([], [], { conntrack });
  it('lists live entries of the node, summary on stderr', () => {
    expect(conntrackList(state, 'worker1')).toEqual({
      stdout: [
        'tcp      6 117 TIME_WAIT src=10.244.1.9 dst=10.96.45.12 sport=43210 dport=80 src=10.244.2.7 dst=10.244.1.9 sport=8080 dport=43210 [ASSURED] mark=0 use=1',
        'udp      17 26 src=10.244.1.9 dst=10.96.0.10 sport=51000 dport=53 src=10.244.0.4 dst=10.244.1.9 sport=53 dport=51000 mark=0 use=1',
        'tcp      6 118 SYN_SENT src=203.0.113.50 dst=192.168.0.11 sport=50000 dport=30081 [UNREPLIED] src=192.168.0.11 dst=203.0.113.50 sport=30081 dport=50000 mark=0 use=1',
        'tcp      6 86390 ESTABLISHED src=203.0.113.50 dst=192.168.0.11 sport=50001 dport=30080 src=10.244.2.7 dst=192.168.0.11 sport=8080 dport=61234 [ASSURED] mark=0 use=1',
        '',
      ].join('\n'),
      stderr: 'conntrack v1.4.7 (conntrack-tools): 4 flow entries have been shown.\n',
      exitCode: 0,
    });
  });
  it('filters by protocol and original destination', () => {
    expect(conntrackList(state, 'worker1', { protocol: 'udp' }).stdout.split('\n').length).toBe(2);
    expect(conntrackList(state, 'worker1', { dst: '192.168.0.11' }).stderr).toBe(
      'conntrack v1.4.7 (conntrack-tools): 2 flow entries have been shown.\n',
    );
    expect(conntrackList(state, 'control-plane')).toEqual({
      stdout: '',
      stderr: 'conntrack v1.4.7 (conntrack-tools): 0 flow entries have been shown.\n',
      exitCode: 0,
    });
  });
});
