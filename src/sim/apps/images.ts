import type { Container, Pod, Protocol } from '../model/types.ts';
import type { HttpResponse } from '../model/trace.ts';
import { utf8Length } from '../util/text.ts';
import { goResponse, goTimeString, httpDate } from './http.ts';

/**
 * What the containers of a pod do on the network. The simulator knows a few real images by name;
 * any other image is assumed to serve HTTP on the ports its container declares, answering like
 * traefik/whoami (documented in the README).
 */

export interface Listener {
  port: number;
  protocol: Protocol;
  container: string;
  app: AppKind;
}

export type AppKind =
  'whoami' | 'nginx' | 'agnhost' | 'http-echo' | 'coredns' | 'apiserver' | 'generic';

export interface HttpRequest {
  method: string;
  path: string;
  host: string;
  headers: [string, string][];
  /** `ip:port` the server sees as the peer. */
  remoteAddr: string;
  /** `ip:port` the server socket is bound to. */
  localAddr: string;
  /** Wall-clock time of the request (ms since epoch). */
  now: number;
}

const imageName = (image: string): string => {
  const noDigest = image.split('@')[0] as string;
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  return colon >= 0 ? noDigest.slice(0, colon) : noDigest;
};

function argValue(c: Container, flag: string): string | undefined {
  const args = [...(c.command ?? []), ...(c.args ?? [])];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === flag || a === `-${flag.replace(/^-+/, '')}`) return args[i + 1];
    const eq = `${flag}=`;
    if (a.startsWith(eq)) return a.slice(eq.length);
    const single = `-${flag.replace(/^-+/, '')}=`;
    if (a.startsWith(single)) return a.slice(single.length);
  }
  return undefined;
}

const envValue = (c: Container, name: string) => c.env?.find((e) => e.name === name)?.value;

const portOf = (text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  const m = /(\d+)$/.exec(text);
  return m ? Number(m[1]) : undefined;
};

/** The sockets a container listens on. */
export function containerListeners(c: Container): Listener[] {
  const name = imageName(c.image);
  const base = name.slice(name.lastIndexOf('/') + 1);
  const l = (port: number, app: AppKind, protocol: Protocol = 'TCP'): Listener => ({
    port,
    protocol,
    container: c.name,
    app,
  });
  switch (base) {
    case 'whoami': {
      const port = portOf(argValue(c, '--port')) ?? portOf(envValue(c, 'WHOAMI_PORT_NUMBER')) ?? 80;
      return [l(port, 'whoami')];
    }
    case 'nginx':
    case 'nginx-unprivileged':
      return [l(base === 'nginx' ? 80 : 8080, 'nginx')];
    case 'agnhost': {
      const args = [...(c.command ?? []), ...(c.args ?? [])];
      if (!args.includes('netexec')) return [];
      const http = portOf(argValue(c, '--http-port')) ?? 8080;
      const udp = portOf(argValue(c, '--udp-port')) ?? 8081;
      return [l(http, 'agnhost'), l(udp, 'agnhost', 'UDP')];
    }
    case 'http-echo':
      return [l(portOf(argValue(c, '-listen')) ?? 5678, 'http-echo')];
    case 'coredns':
      return [l(53, 'coredns', 'UDP'), l(53, 'coredns'), l(9153, 'coredns'), l(8080, 'coredns')];
    case 'kube-apiserver':
      return [l(6443, 'apiserver')];
    case 'netshoot':
    case 'busybox':
    case 'alpine':
    case 'dnsutils':
    case 'pause':
    case 'kube-proxy':
    case 'etcd':
    case 'kube-controller-manager':
    case 'kube-scheduler':
      return [];
    default:
      return (c.ports ?? []).map((p) => l(p.containerPort, 'generic', p.protocol));
  }
}

const listenerCache = new WeakMap<Pod, Listener[]>();

