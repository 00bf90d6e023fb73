import { describe, expect, it } from 'vitest';
import type { Trace } from '../model/trace.ts';
import { max5, progressMeter } from './curlProgress.ts';
import { ARTICLE, Terminal } from './testkit.ts';

function cluster(): Terminal {
  const t = new Terminal({
    files: { 'nodeport.yaml': ARTICLE.nodeport, 'headless.yaml': ARTICLE.headless },
  });
  t.out('kubectl apply -f nodeport.yaml');
  t.out('kubectl apply -f headless.yaml');
  return t;
}

/** whoami's answer for a request the trace delivered. */
function whoami(t: Terminal, host: string): string {
  const trace = lastTrace;
  const podName = trace?.pod?.split('/')[1] ?? '';
  const pod = t.state.pods[`default/${podName}`];
  return (
    `Hostname: ${podName}\nIP: 127.0.0.1\nIP: ::1\nIP: ${pod?.status.podIP}\n` +
    `RemoteAddr: ${trace?.clientAddress}\nGET / HTTP/1.1\nHost: ${host}\nUser-Agent: curl/8.14.1\nAccept: */*\n\n`
  );
}

let lastTrace: Trace | undefined;
function run(t: Terminal, line: string) {
  const r = t.run(line);
  lastTrace = r.traces[r.traces.length - 1];
  return r;
}

