/**
 * `ip route` and `ip addr` on a node with flannel's host-gw backend: every other node's pod
 * subnet is routed via that node's IP on eth0; the node's own subnet sits on the cni0 bridge
 * (10.244.N.1) with one veth per pod.
 */
import type { NodeConfig } from '../model/config.ts';
import type { SimState } from '../model/state.ts';
import type { Pod } from '../model/types.ts';
import { formatIPv4, parseCidr, parseIPv4 } from '../net/ip.ts';
import { sha256, utf8 } from './sha256.ts';

/** The node subnet is taken as the node IP's /24, its gateway as .1 of it (inferred). */
export function nodeSubnet(ip: string): { cidr: string; gateway: string; broadcast: string } {
  const n = parseIPv4(ip) ?? 0;
  const base = n - (n % 256);
  return {
    cidr: `${formatIPv4(base)}/24`,
    gateway: formatIPv4(base + 1),
    broadcast: formatIPv4(base + 255),
  };
}

/** Pods with their own network namespace on `node`, in creation order. */
export function podsOnNode(state: SimState, node: string): Pod[] {
  return Object.values(state.pods)
    .filter((p) => p.spec.nodeName === node && !p.spec.hostNetwork && p.status.podIP)
    .sort((a, b) =>
      a.metadata.creationTimestamp === b.metadata.creationTimestamp
        ? a.metadata.name.localeCompare(b.metadata.name)
        : a.metadata.creationTimestamp < b.metadata.creationTimestamp
          ? -1
          : 1,
    );
}

const bridgeIP = (podCIDR: string) => formatIPv4((parseCidr(podCIDR)?.base ?? 0) + 1);

function findNode(state: SimState, node: string): NodeConfig | undefined {
  return state.config.nodes.find((n) => n.name === node);
}

/** `ip route` on `node`; undefined for an unknown node. */
export function ipRoute(state: SimState, node: string): string | undefined {
  const self = findNode(state, node);
  if (!self) return undefined;
  const sub = nodeSubnet(self.ip);
  const routes: { key: number; text: string }[] = [
    { key: -1, text: `default via ${sub.gateway} dev eth0 proto static` },
    {
      key: parseCidr(sub.cidr)?.base ?? 0,
      text: `${sub.cidr} dev eth0 proto kernel scope link src ${self.ip}`,
    },
  ];
  for (const n of state.config.nodes) {
    const cidr = parseCidr(n.podCIDR);
    if (!cidr) continue;
    const text =
      n.name === node
        ? `${cidr.text} dev cni0 proto kernel scope link src ${bridgeIP(n.podCIDR)}${
            podsOnNode(state, node).length === 0 ? ' linkdown' : ''
          }`
        : `${cidr.text} via ${n.ip} dev eth0`;
    routes.push({ key: cidr.base, text });
  }
  routes.sort((a, b) => a.key - b.key);
  return routes.map((r) => `${r.text} \n`).join('');
}

/** A stable, locally administered MAC derived from a name. */
export function macFor(name: string, prefix?: number[]): number[] {
  const h = sha256(utf8(name));
  const mac = prefix ? [...prefix, ...h.slice(0, 6 - prefix.length)] : Array.from(h.slice(0, 6));
  if (!prefix) mac[0] = ((mac[0] ?? 0) & 0xfe) | 0x02;
  return mac;
}

const macText = (m: number[]) => m.map((b) => b.toString(16).padStart(2, '0')).join(':');

