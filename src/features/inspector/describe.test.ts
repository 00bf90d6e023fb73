import { describe, expect, it } from 'vitest';
import type { Hop, Trace } from '../../sim/index.ts';
import { changes, formatMs, outcomeOf, rewriteLabel, spread } from './describe.ts';

const hop = (over: Partial<Hop>): Hop => ({
  action: 'send',
  before: { src: '10.0.0.1:1000', dst: '10.96.0.5:80' },
  after: { src: '10.0.0.1:1000', dst: '10.96.0.5:80' },
  crossNode: false,
  latencyMs: 0,
  explain: '',
  ...over,
});

const trace = (over: Partial<Trace>): Trace => ({
  request: { from: 'client', to: 'x:80', protocol: 'TCP' },
  outcome: 'delivered',
  hops: [hop({ node: 'node3', action: 'reject' })],
  totalMs: 1,
  ...over,
});

describe('outcomeOf', () => {
  it.each([
    [
      trace({ pod: 'default/web-1', clientAddress: '192.168.0.13:6000' }),
      { key: 'inspector.outcome.pod', params: { pod: 'web-1', client: '192.168.0.13:6000' } },
    ],
    [
      trace({ pod: 'other/web-1', clientAddress: '1.2.3.4:5' }),
      { key: 'inspector.outcome.pod', params: { pod: 'other/web-1', client: '1.2.3.4:5' } },
    ],
    [
      trace({ server: 'google.com', clientAddress: '203.0.113.10:9' }),
      {
        key: 'inspector.outcome.server',
        params: { server: 'google.com', client: '203.0.113.10:9' },
      },
    ],
    [
      trace({ outcome: 'refused' }),
      { key: 'inspector.outcome.refused', params: { place: 'node3' } },
    ],
    [
      trace({ outcome: 'timeout' }),
      { key: 'inspector.outcome.timeout', params: { place: 'node3' } },
    ],
    [
      trace({ outcome: 'nxdomain', resolved: { name: 'nope.default.svc', addresses: [] } }),
      { key: 'inspector.outcome.nxdomain', params: { name: 'nope.default.svc' } },
    ],
    [
      trace({ outcome: 'refused', error: 'pod "x" not found' }),
      { key: 'inspector.outcome.error', params: { error: 'pod "x" not found' } },
    ],
  ])('%#', (t, want) => {
    expect(outcomeOf(t)).toEqual(want);
  });
});

describe('rewrites', () => {
  it('names what a hop changed', () => {
    const dnat = hop({ action: 'dnat', after: { src: '10.0.0.1:1000', dst: '10.244.1.2:8080' } });
    expect(changes(dnat)).toEqual(['dst']);
    expect(rewriteLabel(dnat, 'dst')).toBe('DNAT');
    const snat = hop({ action: 'snat', after: { src: '192.168.0.13:6000', dst: '10.96.0.5:80' } });
    expect(changes(snat)).toEqual(['src']);
    expect(rewriteLabel(snat, 'src')).toBe('SNAT');
    expect(rewriteLabel(hop({ action: 'dns' }), 'dst')).toBe('DNS');
    expect(rewriteLabel(hop({ action: 'reply' }), 'src')).toBe('conntrack');
    expect(changes(hop({}))).toEqual([]);
  });
});

describe('formatting', () => {
  it.each([
    [0.05, '0.05'],
    [1.45, '1.4'],
    [3, '3.0'],
    [21.4, '21'],
  ])('formatMs(%s) = %s', (ms, want) => expect(formatMs(ms)).toBe(want));

  it('spread counts answering pods, most first', () => {
    const t = (pod?: string, outcome: Trace['outcome'] = 'delivered') =>
      trace({ outcome, ...(pod ? { pod } : {}) });
    expect(
      spread([t('default/a'), t('default/b'), t('default/b'), t(undefined, 'timeout')]),
    ).toEqual([
      ['b', 2],
      ['a', 1],
      ['timeout', 1],
    ]);
  });
});
