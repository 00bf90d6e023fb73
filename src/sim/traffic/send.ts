import { announcingNode, slicesOf } from '../controllers/loadbalancer.ts';
import type { SendRequest, Trace } from '../model/trace.ts';
import type { Pod, Service } from '../model/types.ts';
import { isIPv4 } from '../net/ip.ts';
import type { Txn } from '../registry/txn.ts';
import { nextInt } from '../util/rand.ts';
import { why } from './explain.ts';
import { atNode, toInternet } from './node.ts';
import { lookupHost } from './resolve.ts';
import { inCidr } from './topology.ts';
import { Walk, addrs, hostOf, type Landing, type Packet } from './walk.ts';

export type Source =
  | { kind: 'client'; ip: string }
  | { kind: 'node'; node: string; ip: string }
  | { kind: 'pod'; pod: Pod; node: string; ip: string };

/** Resolves `client`, `node/NAME` or `pod/NAME` (namespace from the request, default `default`). */
export function parseSource(txn: Txn, from: string, namespace = 'default'): Source | string {
  if (from === 'client') return { kind: 'client', ip: txn.state.config.client.ip };
  const [type, ...rest] = from.split('/');
  const name = rest.join('/');
  if (type === 'node') {
    const n = txn.read('nodes')[name];
    const ip = n?.status.addresses.find((a) => a.type === 'InternalIP')?.address;
    return n && ip
      ? { kind: 'node', node: name, ip }
      : `Error from server (NotFound): nodes "${name}" not found`;
  }
  if (type === 'pod') {
    const [ns, podName] =
      rest.length > 1 ? [rest[0] as string, rest.slice(1).join('/')] : [namespace, name];
    const pod = txn.get('Pod', ns, podName);
    if (!pod) return `Error from server (NotFound): pods "${podName}" not found`;
    if (pod.status.phase !== 'Running' || !pod.status.podIP || !pod.spec.nodeName)
      return `error: unable to upgrade connection: container not found ("${pod.spec.containers[0]?.name ?? ''}")`;
    return { kind: 'pod', pod, node: pod.spec.nodeName, ip: pod.status.podIP };
  }
  return `error: unknown source "${from}" (use client, node/NAME or pod/NAME)`;
}

const splitTarget = (to: string): { host: string; port: number } => {
  const m = /^(.*?)(?::(\d{1,5}))?$/.exec(to.trim()) as RegExpExecArray;
  return { host: (m[1] ?? '').replace(/^\[|\]$/g, ''), port: m[2] ? Number(m[2]) : 80 };
};

/** Traces one request end to end, advancing the seeded generator, affinity and conntrack tables. */
export function sendRequest(txn: Txn, req: SendRequest): Trace {
  const protocol = req.protocol ?? 'TCP';
  const base = {
    request: {
      from: req.from,
      to: req.to,
      protocol,
      ...(req.path !== undefined ? { path: req.path } : {}),
      ...(req.hostHeader !== undefined ? { hostHeader: req.hostHeader } : {}),
      ...(req.namespace !== undefined ? { namespace: req.namespace } : {}),
    },
  };
  const w = new Walk(txn);
  const src = parseSource(txn, req.from, req.namespace);
  if (typeof src === 'string')
    return { ...base, outcome: 'timeout', hops: [], totalMs: 0, error: src };
  const { host, port } = splitTarget(req.to);
  w.hostHeader = req.hostHeader ?? (port === 80 ? host : `${host}:${port}`);
  w.httpPath = req.path ?? '/';
  const srcAddr = `${src.ip}:${w.ephemeralPort()}`;
  let dstIP = host;
  let resolved: Trace['resolved'];
  if (!isIPv4(host)) {
    const r = lookupHost(w, src, host, port, srcAddr);
    if (!r.ok)
      return {
        ...base,
        outcome: r.timeout ? 'timeout' : 'nxdomain',
        hops: w.hops,
        totalMs: sum(w),
        ...(r.timeout ? { error: 'DNS timeout' } : {}),
      };
    dstIP = r.address;
    resolved = { name: host, addresses: r.addresses, ...(r.cname ? { cname: r.cname } : {}) };
  }
  const pkt: Packet = { src: srcAddr, dst: `${dstIP}:${port}`, proto: protocol };
  const landing = start(w, src, pkt);
  return finish(w, base, pkt, landing, resolved);
}

