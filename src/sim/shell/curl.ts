/**
 * curl 8.x on any host: sends through the simulator (`request/sent`) and prints from the trace —
 * the body, `-i`/`-I` headers, `-v` connection lines, `-w` variables, the progress meter when the
 * body does not go to the terminal, and curl's own error lines and exit codes.
 */

import type { HttpResponse, Trace } from '../model/trace.ts';
import {
  CURL_HINT,
  parseCurlArgs,
  parseUrl,
  type CurlOptions,
  type ParsedUrl,
} from './curlArgs.ts';
import { progressMeter } from './curlProgress.ts';
import { writeFile } from './fs.ts';
import { dispatch, type Session } from './session.ts';
import { isPodHost, own, sourceOf, type ProcResult } from './types.ts';

/** The User-Agent the simulated servers echo (traffic/deliver.ts). */
export const CURL_UA = 'curl/8.14.1';

/** Linux gives up on an unanswered SYN after 6 retries (1+2+4+…+64 s). */
const KERNEL_SYN_TIMEOUT_MS = 127_000;

interface Attempt {
  trace?: Trace;
  url: ParsedUrl;
  hostHeader: string;
  /** curl exit code and error line (without `curl: `), when the transfer failed. */
  error?: { code: number; message: string };
  response?: HttpResponse;
  ms: number;
}

const hostHeaderOf = (o: CurlOptions, u: ParsedUrl): string =>
  o.headers.find(([k]) => k.toLowerCase() === 'host')?.[1] ??
  (u.explicitPort ? `${u.host}:${u.port}` : u.host);

function send(s: Session, o: CurlOptions, u: ParsedUrl): Attempt {
  const hostHeader = hostHeaderOf(o, u);
  const h = s.ctx.host;
  const trace = dispatch(s, {
    type: 'request/sent',
    request: {
      from: sourceOf(h),
      to: `${u.host}:${u.port}`,
      hostHeader,
      path: u.path,
      ...(isPodHost(h) ? { namespace: h.namespace } : {}),
    },
  });
  s.traces.push(trace);
  const ms = Math.floor(trace.totalMs);
  const base = { trace, url: u, hostHeader, ms };
  const hostPort = `${u.host} port ${u.port}`;
  if (trace.outcome === 'nxdomain' || trace.error === 'DNS timeout') {
    return { ...base, error: { code: 6, message: `Could not resolve host: ${u.host}` } };
  }
  if (trace.error)
    return {
      ...base,
      error: {
        code: 7,
        message: `Failed to connect to ${hostPort} after 0 ms: Couldn't connect to server`,
      },
    };
  if (trace.outcome === 'refused') {
    return {
      ...base,
      error: {
        code: 7,
        message: `Failed to connect to ${hostPort} after ${ms} ms: Couldn't connect to server`,
      },
    };
  }
  if (trace.outcome === 'timeout') {
    const limits = [o.connectTimeout, o.maxTime].filter(
      (x): x is number => x !== undefined && x > 0,
    );
    if (limits.length === 0) {
      return {
        ...base,
        ms: KERNEL_SYN_TIMEOUT_MS + ms,
        error: {
          code: 28,
          message: `Failed to connect to ${hostPort} after ${KERNEL_SYN_TIMEOUT_MS + ms} ms: Couldn't connect to server`,
        },
      };
    }
    const limit = Math.min(...limits);
    const after = Math.round(limit * 1000) + 2;
    const byConnect = o.connectTimeout !== undefined && o.connectTimeout === limit;
    return {
      ...base,
      ms: after,
      error: byConnect
        ? {
            code: 28,
            message: `Failed to connect to ${hostPort} after ${after} ms: Timeout was reached`,
          }
        : { code: 28, message: `Connection timed out after ${after} milliseconds` },
    };
  }
  const response = trace.response;
  if (!response) return { ...base, error: { code: 52, message: 'Empty reply from server' } };
  if (u.scheme === 'https') {
    return {
      ...base,
      error: {
        code: 35,
        message: 'OpenSSL/3.3.2: error:0A00010B:SSL routines::wrong version number',
      },
    };
  }
  return { ...base, response };
}

function verboseRequest(o: CurlOptions, a: Attempt): string {
  const t = a.trace;
  const u = a.url;
  const lines: string[] = [];
  const resolvedIPs = t?.resolved?.addresses;
  if (resolvedIPs) {
    lines.push(
      `* Host ${u.host}:${u.port} was resolved.`,
      '* IPv6: (none)',
      `* IPv4: ${resolvedIPs.join(', ')}`,
    );
  }
  if (a.error?.code === 6) {
    lines.push(`* Could not resolve host: ${u.host}`, '* shutting down connection #0');
    return lines.map((l) => `${l}\n`).join('');
  }
  const ip = (t?.connectedTo ?? `${u.host}:${u.port}`).replace(/:\d+$/, '');
  lines.push(`*   Trying ${ip}:${u.port}...`);
  if (a.error) {
    if (a.error.code === 7) {
      const local = t?.hops[0]?.before.src ?? '';
      const [lip, lport] = [local.replace(/:\d+$/, ''), local.replace(/^.*:/, '')];
      lines.push(
        `* connect to ${ip} port ${u.port} from ${lip} port ${lport} failed: Connection refused`,
      );
    }
    if (a.error.code !== 35) {
      lines.push(`* ${a.error.message}`, '* shutting down connection #0');
      return lines.map((l) => `${l}\n`).join('');
    }
  }
  lines.push(`* Connected to ${u.host} (${ip}) port ${u.port}`);
  if (a.error) {
    lines.push(`* ${a.error.message}`, '* shutting down connection #0');
    return lines.map((l) => `${l}\n`).join('');
  }
  lines.push('* using HTTP/1.x');
  const method = o.method ?? (o.head ? 'HEAD' : o.data !== undefined ? 'POST' : 'GET');
  lines.push(`> ${method} ${u.path} HTTP/1.1`, `> Host: ${a.hostHeader}`);
  lines.push(`> User-Agent: ${o.userAgent ?? CURL_UA}`, '> Accept: */*');
  for (const [k, v] of o.headers) if (k.toLowerCase() !== 'host') lines.push(`> ${k}: ${v}`);
  lines.push('> ', '* Request completely sent off');
  const r = a.response as HttpResponse;
  lines.push(`< HTTP/1.1 ${r.status} ${r.reason}`);
  for (const [k, v] of r.headers) lines.push(`< ${k}: ${v}`);
  lines.push('< ');
  // Header lines are written as sent and received, CRLF included (tool_cb_dbg.c); curl's own
  // `*` notes end in a bare LF.
  return lines
    .map((l) => (l.startsWith('> ') || l.startsWith('< ') ? `${l}\r\n` : `${l}\n`))
    .join('');
}

