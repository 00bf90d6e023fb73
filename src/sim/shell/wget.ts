/** busybox wget (1.36) as shipped in Alpine-based images: `wget -qO- URL` and friends. */

import { parseUrl } from './curlArgs.ts';
import { writeFile } from './fs.ts';
import { dispatch, type Session } from './session.ts';
import { isPodHost, sourceOf, type ProcResult } from './types.ts';

const USAGE = `BusyBox v1.36.1 (2024-06-10 07:11:47 UTC) multi-call binary.

Usage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]
	[--post-data STR | --post-file FILE] [-Y on/off]
	[-P DIR] [-U AGENT] [-T SEC] URL...

Retrieve files via HTTP or FTP

	--spider	Only check URL existence: $? is 0 if exists
	--header STR	Add STR (of form 'header: value') to headers
	--post-data STR	Send STR using POST method
	--post-file FILE	Send FILE using POST method
	-c		Continue retrieval of aborted transfer
	-q		Quiet
	-P DIR		Save to DIR (default .)
	-S    		Show server response
	-T SEC		Network read timeout is SEC seconds
	-O FILE		Save to FILE ('-' for stdout)
	-o LOGFILE	Log messages to FILE
	-U STR		Use STR for User-Agent header
	-Y on/off	Use proxy
`;

const bar = (name: string, size: number): string =>
  `${name.padEnd(20).slice(0, 20)} 100% |********************************| ${String(size).padStart(5)}  0:00:00 ETA\n`;

export function wget(s: Session, argv: string[]): ProcResult {
  let quiet = false;
  let output: string | undefined;
  let spider = false;
  let showResponse = false;
  const headers: [string, string][] = [];
  const urls: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--spider') spider = true;
    else if (a === '--header') {
      const v = argv[++i] ?? '';
      const c = v.indexOf(':');
      if (c > 0) headers.push([v.slice(0, c).trim(), v.slice(c + 1).trim()]);
    } else if (a === '-O' || a === '-T' || a === '-U' || a === '-o' || a === '-P' || a === '-Y') {
      const v = argv[++i];
      if (a === '-O') output = v;
    } else if (/^-[cqSO]+/.test(a) && !a.startsWith('--')) {
      for (let j = 1; j < a.length; j++) {
        const f = a[j];
        if (f === 'q') quiet = true;
        else if (f === 'S') showResponse = true;
        else if (f === 'O') {
          output = a.slice(j + 1) || argv[++i];
          break;
        }
      }
    } else if (a.startsWith('-')) {
      return { stdout: '', stderr: `wget: unrecognized option '${a}'\n${USAGE}`, code: 1 };
    } else urls.push(a);
  }
  if (urls.length === 0) return { stdout: '', stderr: USAGE, code: 1 };
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const raw of urls) {
    const u = parseUrl(raw);
    if ('code' in u) {
      stderr += `wget: not an http or ftp url: ${raw}\n`;
      code = 1;
      continue;
    }
    const hostHeader = headers.find(([k]) => k.toLowerCase() === 'host')?.[1];
    const h = s.ctx.host;
    const trace = dispatch(s, {
      type: 'request/sent',
      request: {
        from: sourceOf(h),
        to: `${u.host}:${u.port}`,
        path: u.path,
        ...(hostHeader ? { hostHeader } : {}),
        ...(isPodHost(h) ? { namespace: h.namespace } : {}),
      },
    });
    s.traces.push(trace);
    const ip = (trace.connectedTo ?? `${u.host}:${u.port}`).replace(/:\d+$/, '');
    if (trace.outcome === 'nxdomain' || trace.error === 'DNS timeout') {
      stderr += `wget: bad address '${u.host}'\n`;
      code = 1;
      continue;
    }
    if (!quiet)
      stderr += `Connecting to ${u.host}${u.explicitPort || u.port !== 80 ? `:${u.port}` : ''} (${ip}:${u.port})\n`;
    if (trace.outcome === 'refused' || trace.outcome === 'timeout' || trace.error) {
      const why = trace.outcome === 'timeout' ? 'Connection timed out' : 'Connection refused';
      stderr += `wget: can't connect to remote host (${ip}): ${why}\n`;
      code = 1;
      continue;
    }
    const r = trace.response;
    if (!r) {
      stderr += 'wget: error getting response\n';
      code = 1;
      continue;
    }
    if (showResponse) {
      stderr += `  HTTP/1.1 ${r.status} ${r.reason}\n${r.headers.map(([k, v]) => `  ${k}: ${v}\n`).join('')}`;
    }
    if (r.status >= 400) {
      stderr += `wget: server returned error: HTTP/1.1 ${r.status} ${r.reason}\n`;
      code = 1;
      continue;
    }
    if (spider) {
      if (!quiet) stderr += 'remote file exists\n';
      continue;
    }
    const size = r.body.length;
    const toStdout = output === '-';
    const file = output ?? (u.path.replace(/\?.*$/, '').split('/').pop() || 'index.html');
    if (!quiet) stderr += toStdout ? 'writing to stdout\n' : `saving to '${file}'\n`;
    if (toStdout) stdout += r.body;
    else writeFile(s, file, r.body, false);
    if (!quiet) {
      stderr += bar(toStdout ? '-' : file, size);
      stderr += toStdout ? 'written to stdout\n' : `'${file}' saved\n`;
    }
  }
  return { stdout, stderr, code };
}
