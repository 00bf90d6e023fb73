import { describe, expect, it } from 'vitest';
import type { DnsRecord, DnsResponse } from './types.ts';
import { encodeResponse, messageSize } from './wire.ts';

const rr = (name: string, type: DnsRecord['type'], data: string, ttl = 30): DnsRecord => ({
  name,
  ttl,
  type,
  data,
});
const soa = rr(
  'cluster.local.',
  'SOA',
  'ns.dns.cluster.local. hostmaster.cluster.local. 1735689600 7200 1800 86400 30',
);

function coredns(
  name: string,
  type: DnsRecord['type'],
  parts: Partial<DnsResponse> = {},
): DnsResponse {
  return {
    rcode: 'NOERROR',
    aa: true,
    ra: false,
    question: { name, type },
    answers: [],
    authority: [],
    additional: [],
    server: '10.96.0.10',
    opt: { udpSize: 1232, echoCookie: true },
    compressed: false,
    ...parts,
  };
}

const resolver = (r: DnsResponse): DnsResponse => ({
  ...r,
  aa: false,
  ra: true,
  compressed: true,
  opt: { udpSize: 1232, echoCookie: false },
});

// `MSG SIZE  rcvd` that dig 9.18 printed for these replies served over UDP.
describe('messageSize', () => {
  it.each<[string, DnsResponse, number]>([
    [
      'ClusterIP A (uncompressed, echoed cookie)',
      coredns('web.default.svc.cluster.local.', 'A', {
        answers: [rr('web.default.svc.cluster.local.', 'A', '10.96.45.12')],
      }),
      115,
    ],
    [
      'ExternalName CNAME + A (the article)',
      coredns('externalname-service.default.svc.cluster.local.', 'A', {
        answers: [
          rr('externalname-service.default.svc.cluster.local.', 'CNAME', 'google.com.'),
          rr('google.com.', 'A', '172.217.161.238'),
        ],
      }),
      183,
    ],
    [
      'headless, two A (the article)',
      coredns('headless-service.default.svc.cluster.local.', 'A', {
        answers: [
          rr('headless-service.default.svc.cluster.local.', 'A', '10.244.189.76'),
          rr('headless-service.default.svc.cluster.local.', 'A', '10.244.235.175'),
        ],
      }),
      199,
    ],
    [
      'NXDOMAIN + SOA',
      coredns('nope.default.svc.cluster.local.', 'A', { rcode: 'NXDOMAIN', authority: [soa] }),
      164,
    ],
    ['NODATA + SOA', coredns('web.default.svc.cluster.local.', 'AAAA', { authority: [soa] }), 163],
    [
      'SRV with additional A',
      coredns('_http._tcp.web-headless.default.svc.cluster.local.', 'SRV', {
        answers: [
          rr(
            '_http._tcp.web-headless.default.svc.cluster.local.',
            'SRV',
            '0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
          ),
          rr(
            '_http._tcp.web-headless.default.svc.cluster.local.',
            'SRV',
            '0 50 8080 10-244-2-7.web-headless.default.svc.cluster.local.',
          ),
        ],
        additional: [
          rr('10-244-1-5.web-headless.default.svc.cluster.local.', 'A', '10.244.1.5'),
          rr('10-244-2-7.web-headless.default.svc.cluster.local.', 'A', '10.244.2.7'),
        ],
      }),
      456,
    ],
    [
      'TXT dns-version',
      coredns('dns-version.cluster.local.', 'TXT', {
        answers: [rr('dns-version.cluster.local.', 'TXT', '"1.1.0"')],
      }),
      109,
    ],
    [
      'PTR',
      coredns('12.45.96.10.in-addr.arpa.', 'PTR', {
        answers: [rr('12.45.96.10.in-addr.arpa.', 'PTR', 'web.default.svc.cluster.local.')],
      }),
      132,
    ],
    [
      'resolver A, compressed',
      resolver(
        coredns('www.google.com.', 'A', {
          answers: [rr('www.google.com.', 'A', '172.217.161.238', 300)],
        }),
      ),
      59,
    ],
    [
      'resolver NXDOMAIN with root SOA, compressed',
      resolver(
        coredns('nxd.example.', 'A', {
          rcode: 'NXDOMAIN',
          authority: [
            rr(
              '.',
              'SOA',
              'a.root-servers.net. nstld.verisign-grs.com. 2025010100 1800 900 604800 86400',
              86400,
            ),
          ],
        }),
      ),
      115,
    ],
  ])('%s', (_label, response, size) => {
    expect(messageSize(response)).toBe(size);
  });

  it('writes the header flags and counts', () => {
    const r = coredns('web.default.svc.cluster.local.', 'A', {
      answers: [rr('web.default.svc.cluster.local.', 'A', '10.96.45.12')],
    });
    const b = encodeResponse(r, { id: 0x1234, clientCookie: new Uint8Array(8) });
    expect([...b.subarray(0, 12)]).toEqual([0x12, 0x34, 0x85, 0x00, 0, 1, 0, 1, 0, 0, 0, 1]);
  });
});
