import type { Container, Pod, Protocol } from '../model/types.ts';
import type { HttpResponse } from '../model/trace.ts';
import { utf8Length } from '../util/text.ts';

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

const ok = (body: string, contentType = 'text/plain; charset=utf-8'): HttpResponse => ({
  status: 200,
  reason: 'OK',
  headers: [
    ['Content-Type', contentType],
    ['Content-Length', String(utf8Length(body))],
  ],
  body,
});

/** What an HTTP request to that listener returns. */
export function httpResponse(pod: Pod, listener: Listener, req: HttpRequest): HttpResponse {
  switch (listener.app) {
    case 'whoami':
    case 'generic':
      return ok(whoami(pod, req));
    case 'nginx':
      return req.path === '/' || req.path === '/index.html'
        ? ok(NGINX_WELCOME, 'text/html')
        : notFound(
            '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx/1.27.3</center>\r\n</body>\r\n</html>\r\n',
            'text/html',
          );
    case 'agnhost':
      if (req.path.startsWith('/hostname')) return ok(pod.metadata.name);
      if (req.path.startsWith('/clientip')) return ok(req.remoteAddr);
      return ok(`NOW: ${new Date(req.now).toISOString().replace('Z', '000000 +0000 UTC')}`);
    case 'http-echo':
      return ok(`${argValue(pod.spec.containers[0] as Container, '-text') ?? 'hello-world'}\n`);
    case 'coredns':
      return req.path === '/health' ? ok('OK') : notFound('404 page not found\n');
    case 'apiserver':
      // Plain HTTP to the TLS port: Go's net/http answers this fixed 400.
      return {
        status: 400,
        reason: 'Bad Request',
        headers: [
          ['Content-Type', 'text/plain; charset=utf-8'],
          ['Connection', 'close'],
        ],
        body: 'Client sent an HTTP request to an HTTPS server.\n',
      };
  }
}

function notFound(body: string, contentType = 'text/plain; charset=utf-8'): HttpResponse {
  return { status: 404, reason: 'Not Found', headers: [['Content-Type', contentType]], body };
}
