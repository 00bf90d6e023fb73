/**
 * Ids of canvas items. They double as React Flow node/edge ids, so tests find them through React
 * Flow's `data-id` attribute (e.g. `[data-id="node:node3"]`, `[data-id="svc:default/my-app"]`).
 */
export const CLIENT_ID = 'client';
export const LB_ID = 'lb';
export const INTERNET_ID = 'internet';
export const BAND_ID = 'band';
export const UNSCHEDULED_ID = 'unscheduled';

export const nodeId = (name: string) => `node:${name}`;
export const podId = (key: string) => `pod:${key}`;
/** The collapsed kube-system chip of a node. */
export const systemId = (node: string) => `sys:${node}`;
export const serviceId = (key: string) => `svc:${key}`;

/** Service → endpoint (a pod, a collapsed chip, or a node for host-network endpoints). */
export const endpointEdgeId = (svc: string, target: string) => `ep:${svc}>${target}`;
/** Headless Service: DNS answers with the pod addresses themselves. */
export const dnsEdgeId = (svc: string, target: string) => `dns:${svc}>${target}`;
/** ExternalName Service: a CNAME to a name outside the cluster. */
export const cnameEdgeId = (svc: string) => `cname:${svc}`;
/** Load-balancer address → its Service. */
export const vipEdgeId = (svc: string) => `vip:${svc}`;
