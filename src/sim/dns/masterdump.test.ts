import { describe, expect, it } from 'vitest';
import { indent, questionLine, recordLine } from './masterdump.ts';
import type { DnsRecord } from './types.ts';

const rr = (name: string, type: DnsRecord['type'], data: string, ttl = 30): DnsRecord => ({
  name,
  ttl,
  type,
  data,
});

// Every expected line below was printed by dig 9.18 (bind9-dnsutils) for the same record.
describe('dig column layout (masterdump indent)', () => {
  it.each([
    // The article's ExternalName answer: a tab after the long owner, then single spaces.
    [
      rr('externalname-service.default.svc.cluster.local.', 'CNAME', 'google.com.'),
      'externalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.',
    ],
    [rr('google.com.', 'A', '172.217.161.238'), 'google.com.\t\t30\tIN\tA\t172.217.161.238'],
    // The article's headless answer: all single spaces.
    [
      rr('headless-service.default.svc.cluster.local.', 'A', '10.244.189.76'),
      'headless-service.default.svc.cluster.local. 30 IN A 10.244.189.76',
    ],
    [
      rr('web.default.svc.cluster.local.', 'A', '10.96.45.12'),
      'web.default.svc.cluster.local. 30 IN\tA\t10.96.45.12',
    ],
    [
      rr(
        'cluster.local.',
        'SOA',
        'ns.dns.cluster.local. hostmaster.cluster.local. 1735689600 7200 1800 86400 30',
      ),
      'cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1735689600 7200 1800 86400 30',
    ],
    [
      rr('dns-version.cluster.local.', 'TXT', '"1.1.0"'),
      'dns-version.cluster.local. 30\tIN\tTXT\t"1.1.0"',
    ],
    [
      rr('12.45.96.10.in-addr.arpa.', 'PTR', 'web.default.svc.cluster.local.'),
      '12.45.96.10.in-addr.arpa. 30\tIN\tPTR\tweb.default.svc.cluster.local.',
    ],
    [
      rr('www.google.com.', 'A', '172.217.161.238', 300),
      'www.google.com.\t\t300\tIN\tA\t172.217.161.238',
    ],
    [
      rr(
        '.',
        'SOA',
        'a.root-servers.net. nstld.verisign-grs.com. 2025010100 1800 900 604800 86400',
        86400,
      ),
      '.\t\t\t86400\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2025010100 1800 900 604800 86400',
    ],
    [
      rr(
        '_http._tcp.web-headless.default.svc.cluster.local.',
        'SRV',
        '0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
      ),
      '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
    ],
  ])('%o', (record, line) => {
    expect(recordLine(record)).toBe(line);
  });

  it.each([
    ['web.default.svc.cluster.local.', 'A', ';web.default.svc.cluster.local.\tIN\tA'],
    [
      'externalname-service.default.svc.cluster.local.',
      'A',
      ';externalname-service.default.svc.cluster.local.\tIN A',
    ],
    [
      'headless-service.default.svc.cluster.local.',
      'A',
      ';headless-service.default.svc.cluster.local. IN A',
    ],
    ['google.com.', 'A', ';google.com.\t\t\tIN\tA'],
    [
      '_http._tcp.web-headless.default.svc.cluster.local.',
      'SRV',
      ';_http._tcp.web-headless.default.svc.cluster.local. IN SRV',
    ],
    ['web.default.svc.cluster.local.', 'AAAA', ';web.default.svc.cluster.local.\tIN\tAAAA'],
  ])('question %s %s', (name, type, line) => {
    expect(questionLine(name, type)).toBe(line);
  });

  it('indents with tabs to the column, then spaces, and at least one character', () => {
    expect(indent(11, 24)).toEqual({ text: '\t\t', column: 24 });
    expect(indent(30, 24)).toEqual({ text: ' ', column: 31 });
    expect(indent(47, 24)).toEqual({ text: '\t', column: 48 });
    expect(indent(33, 40)).toEqual({ text: '\t', column: 40 });
  });
});
