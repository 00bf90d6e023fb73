/**
 * A typed description of the wire (v1) structs the server decodes, used to reproduce the Go JSON
 * decoder's type errors and the strict decoder's unknown-field errors. Written as data, one struct
 * per entry, fields in a small DSL:
 *
 *   'string' 'int32' 'int64' 'bool' 'float64'   Go basic types
 *   'string:Protocol'                           a named string type (Go name `v1.Protocol`;
 *                                               a dotted name such as `types.UID` is used as is)
 *   'intstr'    intstr.IntOrString              'quantity'  resource.Quantity
 *   'time'      metav1.Time (RFC 3339 string)   'any'       accepted as is (opaque subtree)
 *   '[]X'       slice of X                      'map:X'     map[string]X
 *   'ResourceList'  map[ResourceName]Quantity (Go name `v1.ResourceList`)
 *   'StructName'    another entry of STRUCTS (Go name `v1.StructName`)
 *
 * Field names and Go types follow k8s.io/api v1.33 (core/v1, apps/v1, discovery/v1) and
 * k8s.io/apimachinery meta/v1. Rarely used deep structs are 'any' (accepted, not checked).
 */
import { POD_STRUCTS } from './fieldTablePod.ts';

export type FieldSpec = string;
export type StructDef = Readonly<Record<string, FieldSpec>>;

const TYPE_META: StructDef = { apiVersion: 'string', kind: 'string' };

const META_STRUCTS: Record<string, StructDef> = {
  ObjectMeta: {
    name: 'string',
    generateName: 'string',
    namespace: 'string',
    selfLink: 'string',
    uid: 'string:types.UID',
    resourceVersion: 'string',
    generation: 'int64',
    creationTimestamp: 'time',
    deletionTimestamp: 'time',
    deletionGracePeriodSeconds: 'int64',
    labels: 'map:string',
    annotations: 'map:string',
    ownerReferences: '[]OwnerReference',
    finalizers: '[]string',
    managedFields: '[]any',
  },
  OwnerReference: {
    apiVersion: 'string',
    kind: 'string',
    name: 'string',
    uid: 'string:types.UID',
    controller: 'bool',
    blockOwnerDeletion: 'bool',
  },
  ObjectReference: {
    kind: 'string',
    namespace: 'string',
    name: 'string',
    uid: 'string:types.UID',
    apiVersion: 'string',
    resourceVersion: 'string',
    fieldPath: 'string',
  },
  LabelSelector: { matchLabels: 'map:string', matchExpressions: '[]LabelSelectorRequirement' },
  LabelSelectorRequirement: {
    key: 'string',
    operator: 'string:LabelSelectorOperator',
    values: '[]string',
  },
  Condition: {
    type: 'string',
    status: 'string:ConditionStatus',
    observedGeneration: 'int64',
    lastTransitionTime: 'time',
    reason: 'string',
    message: 'string',
  },
};

const SERVICE_STRUCTS: Record<string, StructDef> = {
  Service: { ...TYPE_META, metadata: 'ObjectMeta', spec: 'ServiceSpec', status: 'ServiceStatus' },
  ServiceSpec: {
    ports: '[]ServicePort',
    selector: 'map:string',
    clusterIP: 'string',
    clusterIPs: '[]string',
    type: 'string:ServiceType',
    externalIPs: '[]string',
    sessionAffinity: 'string:ServiceAffinity',
    loadBalancerIP: 'string',
    loadBalancerSourceRanges: '[]string',
    externalName: 'string',
    externalTrafficPolicy: 'string:ServiceExternalTrafficPolicy',
    healthCheckNodePort: 'int32',
    publishNotReadyAddresses: 'bool',
    sessionAffinityConfig: 'SessionAffinityConfig',
    ipFamilies: '[]string:IPFamily',
    ipFamilyPolicy: 'string:IPFamilyPolicy',
    allocateLoadBalancerNodePorts: 'bool',
    loadBalancerClass: 'string',
    internalTrafficPolicy: 'string:ServiceInternalTrafficPolicy',
    trafficDistribution: 'string',
  },
  ServicePort: {
    name: 'string',
    protocol: 'string:Protocol',
    appProtocol: 'string',
    port: 'int32',
    targetPort: 'intstr',
    nodePort: 'int32',
  },
  SessionAffinityConfig: { clientIP: 'ClientIPConfig' },
  ClientIPConfig: { timeoutSeconds: 'int32' },
  ServiceStatus: { loadBalancer: 'LoadBalancerStatus', conditions: '[]Condition' },
  LoadBalancerStatus: { ingress: '[]LoadBalancerIngress' },
  LoadBalancerIngress: {
    ip: 'string',
    hostname: 'string',
    ipMode: 'string:LoadBalancerIPMode',
    ports: '[]PortStatus',
  },
  PortStatus: { port: 'int32', protocol: 'string:Protocol', error: 'string' },
};