function start(w: Walk, src: Source, pkt: Packet): Landing {
  if (src.kind === 'node') return atNode(w, src.node, pkt, { local: true });
  if (src.kind === 'pod') {
    w.hop({
      node: src.node,
      action: 'send',
      before: addrs(pkt),
      latencyMs: w.latency.local,
      why: why('podSends', { pod: src.pod.metadata.name, src: pkt.src, node: src.node }),
    });
    return atNode(w, src.node, pkt, { local: false });
  }
  return fromClient(w, pkt);
}

function fromClient(w: Walk, pkt: Packet): Landing {
  const dstIP = hostOf(pkt.dst);
  const node = w.topo.nodeByIP.get(dstIP);
  if (node) {
    const name = node.metadata.name;
    w.hop({
      place: 'client',
      action: 'send',
      before: addrs(pkt),
      latencyMs: w.latency.external,
      why: why('clientSends', { node: name, ip: dstIP }),
    });
    return atNode(w, name, pkt, { local: false });
  }
  const lb = lbService(w, dstIP);
  if (lb) return viaLoadBalancer(w, pkt, lb);
  if (w.state.config.internet.some((h) => h.ip === dstIP)) return toInternet(w, pkt);
  const what = why(
    inCidr(w.topo.serviceCidr, dstIP)
      ? 'clientNoRouteClusterIP'
      : inCidr(w.topo.clusterCidr, dstIP)
        ? 'clientNoRoutePod'
        : 'clientNoRoute',
    { ip: dstIP },
  );
  w.hop({
    place: 'client',
    action: 'drop',
    before: addrs(pkt),
    latencyMs: w.latency.external,
    why: what,
  });
  return { kind: 'timeout' };
}

function lbService(w: Walk, ip: string): Service | undefined {
  for (const k in w.state.services) {
    const s = w.state.services[k] as Service;
    if (s.status.loadBalancer.ingress?.some((i) => i.ip === ip)) return s;
  }
  return undefined;
}

function viaLoadBalancer(w: Walk, pkt: Packet, svc: Service): Landing {
  const lb = w.state.config.loadBalancer;
  const dstIP = hostOf(pkt.dst);
  if (!lb || lb.provider === 'metallb') {
    const node = announcingNode(w.state.nodes, slicesOf(w.state.endpointSlices, svc), svc, dstIP);
    if (!node) {
      w.hop({
        place: 'client',
        action: 'drop',
        before: addrs(pkt),
        latencyMs: w.latency.external,
        why: why(
          svc.spec.externalTrafficPolicy === 'Local' ? 'metallbNobodyLocal' : 'metallbNobody',
          { ip: dstIP },
        ),
      });
      return { kind: 'timeout' };
    }
    w.hop({
      place: 'client',
      action: 'send',
      before: addrs(pkt),
      latencyMs: w.latency.external,
      why: why('metallbArrives', { node, ip: dstIP }),
    });
    return atNode(w, node, pkt, { local: false });
  }
  const sp = w.model.byLoadBalancerIP.get(`${pkt.dst}/${pkt.proto}`);
  const nodePort = sp?.nodePort;
  const eligible = Object.values(w.state.nodes).filter(
    (n) =>
      n.metadata.labels?.['node.kubernetes.io/exclude-from-external-load-balancers'] === undefined,
  );
  const healthy = sp?.externalPolicyLocal
    ? eligible.filter((n) => sp.localEndpoints(n.metadata.name).length > 0)
    : eligible;
  if (!sp || nodePort === undefined || healthy.length === 0) {
    w.hop({
      place: 'load-balancer',
      action: 'drop',
      before: addrs(pkt),
      latencyMs: w.latency.external,
      why: !sp
        ? why('cloudNoListener', { dst: pkt.dst })
        : why(nodePort === undefined ? 'cloudNoNodePort' : 'cloudNoHealthy'),
    });
    return { kind: 'timeout' };
  }
  const d = nextInt(w.txn.rng, healthy.length);
  w.txn.rng = d.rng;
  const target = healthy[d.value] as (typeof healthy)[number];
  const ip = w.topo.nodeIP.get(target.metadata.name) as string;
  const after: Packet = { ...pkt, dst: `${ip}:${nodePort}` };
  w.hop({
    place: 'load-balancer',
    action: 'lb',
    before: addrs(pkt),
    after: addrs(after),
    latencyMs: w.latency.external,
    why: why(sp.externalPolicyLocal ? 'cloudForwardsLocal' : 'cloudForwards', {
      nodePort,
      node: target.metadata.name,
      hcPort: sp.healthCheckNodePort ?? '',
    }),
  });
  w.nats.push({ node: 'load-balancer', orig: pkt, translated: after });
  return atNode(w, target.metadata.name, after, { local: false });
}

