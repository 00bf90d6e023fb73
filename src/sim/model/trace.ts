/** The path of one request through the simulated network, hop by hop. */

/** Where a request starts: the external client, a node's host network, or a pod. */
export type Endpointish = 'client' | `node/${string}` | `pod/${string}`;

export interface SendRequest {
  from: Endpointish | string;
  /** `HOST:PORT`; HOST is an IP, a node name or a DNS name. A missing port means 80. */
  to: string;
  protocol?: 'TCP' | 'UDP';
  /** HTTP Host header; defaults to the host part of `to`, as curl sends it. */
  hostHeader?: string;
  path?: string;
  /** Namespace of `pod/NAME` when not `default`. */
  namespace?: string;
}

export type HopAction =
  | 'dns' // name resolved (or a CNAME followed)
  | 'send' // the packet leaves its source
  | 'lb' // an external load balancer picked a node (cloud provider)
  | 'arrive' // the packet reaches a node's network stack
  | 'match' // a kube-proxy chain matched without rewriting (e.g. KUBE-NODEPORTS, KUBE-EXT)
  | 'dnat' // destination rewritten to an endpoint (KUBE-SEP)
  | 'snat' // source rewritten (KUBE-POSTROUTING MASQUERADE, CNI masquerade)
  | 'forward' // routed to another node (NodePort second hop) or out of the cluster
  | 'deliver' // accepted by the destination's socket
  | 'reply' // the answer travelling back (conntrack reverses the NAT)
  | 'drop' // silently dropped (timeout)
  | 'reject'; // refused (REJECT / RST)

export interface PacketAddrs {
  /** `ip:port` */
  src: string;
  /** `ip:port` (or `name:port` before DNS resolution) */
  dst: string;
}

/** A hop's explanation as data (id + parameters), for translation; `explain` is its English text. */
export interface Why {
  id: string;
  params?: Readonly<Record<string, string | number | Why>>;
}

export interface Hop {
  /** The node where this hop happens (absent outside the cluster). */
  node?: string;
  /** Where the hop happens when it is not on a node: `client`, `internet`, `load-balancer`. */
  place?: string;
  action: HopAction;
  /** The chain (or component) that acted, e.g. `KUBE-SEP-XQWD6PXGZUTOOIVQ`. */
  chain?: string;
  /** Chains traversed to get there, in order (e.g. PREROUTING, KUBE-SERVICES, KUBE-SVC-…). */
  chains?: string[];
  before: PacketAddrs;
  after: PacketAddrs;
  /** True when this hop moved the packet to a different node (the NodePort second hop). */
  crossNode: boolean;
  latencyMs: number;
  explain: string;
  /** The explanation as data, for other languages (absent in traces saved by older versions). */
  why?: Why;
}

export type TraceOutcome = 'delivered' | 'refused' | 'timeout' | 'nxdomain';

export interface HttpResponse {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

export interface Trace {
  /** The request as sent (path and Host header as given, when given). */
  request: {
    from: string;
    to: string;
    protocol: 'TCP' | 'UDP';
    path?: string;
    hostHeader?: string;
    namespace?: string;
  };
  outcome: TraceOutcome;
  /** `namespace/name` of the pod that answered. */
  pod?: string;
  /** Host outside the cluster that answered (e.g. `google.com`). */
  server?: string;
  /** The source address (ip:port) the answering side saw. */
  clientAddress?: string;
  /** The address:port actually connected to after DNS (what curl prints as "Connected to"). */
  connectedTo?: string;
  /** The names that were resolved on the way (for curl -v / explanations). */
  resolved?: { name: string; addresses: string[]; cname?: string };
  hops: Hop[];
  /** Total one-way latency to the answering socket plus the reply, in ms. */
  totalMs: number;
  /** What an HTTP request over this connection would get back, when delivered to a web server. */
  response?: HttpResponse;
  /** Set when the request could not even start (unknown source pod or node). */
  error?: string;
}
