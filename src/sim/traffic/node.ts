import { goResponse } from '../apps/http.ts';
import { why } from './explain.ts';
import { internetResponse } from './internet.ts';
import { clusterIPPath, externalPath, type Origin } from './kubeproxy.ts';
import { deliverToEndpoint, landOnHost } from './deliver.ts';
import { inCidr, nodeForPodIP } from './topology.ts';
import { addrs, hostOf, portOf, type Landing, type Packet, type Walk } from './walk.ts';

const LOOPBACK = '127.0.0.1';

/**
 * A packet entering a node's network stack: PREROUTING (arriving from outside or from a local pod)
 * or OUTPUT (generated on the node). kube-proxy's KUBE-SERVICES decides first; then routing.
 */
export function atNode(w: Walk, node: string, pkt: Packet, origin: Origin): Landing {
  const base = [origin.local ? 'OUTPUT' : 'PREROUTING'];
  const dstIP = hostOf(pkt.dst);
  const port = portOf(pkt.dst);
  const key = `${pkt.dst}/${pkt.proto}`;
  const byClusterIP = w.model.byClusterIP.get(key);
  if (byClusterIP) return clusterIPPath(w, node, byClusterIP, pkt, base);
  const byLB = w.model.byLoadBalancerIP.get(key);
  if (byLB) return externalPath(w, node, byLB, pkt, origin, 'loadbalancer IP', base);
  const byExternal = w.model.byExternalIP.get(key);
  if (byExternal) return externalPath(w, node, byExternal, pkt, origin, 'external IP', base);

  const nodeIP = w.topo.nodeIP.get(node);
  const isLocal = dstIP === nodeIP || dstIP === LOOPBACK;
  if (isLocal) {
    const np = w.model.byNodePort.get(`${port}/${pkt.proto}`);
    if (np) return externalPath(w, node, np, pkt, origin, 'nodePort', base);
    const hc = pkt.proto === 'TCP' ? w.model.healthCheckNodePorts.get(port) : undefined;
    if (hc) {
      const local = hc.localEndpoints(node).length;
      w.hop({
        node,
        action: 'deliver',
        chains: ['INPUT', 'KUBE-NODEPORTS'],
        before: addrs(pkt),
        latencyMs: w.latency.local,
        why: why('healthCheck', {
          service: `${hc.namespace}/${hc.name}`,
          status: local > 0 ? 200 : 503,
          count: local,
          node,
        }),
      });
      const at = w.txn.at;
      const body = `{\n\t"service": {\n\t\t"namespace": "${hc.namespace}",\n\t\t"name": "${hc.name}"\n\t},\n\t"localEndpoints": ${local},\n\t"serviceProxyHealthy": true\n}`;
      return {
        kind: 'host',
        node,
        process: 'kube-proxy',
        pkt,
        respond: () =>
          goResponse(
            local > 0 ? 200 : 503,
            local > 0 ? 'OK' : 'Service Unavailable',
            [
              ['Content-Type', 'application/json'],
              ['X-Content-Type-Options', 'nosniff'],
              ['X-Load-Balancing-Endpoint-Weight', String(local)],
            ],
            body,
            at,
          ),
      };
    }
    return landOnHost(w, node, pkt);
  }

  const pod = w.topo.podByIP.get(dstIP);
  if (pod || inCidr(w.topo.clusterCidr, dstIP)) {
    const target = pod?.spec.nodeName ?? nodeForPodIP(w.topo, dstIP);
    return deliverToEndpoint(
      w,
      node,
      { ip: dstIP, port, ...(target ? { nodeName: target } : {}) },
      pkt,
      false,
    );
  }
  const other = w.topo.nodeByIP.get(dstIP);
  if (other) {
    const name = other.metadata.name;
    w.hop({
      node,
      action: 'forward',
      before: addrs(pkt),
      crossNode: true,
      latencyMs: w.latency.crossNode,
      why: why('forwardToNode', { ip: dstIP, node: name }),
    });
    return atNode(w, name, pkt, { local: false });
  }
  return toOutside(w, node, pkt);
}

/** Leaving the cluster through the node's default gateway (pods are masqueraded by the CNI). */
export function toOutside(w: Walk, node: string, pkt: Packet): Landing {
  const dstIP = hostOf(pkt.dst);
  if (inCidr(w.topo.serviceCidr, dstIP)) {
    w.hop({
      node,
      action: 'drop',
      before: addrs(pkt),
      why: why('serviceRangeNoRule', { ip: dstIP }),
    });
    return { kind: 'timeout' };
  }
  let p = pkt;
  if (inCidr(w.topo.clusterCidr, hostOf(pkt.src))) {
    const nodeIP = w.topo.nodeIP.get(node) ?? hostOf(pkt.src);
    p = { ...pkt, src: `${nodeIP}:${w.ephemeralPort()}` };
    w.hop({
      node,
      action: 'snat',
      chain: 'FLANNEL-POSTRTG',
      chains: ['POSTROUTING', 'FLANNEL-POSTRTG'],
      before: addrs(pkt),
      after: addrs(p),
      why: why('cniMasquerade', { ip: nodeIP }),
    });
    w.nats.push({ node, orig: pkt, translated: p });
  }
  return toInternet(w, p, node);
}

export function toInternet(w: Walk, pkt: Packet, node?: string): Landing {
  const dstIP = hostOf(pkt.dst);
  const host = w.state.config.internet.find((h) => h.ip === dstIP);
  w.hop({
    ...(node ? { node } : { place: 'client' }),
    action: 'forward',
    before: addrs(pkt),
    latencyMs: w.latency.internet,
    why: host
      ? why('toInternet', { name: host.names[0] ?? dstIP, ip: dstIP })
      : why('toInternetIP', { ip: dstIP }),
  });
  if (
    !host ||
    host.server === 'none' ||
    pkt.proto !== 'TCP' ||
    (portOf(pkt.dst) !== 80 && portOf(pkt.dst) !== 443)
  ) {
    w.hop({
      place: 'internet',
      action: 'drop',
      before: addrs(pkt),
      why: why('internetNoHost', { dst: pkt.dst }),
    });
    return { kind: 'timeout' };
  }
  w.hop({
    place: 'internet',
    action: 'deliver',
    before: addrs(pkt),
    why: why('internetDelivered', { name: host.names[0] ?? dstIP, src: hostOf(pkt.src) }),
  });
  const response = internetResponse(host, w.hostHeader, w.httpPath);
  return {
    kind: 'internet',
    server: host.names[0] ?? dstIP,
    pkt,
    ...(response ? { respond: () => response } : {}),
  };
}
