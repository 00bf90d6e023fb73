/**
 * What the Service strategy needs from the cluster's IP and node-port allocators (implemented by
 * the registry), and the allocator error texts it must return so that messages match
 * (k8s pkg/registry/core/service/portallocator/allocator.go, ipallocator/interfaces.go and the
 * v1.33 MultiCIDR MetaAllocator, which answers ErrMismatchedNetwork for an IP outside every
 * ServiceCIDR).
 */

export interface ServiceAllocator {
  /** Allocate a specific IP, or the next random one in the dynamic band when ip is undefined. */
  allocateClusterIP(ip?: string): { ip: string } | { error: string };
  releaseClusterIP(ip: string): void;
  /** Allocate a specific node port, or the next random one in the dynamic band. */
  allocateNodePort(port?: number): { port: number } | { error: string };
  releaseNodePort(port: number): void;
}

export const ALLOC_ERRORS = {
  /** ErrFull (both allocators). */
  full: 'range is full',
  ipAllocated: 'provided IP is already allocated',
  /** v1.33 MetaAllocator for an IP outside the service CIDR(s). */
  ipMismatchedNetwork: 'the provided network does not match the current range',
  portAllocated: 'provided port is already allocated',
  /** portallocator ErrNotInRange; `range` as net.PortRange.String(), e.g. `30000-32767`. */
  portNotInRange: (range: string): string =>
    `provided port is not in the valid range. The range of valid ports is ${range}`,
  /** ≤ v1.32 bitmap allocator wording, kept for reference. */
  ipNotInRangeBitmap: (ip: string, cidr: string): string =>
    `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${cidr}`,
} as const;

/** The single IP family this simulated cluster is configured with. */
export const PRIMARY_IP_FAMILY = 'IPv4';
export const CONFIGURED_FAMILIES: readonly string[] = ['IPv4'];
