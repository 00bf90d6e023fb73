/**
 * Conformance §8.5 — cluster DNS (C51–C57), queried from a dnsutils pod in `default` with
 * `kubectl exec dnsutils -- dig/nslookup/cat`, and through `cluster.resolve`.
 *
 * Answer lines: the reference writes them tab-separated; real dig lays them out with BIND's
 * masterdump columns (TTL at 24, class at 32, type at 40, data at 48, tab width 8), so a name
 * longer than a column is followed by one tab or a single space. We assert dig's real layout —
 * the article's own dig output (`…svc.cluster.local.\t30 IN CNAME google.com.`) shows the same.
 */

import { describe, expect, it } from 'vitest';
import { T0, clusterIPOf, lines, ok, referenceCluster, svcYaml } from './kit.ts';

const c = referenceCluster();
const setup = [
  `apiVersion: v1
kind: Pod
metadata:
  name: dnsutils
spec:
  containers:
  - name: dnsutils
    image: registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3
    command: ["sleep", "infinity"]
`,
  svcYaml(
    'web-headless',
    `  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - name: http\n    port: 8080\n`,
  ),
  `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n`,
  svcYaml(
    'web',
    `  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n`,
    '  namespace: other\n',
  ),
].join('---\n');
expect(c.apply(setup).errors).toEqual([]);

const exec = (cmd: string) => c.run(`kubectl exec dnsutils -- ${cmd}`);
const sortedLines = (s: string) => s.split('\n').filter(Boolean).sort();

describe('C51 headless Service with two ready endpoints', () => {
  it('one A record per ready endpoint (order shuffled by loadbalance)', () => {
    const r = exec('dig +noall +answer web-headless.default.svc.cluster.local');
    expect(r.exitCode).toBe(0);
    expect(sortedLines(r.stdout)).toEqual([
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.1.5',
      'web-headless.default.svc.cluster.local.\t30 IN A\t10.244.2.7',
    ]);
  });

  it('with no ready endpoint the name does not exist (NXDOMAIN)', () => {
    const pods = c.state().pods.filter((p) => p.metadata.labels?.app === 'web');
    for (const p of pods) expect(c.setPodReady(p.metadata.name, false).ok).toBe(true);
    expect(c.resolve('web-headless.default.svc.cluster.local', { from: 'pod/dnsutils' })).toEqual({
      rcode: 'NXDOMAIN',
      answers: [],
    });
    expect(exec('dig web-headless.default.svc.cluster.local').stdout).toContain(
      ';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ',
    );
    for (const p of pods) expect(c.setPodReady(p.metadata.name, true).ok).toBe(true);
    expect(
      c
        .resolve('web-headless', { from: 'pod/dnsutils' })
        .answers.map((a) => a.data)
        .sort(),
    ).toEqual(['10.244.1.5', '10.244.2.7']);
  });
});

describe('C53 SRV for a headless Service', () => {
  it('one SRV per endpoint: weight 50, the endpoint port, a per-endpoint target', () => {
    const r = exec('dig +noall +answer SRV _http._tcp.web-headless.default.svc.cluster.local');
    expect(sortedLines(r.stdout)).toEqual([
      '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-1-5.web-headless.default.svc.cluster.local.',
      '_http._tcp.web-headless.default.svc.cluster.local. 30 IN SRV 0 50 8080 10-244-2-7.web-headless.default.svc.cluster.local.',
    ]);
  });

  it('the targets resolve', () => {
    expect(exec('dig +short 10-244-1-5.web-headless.default.svc.cluster.local')).toEqual(
      ok('10.244.1.5\n'),
    );
  });
});

/**
 * BIND masterdump's `indent`: pad from the current column to `to` (at least one character) with
 * tabs up to the last tab stop, then spaces.
 */
function masterLine(fields: string[], columns: number[]): string {
  let out = fields[0] ?? '';
  let cur = out.length;
  fields.slice(1).forEach((f, i) => {
    const to = Math.max(columns[i] ?? 0, cur + 1);
    const tabs = Math.floor(to / 8) - Math.floor(cur / 8);
    const from = tabs > 0 ? Math.floor(to / 8) * 8 : cur;
    out += '\t'.repeat(Math.max(tabs, 0)) + ' '.repeat(to - from) + f;
    cur = to + f.length;
  });
  return out;
}

