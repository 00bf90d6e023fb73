import { own } from './types.ts';

/** curl's command line (tool_getparam.c behaviour for the options the playground supports). */

export interface CurlOptions {
  urls: string[];
  silent: boolean;
  showError: boolean;
  verbose: boolean;
  include: boolean;
  head: boolean;
  output?: string;
  writeOut?: string;
  headers: [string, string][];
  connectTimeout?: number;
  maxTime?: number;
  insecure: boolean;
  location: boolean;
  fail: boolean;
  method?: string;
  data?: string;
  userAgent?: string;
}

export const CURL_HINT = "curl: try 'curl --help' or 'curl --manual' for more information\n";

type Kind = 'flag' | 'arg';

const LONG: Record<string, [keyof CurlOptions | 'ignore', Kind]> = {
  silent: ['silent', 'flag'],
  'show-error': ['showError', 'flag'],
  verbose: ['verbose', 'flag'],
  include: ['include', 'flag'],
  head: ['head', 'flag'],
  output: ['output', 'arg'],
  'write-out': ['writeOut', 'arg'],
  header: ['headers', 'arg'],
  'connect-timeout': ['connectTimeout', 'arg'],
  'max-time': ['maxTime', 'arg'],
  insecure: ['insecure', 'flag'],
  location: ['location', 'flag'],
  fail: ['fail', 'flag'],
  request: ['method', 'arg'],
  data: ['data', 'arg'],
  'data-raw': ['data', 'arg'],
  'user-agent': ['userAgent', 'arg'],
  url: ['urls', 'arg'],
  'http1.1': ['ignore', 'flag'],
  ipv4: ['ignore', 'flag'],
  'no-progress-meter': ['silent', 'flag'],
  retry: ['ignore', 'arg'],
  noproxy: ['ignore', 'arg'],
  compressed: ['ignore', 'flag'],
};

const SHORT: Record<string, string> = {
  s: 'silent',
  S: 'show-error',
  v: 'verbose',
  i: 'include',
  I: 'head',
  o: 'output',
  w: 'write-out',
  H: 'header',
  m: 'max-time',
  k: 'insecure',
  L: 'location',
  f: 'fail',
  X: 'request',
  d: 'data',
  A: 'user-agent',
  '4': 'ipv4',
};

function set(o: CurlOptions, long: string, value: string | undefined): string | undefined {
  const spec = own(LONG, long);
  if (!spec) return `curl: option --${long}: is unknown\n${CURL_HINT}`;
  const [key, kind] = spec;
  if (key === 'ignore') return undefined;
  if (kind === 'flag') {
    (o[key] as boolean) = true;
    return undefined;
  }
  const v = value as string;
  switch (key) {
    case 'headers': {
      const i = v.indexOf(':');
      if (i > 0) o.headers.push([v.slice(0, i).trim(), v.slice(i + 1).trim()]);
      return undefined;
    }
    case 'urls':
      o.urls.push(v);
      return undefined;
    case 'connectTimeout':
    case 'maxTime': {
      const n = Number(v);
      if (!/^\d+(\.\d+)?$/.test(v) || !Number.isFinite(n)) {
        return `curl: option --${long}: expected a proper numerical parameter\n${CURL_HINT}`;
      }
      o[key] = n;
      return undefined;
    }
    default:
      (o[key] as string) = v;
      return undefined;
  }
}

/** Parses curl's arguments; a string result is the error text (exit code 2). */
export function parseCurlArgs(argv: string[]): CurlOptions | string {
  const o: CurlOptions = {
    urls: [],
    silent: false,
    showError: false,
    verbose: false,
    include: false,
    head: false,
    headers: [],
    insecure: false,
    location: false,
    fail: false,
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      const spec = own(LONG, name);
      if (!spec) return `curl: option ${a}: is unknown\n${CURL_HINT}`;
      let value: string | undefined;
      if (spec[1] === 'arg') {
        value = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (value === undefined) return `curl: option ${a}: requires parameter\n${CURL_HINT}`;
      }
      const err = set(o, name, value);
      if (err) return err;
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const long = own(SHORT, a[j] as string);
        if (!long) return `curl: option -${a.slice(j)}: is unknown\n${CURL_HINT}`;
        const spec = LONG[long] as [string, Kind];
        if (spec[1] === 'arg') {
          const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
          if (value === undefined) return `curl: option -${a[j]}: requires parameter\n${CURL_HINT}`;
          const err = set(o, long, value);
          if (err) return err;
          break;
        }
        set(o, long, undefined);
      }
      continue;
    }
    o.urls.push(a);
  }
  if (o.urls.length === 0) return `curl: no URL specified\n${CURL_HINT}`;
  return o;
}

export interface ParsedUrl {
  scheme: 'http' | 'https';
  host: string;
  port: number;
  path: string;
  /** Port as written in the URL (for the Host header and messages). */
  explicitPort: boolean;
}

/** curl's URL handling: scheme guessed as http, default ports, `/` path. */
export function parseUrl(raw: string): ParsedUrl | { code: number; message: string } {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#]*)([^#]*)/.exec(raw.trim());
  const scheme = (m?.[1] ?? 'http').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') {
    return {
      code: 1,
      message: `Protocol "${scheme}" not supported`,
    };
  }
  const authority = (m?.[2] ?? '').replace(/^.*@/, '');
  const pm = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(authority);
  const host = (pm?.[1] ?? '').replace(/^\[|\]$/g, '');
  const portText = pm?.[2];
  if (host === '') return { code: 3, message: 'URL rejected: No host part in the URL' };
  let port = scheme === 'https' ? 443 : 80;
  if (portText !== undefined && portText !== '') {
    if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
      return {
        code: 3,
        message: 'URL rejected: Port number was not a decimal number between 0 and 65535',
      };
    }
    port = Number(portText);
  }
  let path = m?.[3] ?? '';
  if (path === '' || path.startsWith('?')) path = `/${path}`;
  return {
    scheme,
    host,
    port,
    path,
    explicitPort: portText !== undefined && portText !== '',
  };
}
