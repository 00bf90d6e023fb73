import { describe, expect, it } from 'vitest';
import { runDig } from './dig.ts';
import { parseDigArgs } from './digArgs.ts';
import { digDate, formatDig } from './digFormat.ts';
import { dnsCluster, slice } from './testing.ts';

const state = dnsCluster();
const dig = (args: string[], rng = 1, from = 'pod/netshoot') => runDig(state, from, args, rng);
const text = (...lines: string[]) => `${lines.join('\n')}\n`;

// Layout, sizes and flags were checked line by line against dig 9.18 receiving the same replies.
describe('dig from a pod (netshoot in default)', () => {
  it('reproduces the article: ExternalName CNAME plus the A record of google.com', () => {
    expect(dig(['externalname-service.default.svc.cluster.local']).output).toBe(
      text(
        '',
        '; <<>> DiG 9.18.28 <<>> externalname-service.default.svc.cluster.local',
        ';; global options: +cmd',
        ';; Got answer:',
        ';; WARNING: .local is reserved for Multicast DNS',
        ';; You are currently testing what happens when an mDNS query is leaked to DNS',
        ';; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 41095',
        ';; flags: qr aa rd; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1',
        ';; WARNING: recursion requested but not available',
        '',
        ';; OPT PSEUDOSECTION:',
        '; EDNS: version: 0, flags:; udp: 1232',
        '; COOKIE: 5c8a44886955f032 (echoed)',
        ';; QUESTION SECTION:',
        ';externalname-service.default.svc.cluster.local.\tIN A',
        '',
        ';; ANSWER SECTION:',
        'externalname-service.default.svc.cluster.local.\t30 IN CNAME google.com.',
        'google.com.\t\t30\tIN\tA\t172.217.161.238',
        '',
        ';; Query time: 0 msec',
        ';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)',
        ';; WHEN: Wed Jan 01 00:00:00 UTC 2025',
        ';; MSG SIZE  rcvd: 183',
        '',
      ),
    );
  });

  it('reproduces the article: two A records for the headless Service', () => {
    const out = dig(['headless-service.default.svc.cluster.local']).output;
    expect(out).toContain(
      text(
        ';; ANSWER SECTION:',
        'headless-service.default.svc.cluster.local. 30 IN A 10.244.189.76',
        'headless-service.default.svc.cluster.local. 30 IN A 10.244.235.175',
        '',
        ';; Query time: 0 msec',
      ),
    );
    expect(out).toContain(';; MSG SIZE  rcvd: 199\n');
  });

  it('C51: +noall +answer prints only the answer lines', () => {
    const out = dig(['+noall', '+answer', 'web-headless.default.svc.cluster.local']).output;
    expect(out.split('\n').sort()).toEqual([
      '',
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.1.5',
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.2.7',
    ]);
  });

  it('C53: SRV answer lines, and +short for the target', () => {
    expect(
      dig(['+noall', '+answer', 'SRV', '_http._tcp.web-headless.default.svc.cluster.local']).output,
    ).toBe(
      text(
        '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
        '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-2-7.web-headless.default.svc.cluster.local.',
      ),
    );
    expect(dig(['+short', '10-244-1-5.web-headless.default.svc.cluster.local']).output).toBe(
      '10.244.1.5\n',
    );
  });

  it('C55: NXDOMAIN with the SOA in AUTHORITY', () => {
    const out = dig(['nope.default.svc.cluster.local']).output;
    expect(out).toContain(
      text(
        ';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: 41095',
        ';; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1',
      ),
    );
    expect(out).toContain(
      text(
        ';; AUTHORITY SECTION:',
        'cluster.local.\t\t30\tIN\tSOA\tns.dns.cluster.local. hostmaster.cluster.local. 1735689600 7200 1800 86400 30',
        '',
      ),
    );
    expect(out).toContain(';; MSG SIZE  rcvd: 164\n');
  });

  it('C55: AAAA of an IPv4 Service is NOERROR with no answer and the SOA', () => {
    const out = dig(['AAAA', 'web.default.svc.cluster.local']).output;
    expect(out).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n');
    expect(out).toContain('status: NOERROR');
    expect(out).toContain(';web.default.svc.cluster.local.\tIN\tAAAA\n');
  });

  it('does not use the search list without +search: a short name goes upstream and fails', () => {
    const out = dig(['externalname-service']).output;
    expect(out).toContain(';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN');
    expect(out).toContain(';; flags: qr rd ra; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n');
    expect(out).toContain(';externalname-service.\t\tIN\tA\n');
    expect(dig(['+short', '+search', 'externalname-service']).output).toBe(
      'google.com.\n172.217.161.238\n',
    );
    expect(dig(['+search', 'web']).output).toContain(';web.default.svc.cluster.local.\tIN\tA\n');
  });

  it('forwarded answers carry qr rd ra, no cookie and the upstream round trip', () => {
    expect(dig(['google.com']).output).toContain(
      text(
        ';; flags: qr rd ra; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1',
        '',
        ';; OPT PSEUDOSECTION:',
        '; EDNS: version: 0, flags:; udp: 1232',
        ';; QUESTION SECTION:',
        ';google.com.\t\t\tIN\tA',
        '',
        ';; ANSWER SECTION:',
        'google.com.\t\t30\tIN\tA\t172.217.161.238',
        '',
        ';; Query time: 40 msec',
      ),
    );
  });

  it('@server and -x: `; (1 server found)` and the PTR of a ClusterIP', () => {
    const out = dig(['@10.96.0.10', '-x', '10.96.45.12']).output;
    expect(out).toContain(
      text(
        '; <<>> DiG 9.18.28 <<>> @10.96.0.10 -x 10.96.45.12',
        '; (1 server found)',
        ';; global options: +cmd',
      ),
    );
    expect(out).toContain(
      '12.45.96.10.in-addr.arpa. 30\tIN\tPTR\tweb.default.svc.cluster.local.\n',
    );
  });

  it('times out when kube-dns is gone, and is refused when it has no ready endpoint', () => {
    const { ['kube-system/kube-dns']: _gone, ...rest } = state.services;
    const noSvc = runDig(
      dnsCluster({ services: rest }),
      'pod/netshoot',
      ['web.default.svc.cluster.local'],
      1,
    );
    expect(noSvc.output).toBe(
      text(
        ';; communications error to 10.96.0.10#53: timed out',
        ';; communications error to 10.96.0.10#53: timed out',
        ';; communications error to 10.96.0.10#53: timed out',
        '',
        '; <<>> DiG 9.18.28 <<>> web.default.svc.cluster.local',
        ';; global options: +cmd',
        ';; no servers could be reached',
      ),
    );
    expect(noSvc.exitCode).toBe(9);
    const unready = dnsCluster({
      endpointSlices: {
        ...state.endpointSlices,
        'kube-system/kube-dns-abcde': slice('kube-system', 'kube-dns', [], null),
      },
    });
    expect(runDig(unready, 'pod/netshoot', ['+short', 'web'], 1).output).toBe(
      text(
        ';; communications error to 10.96.0.10#53: connection refused',
        ';; communications error to 10.96.0.10#53: connection refused',
        ';; communications error to 10.96.0.10#53: connection refused',
        ';; no servers could be reached',
      ),
    );
  });

  it('from a node the resolver is the LAN router, which knows no cluster names', () => {
    const out = dig(['web.default.svc.cluster.local'], 1, 'node/node1').output;
    expect(out).toContain('status: NXDOMAIN');
    expect(out).toContain(';; SERVER: 192.168.0.1#53(192.168.0.1) (UDP)\n');
    expect(out).toContain(
      '.\t\t\t86400\tIN\tSOA\ta.root-servers.net. nstld.verisign-grs.com. 2025010100 1800 900 604800 86400\n',
    );
  });

  it('+nocmd drops the banner; +nocomments keeps question, answer and stats', () => {
    expect(dig(['+nocmd', '+noall', '+answer', 'web.default.svc.cluster.local']).output).toBe(
      'web.default.svc.cluster.local. 30 IN\tA\t10.96.45.12\n',
    );
    const out = dig(['+nocomments', 'web.default.svc.cluster.local']).output;
    expect(out).toContain(
      text(
        ';; global options: +cmd',
        ';web.default.svc.cluster.local.\tIN\tA',
        'web.default.svc.cluster.local. 30 IN\tA\t10.96.45.12',
        ';; Query time: 0 msec',
      ),
    );
  });
});