/** A full dig reply with the random query id and cookie read back from the output. */
function digReply(
  out: string,
  o: { q: string; qtype: string; status: string; answers: number; body: string; size: number },
) {
  const id = /id: (\d+)/.exec(out)?.[1] ?? '?';
  const cookie = /; COOKIE: ([0-9a-f]+) \(echoed\)/.exec(out)?.[1] ?? '?';
  // The question is printed after a ';' that the column count does not include.
  const question = `;${masterLine([`${o.q}.`, 'IN', o.qtype], [32, 40])}`;
  return lines(
    '',
    `; <<>> DiG 9.18.28 <<>> ${o.qtype === 'A' ? '' : `${o.qtype} `}${o.q}`,
    ';; global options: +cmd',
    ';; Got answer:',
    ';; WARNING: .local is reserved for Multicast DNS',
    ';; You are currently testing what happens when an mDNS query is leaked to DNS',
    `;; ->>HEADER<<- opcode: QUERY, status: ${o.status}, id: ${id}`,
    `;; flags: qr aa rd; QUERY: 1, ANSWER: ${o.answers}, AUTHORITY: ${o.answers ? 0 : 1}, ADDITIONAL: 1`,
    ';; WARNING: recursion requested but not available',
    '',
    ';; OPT PSEUDOSECTION:',
    '; EDNS: version: 0, flags:; udp: 1232',
    `; COOKIE: ${cookie} (echoed)`,
    ';; QUESTION SECTION:',
    question,
    '',
    o.body,
    '',
    ';; Query time: 0 msec',
    ';; SERVER: 10.96.0.10#53(10.96.0.10) (UDP)',
    ';; WHEN: Thu Jan 01 00:00:00 UTC 2026',
    `;; MSG SIZE  rcvd: ${o.size}`,
    '',
  );
}

describe('C55 names that do not exist, and NODATA', () => {
  /** SOA serial: the last change of the watched objects, in Unix seconds. */
  const soa = (out: string) => {
    const serial = Number(/hostmaster\.cluster\.local\. (\d+) /.exec(out)?.[1]);
    expect(serial).toBeGreaterThanOrEqual(T0 / 1000);
    expect(serial).toBeLessThanOrEqual(c.clock.now / 1000);
    const data = `ns.dns.cluster.local. hostmaster.cluster.local. ${serial} 7200 1800 86400 30`;
    return `;; AUTHORITY SECTION:\n${masterLine(['cluster.local.', '30', 'IN', 'SOA', data], [24, 32, 40, 48])}`;
  };

  it.each([
    ['nope.default.svc.cluster.local', 'A', 'NXDOMAIN', 164],
    ['web.nonexistent-ns.svc.cluster.local', 'A', 'NXDOMAIN', 170],
    ['web.other.svc.cluster.local', 'AAAA', 'NOERROR', 161],
  ])('dig %s %s → %s with the cluster SOA', (q, qtype, status, size) => {
    const r = exec(`dig ${qtype === 'A' ? '' : `${qtype} `}${q}`);
    expect(r).toEqual(
      ok(digReply(r.stdout, { q, qtype, status, answers: 0, body: soa(r.stdout), size })),
    );
  });
});

describe('C57 a pod’s resolver configuration and the search list', () => {
  it('resolv.conf: the namespace’s search list, kube-dns, ndots:5', () => {
    expect(exec('cat /etc/resolv.conf')).toEqual(
      ok(
        lines(
          'search default.svc.cluster.local svc.cluster.local cluster.local',
          'nameserver 10.96.0.10',
          'options ndots:5',
        ),
      ),
    );
  });

  it('web.other resolves through the second search entry', () => {
    const ip = clusterIPOf(c, 'web', 'other');
    expect(c.resolve('web.other', { from: 'pod/dnsutils' })).toEqual({
      rcode: 'NOERROR',
      answers: [{ name: 'web.other.svc.cluster.local.', ttl: 30, type: 'A', data: ip }],
    });
    // BIND 9.18 nslookup: one "recursion not available" line per reply CoreDNS sends without RA
    // (web.other.default.svc… NXDOMAIN, web.other.svc… A, then its AAAA lookup).
    expect(exec('nslookup web.other')).toEqual(
      ok(
        lines(
          ';; Got recursion not available from 10.96.0.10',
          ';; Got recursion not available from 10.96.0.10',
          'Server:\t\t10.96.0.10',
          'Address:\t10.96.0.10#53',
          '',
          'Name:\tweb.other.svc.cluster.local',
          `Address: ${ip}`,
          ';; Got recursion not available from 10.96.0.10',
          '',
        ),
      ),
    );
  });
});