/** fe80:: EUI-64 address for a MAC, as `ip` prints it. */
export function linkLocal(m: number[]): string {
  const b = [(m[0] ?? 0) ^ 2, m[1], m[2], 0xff, 0xfe, m[3], m[4], m[5]].map((x) => x ?? 0);
  const groups: string[] = [];
  for (let i = 0; i < 8; i += 2) groups.push((((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)).toString(16));
  return `fe80::${groups.join(':')}/64`;
}

const LIFE = '       valid_lft forever preferred_lft forever';

/** `ip addr` on `node`; undefined for an unknown node. */
export function ipAddr(state: SimState, node: string): string | undefined {
  const self = findNode(state, node);
  if (!self) return undefined;
  const pods = podsOnNode(state, node);
  const sub = nodeSubnet(self.ip);
  const eth = macFor(`eth0/${node}`, [0x52, 0x54, 0x00]);
  const br = macFor(`cni0/${node}`);
  const up = pods.length > 0;
  const out = [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    LIFE,
    '    inet6 ::1/128 scope host noprefixroute ',
    LIFE,
    '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000',
    `    link/ether ${macText(eth)} brd ff:ff:ff:ff:ff:ff`,
    `    inet ${self.ip}/24 brd ${sub.broadcast} scope global eth0`,
    LIFE,
    `    inet6 ${linkLocal(eth)} scope link `,
    LIFE,
    `3: cni0: <${up ? '' : 'NO-CARRIER,'}BROADCAST,MULTICAST,UP${up ? ',LOWER_UP' : ''}> mtu 1500 qdisc noqueue state ${up ? 'UP' : 'DOWN'} group default qlen 1000`,
    `    link/ether ${macText(br)} brd ff:ff:ff:ff:ff:ff`,
    `    inet ${bridgeIP(self.podCIDR)}/24 brd ${formatIPv4((parseCidr(self.podCIDR)?.base ?? 0) + 255)} scope global cni0`,
    LIFE,
    `    inet6 ${linkLocal(br)} scope link `,
    LIFE,
  ];
  pods.forEach((p, i) => {
    const h = sha256(utf8(p.metadata.uid));
    const name = `veth${Array.from(h.slice(0, 4), (b) => b.toString(16).padStart(2, '0')).join('')}`;
    const ns = Array.from(h.slice(4, 20), (b) => b.toString(16).padStart(2, '0')).join('');
    const uuid = `${ns.slice(0, 8)}-${ns.slice(8, 12)}-${ns.slice(12, 16)}-${ns.slice(16, 20)}-${ns.slice(20, 32)}`;
    const mac = macFor(`veth/${p.metadata.uid}`);
    out.push(
      `${i + 4}: ${name}@if2: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue master cni0 state UP group default qlen 1000`,
      `    link/ether ${macText(mac)} brd ff:ff:ff:ff:ff:ff link-netns cni-${uuid}`,
      `    inet6 ${linkLocal(mac)} scope link `,
      LIFE,
    );
  });
  return `${out.join('\n')}\n`;
}

/**
 * `ip addr` inside a pod: lo, and eth0 — the pod end of the veth pair whose host end is
 * `vethXXXX@if2` on the node (index 2 inside the pod). The interface index on the host side is the
 * pod's position on the node + 4, as `ip addr` on the node numbers them.
 */
export function podIpAddr(state: SimState, pod: Pod): string | undefined {
  const node = pod.spec.nodeName;
  const ip = pod.status.podIP;
  if (!node || !ip || pod.spec.hostNetwork)
    return node && pod.spec.hostNetwork ? ipAddr(state, node) : undefined;
  const self = findNode(state, node);
  const cidr = self ? parseCidr(self.podCIDR) : undefined;
  if (!cidr) return undefined;
  const hostIndex =
    podsOnNode(state, node).findIndex((p) => p.metadata.uid === pod.metadata.uid) + 4;
  const mac = macFor(`eth0/${pod.metadata.uid}`);
  return `${[
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    LIFE,
    '    inet6 ::1/128 scope host ',
    LIFE,
    `2: eth0@if${hostIndex}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000`,
    `    link/ether ${macText(mac)} brd ff:ff:ff:ff:ff:ff link-netnsid 0`,
    `    inet ${ip}/${cidr.bits} brd ${formatIPv4(cidr.base + cidr.size - 1)} scope global eth0`,
    LIFE,
    `    inet6 ${linkLocal(mac)} scope link `,
    LIFE,
  ].join('\n')}\n`;
}

/**
 * `ip route` inside a pod on flannel: the bridge plugin's default route via cni0's address, flannel's
 * route to the whole cluster CIDR, and the node's pod subnet on eth0.
 */
export function podIpRoute(state: SimState, pod: Pod): string | undefined {
  const node = pod.spec.nodeName;
  const ip = pod.status.podIP;
  if (!node || !ip) return undefined;
  if (pod.spec.hostNetwork) return ipRoute(state, node);
  const self = findNode(state, node);
  const cidr = self ? parseCidr(self.podCIDR) : undefined;
  if (!self || !cidr) return undefined;
  const gw = bridgeIP(self.podCIDR);
  const cluster = parseCidr(state.config.clusterCIDR);
  return [
    `default via ${gw} dev eth0 `,
    ...(cluster ? [`${cluster.text} via ${gw} dev eth0 `] : []),
    `${cidr.text} dev eth0 proto kernel scope link src ${ip} `,
  ]
    .map((l) => `${l}\n`)
    .join('');
}