/** Every socket of the pod (all containers share the pod's network namespace); memoised per pod object. */
export function podListeners(pod: Pod): Listener[] {
  let l = listenerCache.get(pod);
  if (!l) listenerCache.set(pod, (l = pod.spec.containers.flatMap(containerListeners)));
  return l;
}

export function findListener(pod: Pod, port: number, protocol: Protocol): Listener | undefined {
  return podListeners(pod).find((l) => l.port === port && l.protocol === protocol);
}

function whoami(pod: Pod, req: HttpRequest): string {
  const lines = [`Hostname: ${pod.metadata.name}`, 'IP: 127.0.0.1', 'IP: ::1'];
  if (pod.status.podIP) lines.push(`IP: ${pod.status.podIP}`);
  lines.push(
    `RemoteAddr: ${req.remoteAddr}`,
    `${req.method} ${req.path} HTTP/1.1`,
    `Host: ${req.host}`,
  );
  for (const [k, v] of req.headers) if (k.toLowerCase() !== 'host') lines.push(`${k}: ${v}`);
  return `${lines.join('\n')}\n\n`;
}

const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

/** nginx's own header set and order (it is not a Go server). */
function nginx(status: number, reason: string, body: string, now: number): HttpResponse {
  const headers: [string, string][] = [
    ['Server', 'nginx/1.27.3'],
    ['Date', httpDate(now)],
    ['Content-Type', 'text/html'],
    ['Content-Length', String(utf8Length(body))],
  ];
  if (status === 200) {
    headers.push(
      ['Last-Modified', 'Tue, 26 Nov 2024 15:55:00 GMT'],
      ['Connection', 'keep-alive'],
      ['ETag', '"6745ef54-267"'],
      ['Accept-Ranges', 'bytes'],
    );
  } else headers.push(['Connection', 'keep-alive']);
  return { status, reason, headers, body };
}

const NGINX_404 =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n';

/** What an HTTP request to that listener returns. */
export function httpResponse(pod: Pod, listener: Listener, req: HttpRequest): HttpResponse {
  const go = (body: string, status = 200, reason = 'OK', headers: [string, string][] = []) =>
    goResponse(status, reason, headers, body, req.now);
  switch (listener.app) {
    case 'whoami':
    case 'generic':
      return go(whoami(pod, req));
    case 'nginx':
      return req.path === '/' || req.path === '/index.html'
        ? nginx(200, 'OK', NGINX_WELCOME, req.now)
        : nginx(404, 'Not Found', NGINX_404, req.now);
    case 'agnhost':
      if (req.path.startsWith('/hostname')) return go(pod.metadata.name);
      if (req.path.startsWith('/clientip')) return go(req.remoteAddr);
      return go(`NOW: ${goTimeString(req.now, startedSecondsAgo(pod, req.now))}`);
    case 'http-echo':
      return go(
        `${argValue(pod.spec.containers[0] as Container, '-text') ?? 'hello-world'}\n`,
        200,
        'OK',
        [
          ['X-App-Name', 'http-echo'],
          ['X-App-Version', '1.0.0'],
        ],
      );
    case 'coredns':
      return req.path === '/health'
        ? go('OK')
        : go('404 page not found\n', 404, 'Not Found', [
            ['Content-Type', 'text/plain; charset=utf-8'],
            ['X-Content-Type-Options', 'nosniff'],
          ]);
    case 'apiserver':
      // Plain HTTP to the TLS port: Go's TLS server writes this fixed answer (HTTP/1.0, no headers).
      return {
        status: 400,
        reason: 'Bad Request',
        headers: [],
        body: 'Client sent an HTTP request to an HTTPS server.\n',
      };
  }
}

/** Seconds since the pod started: Go prints the monotonic clock reading after `m=+`. */
function startedSecondsAgo(pod: Pod, now: number): number {
  const started = pod.status.startTime ? Date.parse(pod.status.startTime) : now;
  return Math.max(0, (now - started) / 1000);
}
