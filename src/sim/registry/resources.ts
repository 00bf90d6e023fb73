import type { CollectionName } from '../model/state.ts';
import type { Kind } from '../model/types.ts';

/** What discovery tells kubectl about each resource the simulator serves. */
export interface ResourceInfo {
  kind: Kind;
  /** Plural resource name (`services`). */
  resource: string;
  /** API group, '' for core. */
  group: string;
  version: string;
  namespaced: boolean;
  shortNames: string[];
  singular: string;
  collection: CollectionName;
}

export const RESOURCES: readonly ResourceInfo[] = [
  {
    kind: 'Service',
    resource: 'services',
    group: '',
    version: 'v1',
    namespaced: true,
    shortNames: ['svc'],
    singular: 'service',
    collection: 'services',
  },
  {
    kind: 'Pod',
    resource: 'pods',
    group: '',
    version: 'v1',
    namespaced: true,
    shortNames: ['po'],
    singular: 'pod',
    collection: 'pods',
  },
  {
    kind: 'Deployment',
    resource: 'deployments',
    group: 'apps',
    version: 'v1',
    namespaced: true,
    shortNames: ['deploy'],
    singular: 'deployment',
    collection: 'deployments',
  },
  {
    kind: 'ReplicaSet',
    resource: 'replicasets',
    group: 'apps',
    version: 'v1',
    namespaced: true,
    shortNames: ['rs'],
    singular: 'replicaset',
    collection: 'replicaSets',
  },
  {
    kind: 'EndpointSlice',
    resource: 'endpointslices',
    group: 'discovery.k8s.io',
    version: 'v1',
    namespaced: true,
    shortNames: [],
    singular: 'endpointslice',
    collection: 'endpointSlices',
  },
  {
    kind: 'Namespace',
    resource: 'namespaces',
    group: '',
    version: 'v1',
    namespaced: false,
    shortNames: ['ns'],
    singular: 'namespace',
    collection: 'namespaces',
  },
  {
    kind: 'Node',
    resource: 'nodes',
    group: '',
    version: 'v1',
    namespaced: false,
    shortNames: ['no'],
    singular: 'node',
    collection: 'nodes',
  },
];

const BY_NAME = new Map<string, ResourceInfo>();
for (const r of RESOURCES) {
  for (const n of [r.resource, r.singular, r.kind.toLowerCase(), ...r.shortNames])
    BY_NAME.set(n, r);
  if (r.group) {
    BY_NAME.set(`${r.resource}.${r.group}`, r);
    BY_NAME.set(`${r.singular}.${r.group}`, r);
    BY_NAME.set(`${r.resource}.${r.version}.${r.group}`, r);
  }
}

/** Resolves what a user may type (`svc`, `Service`, `deployments.apps`) to a resource. */
export function resolveResource(name: string): ResourceInfo | undefined {
  return BY_NAME.get(name) ?? BY_NAME.get(name.toLowerCase());
}

export function resourceOfKind(kind: Kind): ResourceInfo {
  return RESOURCES.find((r) => r.kind === kind) as ResourceInfo;
}

/** `service`, `deployment.apps`, `endpointslice.discovery.k8s.io`: how `-o name` and messages qualify a kind. */
export function qualifiedSingular(kind: Kind): string {
  const r = resourceOfKind(kind);
  return r.group ? `${r.singular}.${r.group}` : r.singular;
}
