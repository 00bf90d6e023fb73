/**
 * What kubectl's commands take from modules other engineers own (printers, YAML reader, registry
 * discovery), in one place.
 */

export {
  ALL_RESOURCES,
  ENDPOINTS_DEPRECATION_WARNING,
  TABLES,
  describeDeployment,
  describeEndpointSlice,
  describeEndpoints,
  describeNode,
  describePod,
  describeService,
  endpointsFor,
  listResource,
  listToJson,
  listToYaml,
  noResourcesMessage,
  printNames,
  printTable,
  printTables,
  resolveResource,
  toJson,
  toYaml,
} from '../printers/index.ts';
export type { Endpoints, Printable, ResourceName, ResourceTypes } from '../printers/index.ts';
export { parseManifestStream } from '../../yaml/index.ts';
export {
  RESOURCES,
  qualifiedSingular,
  resolveResource as discover,
} from '../../registry/resources.ts';