describe('curl', () => {
  it('prints the body from the trace (NodePort from outside)', () => {
    const t = cluster();
    const r = run(t, 'curl 192.168.0.11:30001');
    expect(r.exitCode).toBe(0);
    expect(r.traces).toHaveLength(1);
    expect(r.stdout).toBe(whoami(t, '192.168.0.11:30001'));
    expect(r.stderr).toBe('');
  });

  it('-v shows resolution, connection, request and response headers', () => {
    const t = cluster();
    const ip = t.clusterIP('nodeport-service');
    const r = run(t, 'kubectl exec -it netshoot -- curl -v nodeport-service');
    const body = whoami(t, 'nodeport-service');
    expect(r.stdout).toBe(body);
    expect(r.stderr).toBe(
      `* Host nodeport-service:80 was resolved.\n* IPv6: (none)\n* IPv4: ${ip}\n*   Trying ${ip}:80...\n` +
        `* Connected to nodeport-service (${ip}) port 80\n* using HTTP/1.x\n> GET / HTTP/1.1\r\n> Host: nodeport-service\r\n` +
        '> User-Agent: curl/8.14.1\r\n> Accept: */*\r\n> \r\n* Request completely sent off\n< HTTP/1.1 200 OK\r\n' +
        `< Date: ${new Date(t.at - 1000).toUTCString()}\r\n< Content-Length: ${body.length}\r\n< Content-Type: text/plain; charset=utf-8\r\n< \r\n` +
        '* Connection #0 to host nodeport-service left intact\n',
    );
  });

  it('-I, -i, -w and -o /dev/null', () => {
    const t = cluster();
    const ip = t.clusterIP('nodeport-service');
    const head = run(t, 'kubectl exec netshoot -- curl -sI nodeport-service');
    expect(head.stdout).toMatch(
      /^HTTP\/1\.1 200 OK\r\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\nContent-Length: \d+\r\nContent-Type: text\/plain; charset=utf-8\r\n\r\n$/,
    );
    const inc = run(t, 'kubectl exec netshoot -- curl -si nodeport-service');
    expect(inc.stdout.startsWith('HTTP/1.1 200 OK\r\nDate: ')).toBe(true);
    // curl writes the header block as received: every line, and the blank one, ends in CRLF.
    expect(inc.stdout.endsWith(`\r\n\r\n${whoami(t, 'nodeport-service')}`)).toBe(true);
    const w = run(
      t,
      `kubectl exec netshoot -- curl -s -o /dev/null -w '%{http_code} %{remote_ip}:%{remote_port}\\n' nodeport-service`,
    );
    expect(w.stdout).toBe(`200 ${ip}:80\n`);
  });

  it('shows the progress meter when the body does not go to the terminal', () => {
    const t = cluster();
    const r = run(t, 'curl 192.168.0.12:30001 | wc -l');
    expect(r.stdout).toBe('10\n');
    expect(r.stderr).toMatch(
      /^ {2}% Total {4}% Received % Xferd {2}Average Speed {3}Time {4}Time {5}Time {2}Current\n {33}Dload {2}Upload {3}Total {3}Spent {4}Left {2}Speed\n100 {3}\d{3} {2}100 {3}\d{3} {4}0 {5}0 +\S+ {6}0 --:--:-- --:--:-- --:--:-- +\S+\n$/,
    );
  });

  it('connection refused: curl (7) with the trace latency', () => {
    const t = cluster();
    const r = run(t, 'kubectl exec -it netshoot -- curl headless-service:81');
    const ms = Math.floor(lastTrace?.totalMs ?? -1);
    expect(r.stderr).toBe(
      `curl: (7) Failed to connect to headless-service port 81 after ${ms} ms: Couldn't connect to server\ncommand terminated with exit code 7\n`,
    );
    expect(r.exitCode).toBe(7);
  });

  it('timeouts: --connect-timeout, -m, and the kernel SYN timeout', () => {
    const t = cluster();
    const ip = t.clusterIP('nodeport-service');
    expect(run(t, `curl --connect-timeout 10 ${ip}`)).toMatchObject({
      stderr: `curl: (28) Failed to connect to ${ip} port 80 after 10002 ms: Timeout was reached\n`,
      exitCode: 28,
    });
    expect(run(t, `curl -m 10 ${ip}`).stderr).toBe(
      'curl: (28) Connection timed out after 10002 milliseconds\n',
    );
    expect(run(t, `curl ${ip}`).stderr).toMatch(
      new RegExp(
        `^curl: \\(28\\) Failed to connect to ${ip.replace(/\./g, '\\.')} port 80 after 127\\d{3} ms: Couldn't connect to server\\n$`,
      ),
    );
    expect(run(t, `curl -s ${ip}`)).toMatchObject({ stderr: '', exitCode: 28 });
    expect(run(t, `curl -sS -m 3 ${ip}`).stderr).toBe(
      'curl: (28) Connection timed out after 3002 milliseconds\n',
    );
  });

  it('unknown hosts: curl (6)', () => {
    const t = cluster();
    expect(run(t, 'curl nope')).toMatchObject({
      stderr: 'curl: (6) Could not resolve host: nope\n',
      exitCode: 6,
    });
    expect(run(t, 'kubectl exec -it netshoot -- curl -sv nope').stderr).toBe(
      '* Could not resolve host: nope\n* shutting down connection #0\ncommand terminated with exit code 6\n',
    );
  });

  it('follows redirects with -L and fails on HTTP errors with -f', () => {
    const t = cluster();
    const r = run(t, 'curl -sL google.com');
    expect(r.traces).toHaveLength(2);
    expect(r.stdout).toContain('<title>Google</title>');
    expect(
      run(t, 'kubectl exec -it netshoot -- curl -sf externalname-service.default.svc.cluster.local')
        .exitCode,
    ).not.toBe(0);
  });

  it('-H sets the Host header the server sees', () => {
    const t = cluster();
    const r = run(t, "curl -s -H 'Host: example.test' 192.168.0.11:30001");
    expect(r.stdout).toBe(whoami(t, 'example.test'));
    expect(r.traces[0]?.request.to).toBe('192.168.0.11:30001');
  });

  it('argument errors', () => {
    const t = cluster();
    expect(run(t, 'curl')).toMatchObject({
      stderr:
        "curl: no URL specified\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
      exitCode: 2,
    });
    expect(run(t, 'curl --bogus x').stderr).toBe(
      "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
    expect(run(t, 'curl http://x:99999').stderr).toBe(
      'curl: (3) URL rejected: Port number was not a decimal number between 0 and 65535\n',
    );
  });
});

describe('busybox wget', () => {
  it('wget -qO- prints the body; errors in busybox words', () => {
    const t = cluster();
    const ok = run(t, 'kubectl exec netshoot -- wget -qO- nodeport-service');
    expect(ok.stdout).toBe(whoami(t, 'nodeport-service'));
    expect(run(t, 'kubectl exec netshoot -- wget -qO- nope').stderr).toBe(
      "wget: bad address 'nope'\ncommand terminated with exit code 1\n",
    );
    const refused = run(t, 'kubectl exec netshoot -- wget -qO- headless-service:81');
    const ip = (lastTrace?.connectedTo ?? '').replace(/:\d+$/, '');
    expect(refused.stderr).toBe(
      `wget: can't connect to remote host (${ip}): Connection refused\ncommand terminated with exit code 1\n`,
    );
  });
});

describe('progress meter cells', () => {
  it.each([
    [0, '    0'],
    [612, '  612'],
    [99999, '99999'],
    [100000, '   97k'.slice(1)],
    [611_900, ' 597k'],
    [10_240_000, ' 9.7M'],
  ])('max5(%d)', (n, s) => expect(max5(n)).toBe(s));

  it('a failed transfer leaves the line open for curl’s error', () => {
    expect(progressMeter(0, 3, false).endsWith('--:--:-- --:--:-- --:--:--     0')).toBe(true);
  });
});
