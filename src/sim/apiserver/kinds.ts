/** The resource types this API server serves (the RESTMapper's view of them). */

export type SupportedKind = 'Service' | 'Pod' | 'Deployment' | 'EndpointSlice' | 'Namespace';

export interface KindInfo {
  kind: SupportedKind;
  group: string;
  version: string;
  /** Plural resource name (`services`). */
  resource: string;
  namespaced: boolean;
}

export const KINDS: Readonly<Record<SupportedKind, KindInfo>> = {
  Service: { kind: 'Service', group: '', version: 'v1', resource: 'services', namespaced: true },
  Pod: { kind: 'Pod', group: '', version: 'v1', resource: 'pods', namespaced: true },
  Deployment: {
    kind: 'Deployment',
    group: 'apps',
    version: 'v1',
    resource: 'deployments',
    namespaced: true,
  },
  EndpointSlice: {
    kind: 'EndpointSlice',
    group: 'discovery.k8s.io',
    version: 'v1',
    resource: 'endpointslices',
    namespaced: true,
  },
  Namespace: {
    kind: 'Namespace',
    group: '',
    version: 'v1',
    resource: 'namespaces',
    namespaced: false,
  },
};

/** Every group/version the server knows (for "no matches for kind" vs. unknown group). */
export const KNOWN_GROUP_VERSIONS = ['v1', 'apps/v1', 'discovery.k8s.io/v1'];

export function apiVersionOf(info: KindInfo): string {
  return info.group ? `${info.group}/${info.version}` : info.version;
}

/** RESTMapping lookup: exact kind and group/version, as the discovery-backed mapper does it. */
export function lookupKind(apiVersion: string, kind: string): KindInfo | undefined {
  for (const info of Object.values(KINDS)) {
    if (info.kind === kind && apiVersionOf(info) === apiVersion) return info;
  }
  return undefined;
}

/** schema.GroupVersionResource.String(): `apps/v1, Resource=deployments`, `/v1, Resource=services`. */
export function gvrString(info: KindInfo): string {
  return `${info.group}/${info.version}, Resource=${info.resource}`;
}

/** schema.GroupVersionKind.String(): `apps/v1, Kind=Deployment`, `/v1, Kind=Service`. */
export function gvkString(info: KindInfo): string {
  return `${info.group}/${info.version}, Kind=${info.kind}`;
}
