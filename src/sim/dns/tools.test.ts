import { describe, expect, it } from 'vitest';
import { formatHost } from './host.ts';
import { formatNslookup } from './nslookup.ts';
import { dnsCluster } from './testing.ts';

const state = dnsCluster();
const text = (...lines: string[]) => `${lines.join('\n')}\n`;
const GR = ';; Got recursion not available from 10.96.0.10';
const HEADER = ['Server:\t\t10.96.0.10', 'Address:\t10.96.0.10#53', ''];
const ns = (
  name: string,
  extra: { type?: 'A' | 'AAAA' | 'SRV' | 'PTR'; server?: string } = {},
  from = 'pod/netshoot',
  s = state,
) => formatNslookup(s, from, { name, ...extra }, 1);

// Sequences and wording follow nslookup/host 9.18 against a server replaying CoreDNS's replies: one
// "Got recursion not available" per reply without RA when the server came from resolv.conf.
describe('nslookup (bind9 9.18)', () => {
  it('C57: web.other resolves through the second search domain', () => {
    expect(ns('web.other').output).toBe(
      text(GR, GR, ...HEADER, 'Name:\tweb.other.svc.cluster.local', 'Address: 10.100.1.1', GR, ''),
    );
  });

  it('a forwarded name is a non-authoritative answer after three search misses', () => {
    const r = ns('google.com');
    expect(r.output).toBe(
      text(
        GR,
        GR,
        GR,
        ...HEADER,
        'Non-authoritative answer:',
        'Name:\tgoogle.com',
        'Address: 172.217.161.238',
        '',
      ),
    );
    expect(r.exitCode).toBe(0);
  });

  it('ExternalName: canonical name line, then the target address', () => {
    expect(ns('externalname-service').output).toBe(
      text(
        GR,
        ...HEADER,
        'externalname-service.default.svc.cluster.local\tcanonical name = google.com.',
        'Name:\tgoogle.com',
        'Address: 172.217.161.238',
        '',
      ),
    );
  });

  it('headless Service: one Name/Address pair per endpoint', () => {
    const out = ns('web-headless').output;
    expect(out).toContain('Name:\tweb-headless.default.svc.cluster.local\nAddress: 10.244.1.5\n');
    expect(out).toContain('Name:\tweb-headless.default.svc.cluster.local\nAddress: 10.244.2.7\n');
  });

  it('NXDOMAIN names the lookup as typed and exits 1', () => {
    const r = ns('nope');
    expect(r.output).toBe(text(GR, GR, GR, ...HEADER, "** server can't find nope: NXDOMAIN", ''));
    expect(r.exitCode).toBe(1);
  });

  it('a server on the command line: same search, no recursion lines', () => {
    expect(ns('web', { server: '10.96.0.10' }).output).toBe(
      text(...HEADER, 'Name:\tweb.default.svc.cluster.local', 'Address: 10.96.45.12', ''),
    );
  });

  it('no answer of the asked type', () => {
    expect(ns('web', { type: 'AAAA', server: '10.96.0.10' }).output).toBe(
      text(...HEADER, "*** Can't find web: No answer", ''),
    );
  });

  it('reverse lookups print no server header', () => {
    expect(ns('10.96.45.12').output).toBe(
      text(GR, '12.45.96.10.in-addr.arpa\tname = web.default.svc.cluster.local.', ''),
    );
  });

  it('SRV', () => {
    expect(ns('_http._tcp.multi', { type: 'SRV' }).output).toBe(
      text(
        GR,
        ...HEADER,
        '_http._tcp.multi.default.svc.cluster.local\tservice = 0 100 80 multi.default.svc.cluster.local.',
        '',
      ),
    );
  });

  it('from a node: the LAN resolver, which does not know cluster names', () => {
    expect(ns('web.default.svc.cluster.local', {}, 'node/node1').output).toBe(
      text(
        'Server:\t\t192.168.0.1',
        'Address:\t192.168.0.1#53',
        '',
        "** server can't find web.default.svc.cluster.local: NXDOMAIN",
        '',
      ),
    );
  });

  it('no DNS pods: timeouts', () => {
    const { ['kube-system/kube-dns']: _gone, ...rest } = state.services;
    const r = ns('web', {}, 'pod/netshoot', dnsCluster({ services: rest }));
    expect(r.output).toBe(
      text(
        ';; communications error to 10.96.0.10#53: timed out',
        ';; communications error to 10.96.0.10#53: timed out',
        ';; communications error to 10.96.0.10#53: timed out',
        ';; no servers could be reached',
        '',
      ),
    );
    expect(r.exitCode).toBe(1);
  });
});

describe('host (bind9 9.18)', () => {
  const host = (name: string, extra: { type?: 'AAAA' | 'SRV'; server?: string } = {}) =>
    formatHost(state, 'pod/netshoot', { name, ...extra }, 1);

  it.each([
    ['web', 'web.default.svc.cluster.local has address 10.96.45.12\n'],
    [
      'externalname-service',
      'externalname-service.default.svc.cluster.local is an alias for google.com.\ngoogle.com has address 172.217.161.238\n',
    ],
    [
      '10.96.45.12',
      '12.45.96.10.in-addr.arpa domain name pointer web.default.svc.cluster.local.\n',
    ],
    ['nope', 'Host nope not found: 3(NXDOMAIN)\n'],
    [
      'db-ext',
      'db-ext.default.svc.cluster.local is an alias for my.database.example.com.\nHost my.database.example.com not found: 3(NXDOMAIN)\nHost my.database.example.com not found: 3(NXDOMAIN)\n',
    ],
  ])('host %s', (name, out) => {
    expect(host(name).output).toBe(out);
  });

  it('typed lookups and an explicit server', () => {
    expect(host('web', { type: 'AAAA' }).output).toBe(
      'web.default.svc.cluster.local has no AAAA record\n',
    );
    expect(host('_http._tcp.multi', { type: 'SRV' }).output).toBe(
      '_http._tcp.multi.default.svc.cluster.local has SRV record 0 100 80 multi.default.svc.cluster.local.\n',
    );
    expect(host('web', { server: '10.96.0.10' }).output).toBe(
      text(
        'Using domain server:',
        'Name: 10.96.0.10',
        'Address: 10.96.0.10#53',
        'Aliases: ',
        '',
        'web.default.svc.cluster.local has address 10.96.45.12',
      ),
    );
    expect(host('nope').exitCode).toBe(1);
  });
});
