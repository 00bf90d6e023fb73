import { describe, expect, it } from 'vitest';
import type { Trace } from '../sim/index.ts';
import { answerFrom, answerMatches, selectHop } from './quiz.ts';

const hop = (action: Trace['hops'][number]['action'], dst: string, extra = {}) => ({
  action,
  before: { src: '203.0.113.10:40000', dst },
  after: { src: '192.168.0.13:50000', dst },
  crossNode: false,
  latencyMs: 0,
  explain: '',
  ...extra,
});

const trace: Trace = {
  request: { from: 'client', to: 'node3:30001', protocol: 'TCP' },
  outcome: 'delivered',
  totalMs: 3,
  hops: [
    hop('send', '192.168.0.13:30001', { place: 'client' }),
    hop('dnat', '10.244.1.2:8080', { node: 'node3' }),
    hop('forward', '10.244.1.2:8080', { node: 'node3', crossNode: true, latencyMs: 0.4 }),
    hop('deliver', '10.244.1.2:8080', { node: 'node1' }),
  ],
};

describe('quiz answers', () => {
  it.each([
    [{ action: 'dnat' as const }, 1],
    [{ action: 'forward' as const, crossNode: true }, 2],
    [{ action: 'forward' as const, crossNode: false }, -1],
    [{ action: 'deliver' as const, node: 'node1' }, 3],
    [{ action: 'dnat' as const, nth: 1 }, -1],
  ])('selectHop(%j) = %i', (sel, index) => {
    expect(selectHop(trace, sel)).toBe(index);
  });

  it.each([
    ['dst', '10.244.1.2:8080'],
    ['dstIP', '10.244.1.2'],
    ['dstPort', '8080'],
    ['srcIP', '192.168.0.13'],
    ['node', 'node3'],
  ] as const)('reads %s after the hop', (field, answer) => {
    expect(answerFrom(trace, { action: 'dnat' }, field)).toEqual({ hopIndex: 1, answer });
  });

  it.each([
    ['0.4', '0.4', 'latencyMs', true],
    [' 0.40 ms', '0.4', 'latencyMs', true],
    ['1', '0.4', 'latencyMs', false],
    ['10.244.1.2:8080', '10.244.1.2:8080', 'dst', true],
    ['10.244.1.2', '10.244.1.2:8080', 'dst', false],
    ['32083', '32083', 'dstPort', true],
  ] as const)('answerMatches(%j, %j, %s) = %s', (given, expected, field, ok) => {
    expect(answerMatches(given, expected, field)).toBe(ok);
  });
});
