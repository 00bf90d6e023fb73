/**
 * kube-proxy's chain names (pkg/proxy/iptables/proxier.go): `portProtoHash` is the first 16
 * characters of base32(StdEncoding) of sha256(servicePortName + protocol); endpoint chains hash
 * servicePortName + protocol + "ip:port". Results are memoised: the trace engine asks for the same
 * names over and over.
 */
import { sha256Words, utf8 } from './sha256.ts';

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 with padding (Go's base32.StdEncoding). */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += B32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

/** The first 16 base32 characters (80 bits) of a digest given as 32-bit words. */
function base32Prefix16(w: Int32Array): string {
  const w0 = (w[0] as number) >>> 0;
  const w1 = (w[1] as number) >>> 0;
  const w2 = (w[2] as number) >>> 0;
  // 80 bits: w0 (32) | w1 (32) | top 16 of w2, as two 40-bit halves (exact in doubles).
  const hi = w0 * 256 + (w1 >>> 24);
  const lo = (w1 & 0xffffff) * 65536 + (w2 >>> 16);
  let s = '';
  for (let i = 7; i >= 0; i--) s += B32[Math.floor(hi / 2 ** (5 * i)) & 31];
  for (let i = 7; i >= 0; i--) s += B32[Math.floor(lo / 2 ** (5 * i)) & 31];
  return s;
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function hash16(input: string): string {
  let h = cache.get(input);
  if (h === undefined) {
    h = base32Prefix16(sha256Words(utf8(input)));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, h);
  }
  return h;
}

/** `portProtoHash(servicePortName, protocol)`; protocol is lower case (`tcp`, `udp`, `sctp`). */
export function portProtoHash(servicePortName: string, protocolLower: string): string {
  return hash16(servicePortName + protocolLower);
}

/** The hash part of `KUBE-SEP-…` for one endpoint (`endpoint` is `ip:port`). */
export function endpointHash(servicePortName: string, protocolLower: string, endpoint: string) {
  return hash16(servicePortName + protocolLower + endpoint);
}

export const svcChainName = (spn: string, proto: string) => `KUBE-SVC-${portProtoHash(spn, proto)}`;
export const svlChainName = (spn: string, proto: string) => `KUBE-SVL-${portProtoHash(spn, proto)}`;
export const extChainName = (spn: string, proto: string) => `KUBE-EXT-${portProtoHash(spn, proto)}`;
export const fwChainName = (spn: string, proto: string) => `KUBE-FW-${portProtoHash(spn, proto)}`;
export const sepChainName = (spn: string, proto: string, endpoint: string) =>
  `KUBE-SEP-${endpointHash(spn, proto, endpoint)}`;

/** `ns/name:port`, or `ns/name` for an unnamed port (proxy.ServicePortName.String()). */
export function servicePortName(namespace: string, name: string, portName?: string): string {
  return portName ? `${namespace}/${name}:${portName}` : `${namespace}/${name}`;
}