const sum = (w: Walk) => w.hops.reduce((t, h) => t + h.latencyMs, 0);

function finish(
  w: Walk,
  base: Pick<Trace, 'request'>,
  pkt: Packet,
  landing: Landing,
  resolved: Trace['resolved'],
): Trace {
  let total = 0;
  let dns = 0;
  let crossed = false;
  for (const h of w.hops) {
    total += h.latencyMs;
    if (h.action === 'dns') dns += h.latencyMs;
    if (h.crossNode) crossed = true;
  }
  if (landing.kind === 'refused' || landing.kind === 'timeout') {
    return {
      request: base.request,
      outcome: landing.kind,
      ...(resolved ? { resolved } : {}),
      connectedTo: pkt.dst,
      hops: w.hops,
      totalMs: round(total),
    };
  }
  // One conntrack entry per node that translated the connection: as it arrived, and as answered.
  const natNodes: string[] = [];
  for (const nat of w.nats) {
    if (nat.node === 'load-balancer' || natNodes.includes(nat.node)) continue;
    natNodes.push(nat.node);
    w.txn.addConntrack({
      node: nat.node,
      protocol: pkt.proto === 'UDP' ? 'udp' : 'tcp',
      orig: {
        src: hostOf(nat.orig.src),
        dst: hostOf(nat.orig.dst),
        sport: port(nat.orig.src),
        dport: port(nat.orig.dst),
      },
      reply: {
        src: hostOf(landing.pkt.dst),
        dst: hostOf(landing.pkt.src),
        sport: port(landing.pkt.dst),
        dport: port(landing.pkt.src),
      },
      state: pkt.proto === 'UDP' ? 'UNREPLIED' : 'TIME_WAIT',
      at: w.txn.at,
    });
  }
  const oneWay = total - dns;
  w.hop({
    node: natNodes[0] ?? (landing.kind === 'internet' ? undefined : landing.node),
    place: natNodes[0] === undefined && landing.kind === 'internet' ? 'internet' : undefined,
    action: 'reply',
    before: { src: landing.pkt.dst, dst: landing.pkt.src },
    after: { src: pkt.dst, dst: pkt.src },
    crossNode: crossed,
    latencyMs: oneWay,
    why:
      natNodes.length > 0
        ? why('replyNat', { nodes: natNodes.join(', '), dst: pkt.dst })
        : why('replyDirect', { dst: pkt.src }),
  });
  const trace: Trace = {
    request: base.request,
    outcome: 'delivered',
    ...(resolved ? { resolved } : {}),
    connectedTo: pkt.dst,
    clientAddress: landing.pkt.src,
    hops: w.hops,
    totalMs: round(total + oneWay),
  };
  if (landing.kind === 'pod')
    trace.pod = `${landing.pod.metadata.namespace}/${landing.pod.metadata.name}`;
  else
    trace.server =
      landing.kind === 'internet' ? landing.server : `${landing.node}/${landing.process}`;
  if (landing.respond) lazyResponse(trace, landing.respond);
  return trace;
}

/**
 * The HTTP answer is built only when someone reads it (curl, the inspector): most traces (Send 10,
 * benchmarks) never do. It is an enumerable getter, so the trace still serialises as plain data.
 */
function lazyResponse(trace: Trace, respond: () => NonNullable<Trace['response']>): void {
  let cached: Trace['response'];
  Object.defineProperty(trace, 'response', {
    enumerable: true,
    configurable: true,
    get: () => (cached ??= respond()),
  });
}

const port = (addr: string) => Number(addr.slice(addr.lastIndexOf(':') + 1));
const round = (n: number) => Math.round(n * 1000) / 1000;
