/** Finding API objects the way kubectl's builder does (by resource, namespace, name, selector). */

import type { SimState } from '../../model/state.ts';
import type { ObjectMeta } from '../../model/types.ts';
import { listResource, TABLES, type Printable, type ResourceName } from './deps.ts';
import type { Selector } from './selector.ts';

/** `services`, `deployments.apps`, `endpointslices.discovery.k8s.io`: how NotFound names a resource. */
export const QUALIFIED: Record<ResourceName, string> = {
  services: 'services',
  pods: 'pods',
  deployments: 'deployments.apps',
  replicasets: 'replicasets.apps',
  endpoints: 'endpoints',
  endpointslices: 'endpointslices.discovery.k8s.io',
  nodes: 'nodes',
  namespaces: 'namespaces',
};

export const notFound = (r: ResourceName, name: string): string =>
  `Error from server (NotFound): ${QUALIFIED[r]} "${name}" not found`;

export const metaOf = (o: Printable): ObjectMeta => o.metadata as ObjectMeta;

export const isNamespaced = (r: ResourceName): boolean => TABLES[r].namespaced;

/** Objects of a resource in a namespace (undefined: all namespaces), optionally filtered. */
export function list(
  state: SimState,
  r: ResourceName,
  namespace: string | undefined,
  selector?: Selector,
): Printable[] {
  const all = listResource(state, r, isNamespaced(r) ? namespace : undefined) as Printable[];
  return selector ? all.filter((o) => selector(metaOf(o).labels)) : all;
}

export function findObject(
  state: SimState,
  r: ResourceName,
  namespace: string,
  name: string,
): Printable | undefined {
  if (r === 'endpoints') {
    return list(state, r, namespace).find((o) => metaOf(o).name === name);
  }
  const coll: Record<ResourceName, Readonly<Record<string, unknown>>> = {
    services: state.services,
    pods: state.pods,
    deployments: state.deployments,
    replicasets: state.replicaSets,
    endpoints: {},
    endpointslices: state.endpointSlices,
    nodes: state.nodes,
    namespaces: state.namespaces,
  };
  const key = isNamespaced(r) ? `${namespace}/${name}` : name;
  return coll[r][key] as Printable | undefined;
}

/** Does the namespace exist (`No resources found in X namespace.` is printed either way). */
export const namespaceExists = (state: SimState, ns: string): boolean => ns in state.namespaces;