const OTHER_STRUCTS: Record<string, StructDef> = {
  Namespace: {
    ...TYPE_META,
    metadata: 'ObjectMeta',
    spec: 'NamespaceSpec',
    status: 'NamespaceStatus',
  },
  NamespaceSpec: { finalizers: '[]string:FinalizerName' },
  NamespaceStatus: { phase: 'string:NamespacePhase', conditions: '[]any' },
  Deployment: {
    ...TYPE_META,
    metadata: 'ObjectMeta',
    spec: 'DeploymentSpec',
    status: 'DeploymentStatus',
  },
  DeploymentSpec: {
    replicas: 'int32',
    selector: 'LabelSelector',
    template: 'PodTemplateSpec',
    strategy: 'DeploymentStrategy',
    minReadySeconds: 'int32',
    revisionHistoryLimit: 'int32',
    paused: 'bool',
    progressDeadlineSeconds: 'int32',
  },
  DeploymentStrategy: {
    type: 'string:DeploymentStrategyType',
    rollingUpdate: 'RollingUpdateDeployment',
  },
  RollingUpdateDeployment: { maxUnavailable: 'intstr', maxSurge: 'intstr' },
  DeploymentStatus: {
    observedGeneration: 'int64',
    replicas: 'int32',
    updatedReplicas: 'int32',
    readyReplicas: 'int32',
    availableReplicas: 'int32',
    unavailableReplicas: 'int32',
    terminatingReplicas: 'int32',
    conditions: '[]any',
    collisionCount: 'int32',
  },
  EndpointSlice: {
    ...TYPE_META,
    metadata: 'ObjectMeta',
    addressType: 'string:AddressType',
    endpoints: '[]Endpoint',
    ports: '[]EndpointPort',
  },
  Endpoint: {
    addresses: '[]string',
    conditions: 'EndpointConditions',
    hostname: 'string',
    targetRef: 'ObjectReference',
    deprecatedTopology: 'map:string',
    nodeName: 'string',
    zone: 'string',
    hints: 'EndpointHints',
  },
  EndpointConditions: { ready: 'bool', serving: 'bool', terminating: 'bool' },
  EndpointHints: { forZones: '[]ForZone', forNodes: '[]ForNode' },
  ForZone: { name: 'string' },
  ForNode: { name: 'string' },
  EndpointPort: {
    name: 'string',
    protocol: 'string:Protocol',
    port: 'int32',
    appProtocol: 'string',
  },
  List: { ...TYPE_META, metadata: 'any', items: '[]any' },
};

export const STRUCTS: Readonly<Record<string, StructDef>> = {
  ...META_STRUCTS,
  ...SERVICE_STRUCTS,
  ...OTHER_STRUCTS,
  ...POD_STRUCTS,
};

export type ParsedType =
  | { k: 'basic'; go: 'string' | 'int32' | 'int64' | 'bool' | 'float64'; goName: string }
  | { k: 'intstr' }
  | { k: 'quantity' }
  | { k: 'time' }
  | { k: 'any' }
  | { k: 'slice'; elem: ParsedType; goName: string }
  | { k: 'map'; elem: ParsedType; goName: string }
  | { k: 'struct'; name: string; goName: string };

/** Parses one DSL entry (see the file comment). */
const parsedSpecs = new Map<FieldSpec, ParsedType>();

/** The parsed form of a field spec (memoised: the decoder asks for it once per field it walks). */
export function parseFieldSpec(spec: FieldSpec): ParsedType {
  let t = parsedSpecs.get(spec);
  if (t === undefined) parsedSpecs.set(spec, (t = parseFieldSpecUncached(spec)));
  return t;
}

function parseFieldSpecUncached(spec: FieldSpec): ParsedType {
  if (spec.startsWith('[]')) {
    const elem = parseFieldSpec(spec.slice(2));
    return { k: 'slice', elem, goName: `[]${goTypeName(elem)}` };
  }
  if (spec.startsWith('map:')) {
    const elem = parseFieldSpec(spec.slice(4));
    return { k: 'map', elem, goName: `map[string]${goTypeName(elem)}` };
  }
  if (spec === 'ResourceList')
    return { k: 'map', elem: { k: 'quantity' }, goName: 'v1.ResourceList' };
  if (spec.startsWith('string:')) {
    const name = spec.slice(7);
    return { k: 'basic', go: 'string', goName: name.includes('.') ? name : `v1.${name}` };
  }
  switch (spec) {
    case 'string':
    case 'int32':
    case 'int64':
    case 'bool':
    case 'float64':
      return { k: 'basic', go: spec, goName: spec };
    case 'intstr':
    case 'quantity':
    case 'time':
    case 'any':
      return { k: spec };
  }
  if (STRUCTS[spec] === undefined) throw new Error(`fieldTable: unknown struct ${spec}`);
  return { k: 'struct', name: spec, goName: `v1.${spec}` };
}

export function goTypeName(t: ParsedType): string {
  switch (t.k) {
    case 'basic':
    case 'slice':
    case 'map':
    case 'struct':
      return t.goName;
    case 'intstr':
      return 'intstr.IntOrString';
    case 'quantity':
      return 'resource.Quantity';
    case 'time':
      return 'v1.Time';
    case 'any':
      return 'interface {}';
  }
}