/** `-i`/`-I`: the status line and headers exactly as received, each ending in CRLF. */
const headerBlock = (r: HttpResponse): string =>
  `HTTP/1.1 ${r.status} ${r.reason}\r\n${r.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;

function byteLength(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** `-w` format: `%{var}` and backslash escapes. */
function writeOut(fmt: string, a: Attempt, exitCode: number): string {
  const r = a.response;
  const ip = (a.trace?.connectedTo ?? '').replace(/:\d+$/, '');
  const seconds = (a.ms / 1000).toFixed(6);
  const vars: Record<string, string> = {
    http_code: r ? String(r.status).padStart(3, '0') : '000',
    response_code: r ? String(r.status) : '0',
    remote_ip: a.error?.code === 6 ? '' : ip,
    remote_port: a.error?.code === 6 ? '0' : String(a.url.port),
    local_ip: (a.trace?.hops[0]?.before.src ?? '').replace(/:\d+$/, ''),
    size_download: r ? String(byteLength(r.body)) : '0',
    time_total: seconds,
    time_connect: a.error ? '0.000000' : seconds,
    time_namelookup: '0.000000',
    url_effective: `${a.url.scheme}://${a.url.host}${a.url.explicitPort ? `:${a.url.port}` : ''}${a.url.path}`,
    exitcode: String(exitCode),
    errormsg: a.error?.message ?? '',
    content_type: r?.headers.find(([k]) => k.toLowerCase() === 'content-type')?.[1] ?? '',
    num_connects: a.error ? '0' : '1',
    scheme: a.url.scheme,
  };
  return fmt
    .replace(/%\{([a-z_]+)\}/g, (m, v: string) => own(vars, v) ?? m)
    .replace(/\\([nrt\\])/g, (_m, c: string) =>
      c === 'n' ? '\n' : c === 'r' ? '\r' : c === 't' ? '\t' : '\\',
    );
}

export function curl(s: Session, argv: string[], _stdin: string): ProcResult {
  const o = parseCurlArgs(argv);
  if (typeof o === 'string') return { stdout: '', stderr: o, code: 2 };
  let stdout = '';
  let stderr = '';
  let code = 0;
  for (const raw of o.urls) {
    const u = parseUrl(raw);
    if ('code' in u) {
      code = u.code;
      if (!o.silent || o.showError) stderr += `curl: (${u.code}) ${u.message}\n`;
      continue;
    }
    let a = send(s, o, u);
    for (let hops = 0; o.location && a.response && hops < 50; hops++) {
      const loc =
        a.response.status >= 300 && a.response.status < 400
          ? a.response.headers.find(([k]) => k.toLowerCase() === 'location')?.[1]
          : undefined;
      if (!loc) break;
      if (o.verbose)
        stderr += `${verboseRequest(o, a)}* Ignoring the response-body\n* Connection #0 to host ${u.host} left intact\n* Issue another request to this URL: '${loc}'\n`;
      else if (o.include) stdout += headerBlock(a.response);
      const next = parseUrl(loc);
      if ('code' in next) break;
      a = send(s, { ...o, headers: o.headers.filter(([k]) => k.toLowerCase() !== 'host') }, next);
    }
    const failHttp = o.fail && a.response && a.response.status >= 400;
    const exit = a.error?.code ?? (failHttp ? 22 : 0);
    if (o.verbose) stderr += verboseRequest(o, a);
    let body = '';
    if (a.response && !failHttp) {
      if (o.head) body = headerBlock(a.response);
      else body = (o.include ? headerBlock(a.response) : '') + a.response.body;
    }
    if (o.output && o.output !== '-') {
      if (o.output !== '/dev/null') writeFile(s, o.output, body, false);
    } else stdout += body;
    const toTerminal = o.output === undefined || o.output === '-' ? s.stdoutTty : false;
    const meter = !o.silent && !o.verbose && !toTerminal;
    if (meter) {
      const okTransfer = a.response !== undefined && !failHttp && !a.error;
      stderr += progressMeter(okTransfer ? byteLength(body) : 0, a.ms, okTransfer);
    }
    if (o.verbose && a.response && !a.error)
      stderr += `* Connection #0 to host ${a.url.host} left intact\n`;
    if (failHttp) {
      if (!o.silent || o.showError)
        stderr += `curl: (22) The requested URL returned error: ${a.response?.status}\n`;
    } else if (a.error && (!o.silent || o.showError)) {
      stderr += `curl: (${a.error.code}) ${a.error.message}\n`;
    }
    if (o.writeOut !== undefined) stdout += writeOut(o.writeOut, a, exit);
    code = exit;
  }
  return { stdout, stderr, code };
}

export { CURL_HINT };
