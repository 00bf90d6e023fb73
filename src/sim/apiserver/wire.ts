/**
 * TypeScript views of decoded (v1 wire) objects. decode.ts guarantees every present field has the
 * declared JSON type (the field table rejected anything else and dropped unknown keys), so a
 * decoded JsonObject can be viewed through these interfaces. All fields are optional: these are
 * the user's input before defaulting.
 */
import type { JsonObject, JsonValue } from './json.ts';

export interface MetaW {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: {
    apiVersion?: string;
    kind?: string;
    name?: string;
    uid?: string;
    controller?: boolean;
    blockOwnerDeletion?: boolean;
  }[];
  finalizers?: string[];
}

export interface ServicePortW {
  name?: string;
  protocol?: string;
  appProtocol?: string;
  port?: number;
  targetPort?: number | string;
  nodePort?: number;
}

export interface IngressW {
  ip?: string;
  hostname?: string;
  ipMode?: string;
  ports?: JsonValue[];
}

export interface ServiceSpecW {
  ports?: ServicePortW[];
  selector?: Record<string, string>;
  clusterIP?: string;
  clusterIPs?: string[];
  type?: string;
  externalIPs?: string[];
  sessionAffinity?: string;
  loadBalancerIP?: string;
  loadBalancerSourceRanges?: string[];
  externalName?: string;
  externalTrafficPolicy?: string;
  healthCheckNodePort?: number;
  publishNotReadyAddresses?: boolean;
  sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number } };
  ipFamilies?: string[];
  ipFamilyPolicy?: string;
  allocateLoadBalancerNodePorts?: boolean;
  loadBalancerClass?: string;
  internalTrafficPolicy?: string;
  trafficDistribution?: string;
}

export interface ServiceW {
  apiVersion?: string;
  kind?: string;
  metadata?: MetaW;
  spec?: ServiceSpecW;
  status?: { loadBalancer?: { ingress?: IngressW[] }; conditions?: JsonValue[] };
}

export interface ContainerPortW {
  name?: string;
  hostPort?: number;
  containerPort?: number;
  protocol?: string;
  hostIP?: string;
}

export interface ProbeW {
  exec?: { command?: string[] };
  httpGet?: { path?: string; port?: number | string; host?: string; scheme?: string };
  tcpSocket?: { port?: number | string; host?: string };
  grpc?: { port?: number; service?: string };
  initialDelaySeconds?: number;
  timeoutSeconds?: number;
  periodSeconds?: number;
  successThreshold?: number;
  failureThreshold?: number;
  terminationGracePeriodSeconds?: number;
}

export interface ContainerW {
  name?: string;
  image?: string;
  command?: string[];
  args?: string[];
  ports?: ContainerPortW[];
  env?: { name?: string; value?: string; valueFrom?: JsonValue }[];
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
  volumeMounts?: { name?: string; mountPath?: string; readOnly?: boolean }[];
  livenessProbe?: ProbeW;
  readinessProbe?: ProbeW;
  startupProbe?: ProbeW;
  imagePullPolicy?: string;
  terminationMessagePath?: string;
  terminationMessagePolicy?: string;
  restartPolicy?: string;
}

export interface TolerationW {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
  tolerationSeconds?: number;
}

export interface PodSpecW {
  containers?: ContainerW[];
  initContainers?: ContainerW[];
  volumes?: ({ name?: string } & JsonObject)[];
  restartPolicy?: string;
  terminationGracePeriodSeconds?: number;
  activeDeadlineSeconds?: number;
  dnsPolicy?: string;
  nodeSelector?: Record<string, string>;
  nodeName?: string;
  hostNetwork?: boolean;
  hostname?: string;
  subdomain?: string;
  schedulerName?: string;
  tolerations?: TolerationW[];
  securityContext?: JsonValue;
  serviceAccountName?: string;
  serviceAccount?: string;
  enableServiceLinks?: boolean;
  priority?: number;
  priorityClassName?: string;
  preemptionPolicy?: string;
  imagePullSecrets?: { name?: string }[];
  ephemeralContainers?: JsonValue[];
  schedulingGates?: JsonValue[];
}

export interface PodW {
  apiVersion?: string;
  kind?: string;
  metadata?: MetaW;
  spec?: PodSpecW;
  status?: JsonValue;
}

export interface LabelSelectorW {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key?: string; operator?: string; values?: string[] }[];
}

export interface DeploymentW {
  apiVersion?: string;
  kind?: string;
  metadata?: MetaW;
  spec?: {
    replicas?: number;
    selector?: LabelSelectorW;
    template?: { metadata?: MetaW; spec?: PodSpecW };
    strategy?: {
      type?: string;
      rollingUpdate?: { maxUnavailable?: number | string; maxSurge?: number | string };
    };
    minReadySeconds?: number;
    revisionHistoryLimit?: number;
    paused?: boolean;
    progressDeadlineSeconds?: number;
  };
  status?: JsonValue;
}

export interface EndpointW {
  addresses?: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  hostname?: string;
  targetRef?: JsonObject;
  nodeName?: string;
  zone?: string;
  hints?: { forZones?: { name?: string }[]; forNodes?: { name?: string }[] };
  deprecatedTopology?: Record<string, string>;
}

export interface EndpointSliceW {
  apiVersion?: string;
  kind?: string;
  metadata?: MetaW;
  addressType?: string;
  endpoints?: EndpointW[];
  ports?: { name?: string; protocol?: string; port?: number; appProtocol?: string }[];
}

export interface NamespaceW {
  apiVersion?: string;
  kind?: string;
  metadata?: MetaW;
  spec?: { finalizers?: string[] };
  status?: { phase?: string; conditions?: JsonValue[] };
}

/** A decoded object viewed through a wire interface (see file comment for why this is sound). */
export function asWire<T>(obj: JsonObject): T {
  return obj as unknown as T;
}

/** Back to plain JSON (wire objects only ever hold JSON values). */
export function asJson(obj: object): JsonObject {
  return obj as unknown as JsonObject;
}
