/**
 * `kubectl get` entry points: one table per resource, `get all` (several tables, kind-prefixed
 * names, blank line between groups), `-o name`, and the API list order of each resource.
 */

import type { SimState } from '../../model/state.ts';
import type {
  Deployment,
  EndpointSlice,
  Namespace,
  Node,
  ObjectMeta,
  Pod,
  ReplicaSet,
  Service,
} from '../../model/types.ts';
import { type Endpoints, endpointsFor } from './endpoints.ts';
import { byteCompare } from './format.ts';
import { NAMESPACE_TABLE, NODE_TABLE } from './get-cluster.ts';
import { ENDPOINTS_TABLE, ENDPOINTSLICE_TABLE } from './get-endpoints.ts';
import { POD_TABLE } from './get-pods.ts';
import { SERVICE_TABLE } from './get-services.ts';
import { DEPLOYMENT_TABLE, REPLICASET_TABLE } from './get-workloads.ts';
import { type TableOptions, type TableSpec, tableRows, writeRows } from './table.ts';
import { TABLE_TABWRITER, TabWriter } from './tabwriter.ts';

export interface ResourceTypes {
  services: Service;
  pods: Pod;
  deployments: Deployment;
  replicasets: ReplicaSet;
  endpoints: Endpoints;
  endpointslices: EndpointSlice;
  nodes: Node;
  namespaces: Namespace;
}

export type ResourceName = keyof ResourceTypes;
export type Printable = ResourceTypes[ResourceName];

export const TABLES: { [R in ResourceName]: TableSpec<ResourceTypes[R]> } = {
  services: SERVICE_TABLE,
  pods: POD_TABLE,
  deployments: DEPLOYMENT_TABLE,
  replicasets: REPLICASET_TABLE,
  endpoints: ENDPOINTS_TABLE,
  endpointslices: ENDPOINTSLICE_TABLE,
  nodes: NODE_TABLE,
  namespaces: NAMESPACE_TABLE,
};

const ALIASES: Record<string, ResourceName> = {
  service: 'services',
  services: 'services',
  svc: 'services',
  pod: 'pods',
  pods: 'pods',
  po: 'pods',
  deployment: 'deployments',
  deployments: 'deployments',
  deploy: 'deployments',
  'deployment.apps': 'deployments',
  'deployments.apps': 'deployments',
  replicaset: 'replicasets',
  replicasets: 'replicasets',
  rs: 'replicasets',
  'replicaset.apps': 'replicasets',
  'replicasets.apps': 'replicasets',
  endpoints: 'endpoints',
  ep: 'endpoints',
  endpointslice: 'endpointslices',
  endpointslices: 'endpointslices',
  'endpointslice.discovery.k8s.io': 'endpointslices',
  'endpointslices.discovery.k8s.io': 'endpointslices',
  node: 'nodes',
  nodes: 'nodes',
  no: 'nodes',
  namespace: 'namespaces',
  namespaces: 'namespaces',
  ns: 'namespaces',
};

/** Maps what a user may type (`svc`, `deploy`, `endpointslice`, ...) to a resource; undefined if unknown. */
export const resolveResource = (name: string): ResourceName | undefined =>
  ALIASES[name.toLowerCase()];

/** Printed on stderr by the API server for `kubectl get endpoints` (v1.33). */
export const ENDPOINTS_DEPRECATION_WARNING =
  'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice';

/** kubectl's message (stderr, exit 0) when a list is empty. */
export function noResourcesMessage(namespace: string | undefined): string {
  return namespace ? `No resources found in ${namespace} namespace.` : 'No resources found';
}

const metaOf = (o: Printable): ObjectMeta => o.metadata;

/** Etcd key order: namespace, then name (byte-wise). */
export function apiOrder<T extends { metadata: ObjectMeta }>(objects: readonly T[]): T[] {
  return [...objects].sort(
    (a, b) =>
      byteCompare(a.metadata.namespace ?? '', b.metadata.namespace ?? '') ||
      byteCompare(a.metadata.name, b.metadata.name),
  );
}

/** The objects `kubectl get <resource>` lists, in API order; `namespace` undefined = all namespaces. */
export function listResource<R extends ResourceName>(
  state: SimState,
  resource: R,
  namespace: string | undefined,
): ResourceTypes[R][] {
  const inNs = (o: Printable) => namespace === undefined || metaOf(o).namespace === namespace;
  let all: Printable[];
  switch (resource) {
    case 'services':
      all = Object.values(state.services);
      break;
    case 'pods':
      all = Object.values(state.pods);
      break;
    case 'deployments':
      all = Object.values(state.deployments);
      break;
    case 'replicasets':
      all = Object.values(state.replicaSets);
      break;
    case 'endpointslices':
      all = Object.values(state.endpointSlices);
      break;
    case 'endpoints':
      all = Object.values(state.services)
        .map((s) => endpointsFor(state, s))
        .filter((e): e is Endpoints => e !== undefined);
      break;
    case 'nodes':
      return apiOrder(Object.values(state.nodes)) as ResourceTypes[R][];
    default:
      return apiOrder(Object.values(state.namespaces)) as ResourceTypes[R][];
  }
  return apiOrder(all.filter(inNs)) as ResourceTypes[R][];
}

/** One `kubectl get <resource>` table ('' for no objects; the caller prints noResourcesMessage). */
export function printTable<R extends ResourceName>(
  resource: R,
  objects: readonly ResourceTypes[R][],
  opts: TableOptions,
): string {
  const w = new TabWriter(TABLE_TABWRITER);
  writeRows(w, tableRows(TABLES[resource], objects, opts));
  return w.toString();
}

/**
 * Several resource groups in one output, as `kubectl get all` / `kubectl get svc,deploy` print them:
 * each group is its own table (widths reset), separated by a blank line unless --no-headers; names
 * are `kind/name` when more than one kind is requested.
 */
export function printTables(
  groups: readonly { resource: ResourceName; objects: readonly Printable[] }[],
  opts: TableOptions,
): string {
  const withKind = opts.withKind ?? groups.length > 1;
  let out = '';
  for (const g of groups) {
    const spec = TABLES[g.resource] as TableSpec<Printable>;
    const rows = tableRows(spec, g.objects, { ...opts, withKind });
    if (rows.length === 0) continue;
    // kubectl flushes and resets the remembered widths for every new resource group.
    const w = new TabWriter(TABLE_TABWRITER);
    writeRows(w, rows);
    out += (out !== '' && !opts.noHeaders ? '\n' : '') + w.toString();
  }
  return out;
}

/** The resources of the `all` category that the simulator models, in kubectl's order. */
export const ALL_RESOURCES: readonly ResourceName[] = [
  'pods',
  'services',
  'deployments',
  'replicasets',
];

/** `kubectl get all [-n ns | -A]`. */
export function printGetAll(
  state: SimState,
  namespace: string | undefined,
  opts: TableOptions,
): string {
  return printTables(
    ALL_RESOURCES.map((resource) => ({
      resource,
      objects: listResource(state, resource, namespace),
    })),
    { ...opts, allNamespaces: namespace === undefined ? true : opts.allNamespaces, withKind: true },
  );
}

/** `-o name`: `service/web`, `deployment.apps/my-app`, one per line. */
export function printNames(resource: ResourceName, objects: readonly Printable[]): string {
  const prefix = TABLES[resource].kindPrefix;
  return objects.map((o) => `${prefix}/${metaOf(o).name}\n`).join('');
}