describe('formatDig pieces', () => {
  it('ANY goes over TCP and gets NODATA from the kubernetes plugin', () => {
    const out = dig(['ANY', 'web.default.svc.cluster.local']).output;
    expect(out).toContain(';; SERVER: 10.96.0.10#53(10.96.0.10) (TCP)\n');
    expect(out).toContain('ANSWER: 0, AUTHORITY: 1');
  });

  it('+search shows the searched name, with the .local warning', () => {
    const out = dig(['+search', 'web']).output;
    expect(out).toContain(';; WARNING: .local is reserved for Multicast DNS\n');
    expect(out).toContain('; <<>> DiG 9.18.28 <<>> +search web\n');
  });

  it('SOA of a reverse zone is answered by the kubernetes plugin', () => {
    expect(dig(['+noall', '+answer', 'SOA', '10.in-addr.arpa']).output).toBe(
      'in-addr.arpa.\t\t30\tIN\tSOA\tns.dns.in-addr.arpa. hostmaster.in-addr.arpa. 1735689600 7200 1800 86400 30\n',
    );
  });

  it('dates like strftime %a %b %d %H:%M:%S %Z %Y in UTC', () => {
    expect(digDate(Date.parse('2022-11-16T01:29:32Z'))).toBe('Wed Nov 16 01:29:32 UTC 2022');
  });

  it('parses the usual command lines', () => {
    expect(parseDigArgs(['+noall', '+answer', 'SRV', '_http._tcp.x']).type).toBe('SRV');
    expect(parseDigArgs(['web', 'AAAA']).type).toBe('AAAA');
    expect(parseDigArgs(['-t', 'txt', 'dns-version.cluster.local']).type).toBe('TXT');
    expect(parseDigArgs(['-x', '10.96.0.10'])).toMatchObject({
      name: '10.0.96.10.in-addr.arpa.',
      type: 'PTR',
    });
    expect(parseDigArgs(['@10.96.0.10', 'web'])).toMatchObject({
      server: '10.96.0.10',
      name: 'web',
      type: 'A',
    });
    expect(parseDigArgs(['+short', 'web']).display).toMatchObject({
      short: true,
      cmd: false,
      stats: false,
    });
  });

  it('prints nothing for +short on NXDOMAIN', () => {
    expect(dig(['+short', 'nope.default.svc.cluster.local']).output).toBe('');
    expect(
      formatDig('timeout', {
        qname: 'x',
        qtype: 'A',
        server: '10.96.0.10',
        serverGiven: true,
        now: 0,
        id: 1,
      }),
    ).toContain('; (1 server found)\n');
  });
});
