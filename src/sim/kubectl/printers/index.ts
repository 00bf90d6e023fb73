/** kubectl output printers: tables (`get`), `describe`, `-o yaml|json|name`. Pure functions of objects/state. */

export { TabWriter, tabify, TABLE_TABWRITER, DESCRIBE_TABWRITER } from './tabwriter.ts';
export type { TabWriterOptions } from './tabwriter.ts';
export { humanDuration, shortHumanDuration, translateTimestampSince } from './duration.ts';
export type { Column, TableContext, TableOptions, TableSpec } from './table.ts';
export { renderTable, tableRows } from './table.ts';
export {
  ALL_RESOURCES,
  ENDPOINTS_DEPRECATION_WARNING,
  TABLES,
  apiOrder,
  listResource,
  noResourcesMessage,
  printGetAll,
  printNames,
  printTable,
  printTables,
  resolveResource,
} from './get.ts';
export type { Printable, ResourceName, ResourceTypes } from './get.ts';
export { SERVICE_COLUMNS, serviceExternalIP, servicePortString } from './get-services.ts';
export { POD_COLUMNS } from './get-pods.ts';
export { DEPLOYMENT_COLUMNS, REPLICASET_COLUMNS } from './get-workloads.ts';
export { ENDPOINTS_COLUMNS, ENDPOINTSLICE_COLUMNS, formatEndpoints } from './get-endpoints.ts';
export { NAMESPACE_COLUMNS, NODE_COLUMNS, nodeRoles, nodeStatus } from './get-cluster.ts';
export { endpointsFor, findPort, slicesForService } from './endpoints.ts';
export type { EndpointAddress, EndpointSubset, Endpoints, EndpointsPort } from './endpoints.ts';
export { containerStatuses, podRow } from './pod-status.ts';
export type { ContainerStatus, PodExtensions } from './pod-status.ts';
export { describeService, formatEndpointSlices } from './describe-service.ts';
export type { DescribeOptions } from './describe-service.ts';
export { describePod } from './describe-pod.ts';
export { describeNode } from './describe-node.ts';
export { describeDeployment } from './describe-deployment.ts';
export { describeEndpointSlice, describeEndpoints } from './describe-endpoints.ts';
export { eventsFor } from './events.ts';
export { jsonToYaml, listToYaml, toYaml } from './yaml.ts';
export { jsonToText, listToJson, toJson } from './json.ts';
export { toWire } from './wire.ts';
export type { JsonValue } from './wire.ts';
