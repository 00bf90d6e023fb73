/**
 * plugin/kubernetes parseRequest: how a name under the cluster zone splits into
 * `[_port._protocol.|endpoint.]service.namespace.(svc|pod).zone`.
 */

import { trimZone } from './names.ts';

export interface RecordRequest {
  port: string;
  protocol: string;
  endpoint: string;
  service: string;
  namespace: string;
  /** `svc`, `pod`, or '' for the apex, `svc.<zone>` and `pod.<zone>` (answered with NODATA). */
  podOrSvc: '' | 'svc' | 'pod';
}

/** `undefined` is errInvalidRequest (a name error: NXDOMAIN). Inputs are canonical names. */
export function parseRequest(name: string, zone: string): RecordRequest | undefined {
  const r: RecordRequest = {
    port: '',
    protocol: '',
    endpoint: '',
    service: '',
    namespace: '',
    podOrSvc: '',
  };
  const base = trimZone(name, zone);
  if (base === '' || base === 'svc' || base === 'pod') return r;
  const segs = base.split('.');
  let last = segs.length - 1;
  const kind = segs[last];
  if (kind !== 'svc' && kind !== 'pod') return undefined;
  r.podOrSvc = kind;
  if (--last < 0) return r;
  r.namespace = segs[last] as string;
  if (--last < 0) return r;
  r.service = segs[last] as string;
  if (--last < 0) return r;
  if (last === 0) {
    r.endpoint = segs[0] as string;
  } else if (last === 1) {
    r.protocol = stripUnderscore(segs[1] as string);
    r.port = stripUnderscore(segs[0] as string);
  } else {
    return undefined;
  }
  return r;
}

const stripUnderscore = (s: string): string => (s.startsWith('_') ? s.slice(1) : s);

/** matchPortAndProtocol: an empty request field is a wildcard; comparisons ignore case. */
export function matchPortAndProtocol(
  reqPort: string,
  port: string,
  reqProto: string,
  proto: string,
): boolean {
  return (
    (reqPort === '' || reqPort === port.toLowerCase()) &&
    (reqProto === '' || reqProto === proto.toLowerCase())
  );
}
