import { describe, expect, it } from 'vitest';
import type { KubeEvent } from '../../model/types.ts';
import { tabbedString } from './describe-writer.ts';
import { EVENT_TTL_MS, describeEvents } from './events.ts';

const T = Date.parse('2025-01-01T00:00:00Z');
const at = (ms: number) => new Date(T + ms).toISOString().replace('.000Z', 'Z');

const event = (first: number, last: number, count: number): KubeEvent => ({
  involved: { kind: 'Service', namespace: 'default', name: 'web-lb', uid: 'u' },
  type: 'Normal',
  reason: 'IPAllocated',
  message: 'Assigned IP ["192.168.0.180"]',
  source: 'metallb-controller',
  firstTimestamp: at(first),
  lastTimestamp: at(last),
  count,
});

const render = (events: KubeEvent[], now: number) =>
  tabbedString((w) => describeEvents(w, events, T + now));

describe('describeEvents and the API server’s --event-ttl (1h)', () => {
  it('lists an event until its last update is an hour old', () => {
    expect(render([event(0, 0, 1)], EVENT_TTL_MS - 1000)).toBe(
      'Events:\n' +
        '  Type    Reason       Age   From                Message\n' +
        '  ----    ------       ----  ----                -------\n' +
        '  Normal  IPAllocated  59m   metallb-controller  Assigned IP ["192.168.0.180"]\n',
    );
  });

  it('prints <none> once every event has expired', () => {
    expect(render([event(0, 0, 1)], EVENT_TTL_MS)).toBe('Events:  <none>\n');
  });

  it('a repeated event lives on from its last occurrence', () => {
    const e = event(0, 50 * 60 * 1000, 3);
    expect(render([e, event(0, 0, 1)], 70 * 60 * 1000)).toBe(
      'Events:\n' +
        '  Type    Reason       Age                From                Message\n' +
        '  ----    ------       ----               ----                -------\n' +
        '  Normal  IPAllocated  20m (x3 over 70m)  metallb-controller  Assigned IP ["192.168.0.180"]\n',
    );
  });
});
