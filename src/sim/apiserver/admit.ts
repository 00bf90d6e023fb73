/**
 * Create/update admission for Pods, Deployments, EndpointSlices and Namespaces: defaulting,
 * the strategies' PrepareForCreate/Update (status, generation, namespace finalizers) and
 * validation. `input` is a decoded object (decodeObject(...).object); `old` the stored object.
 * Metadata system fields (uid, resourceVersion, creationTimestamp) are left to the registry.
 */
import type { Deployment, EndpointSlice, Namespace, Pod } from '../model/types.ts';
import type { AdmitResult } from './admitCommon.ts';
import { copyInput, copyStored, fail, prepareMeta } from './admitCommon.ts';
import {
  setDefaultsDeployment,
  setDefaultsEndpointSlice,
  setDefaultsNamespace,
} from './defaults/other.ts';
import { setDefaultsPod } from './defaults/pod.ts';
import type { GroupKind } from './fieldErrors.ts';
import { invalidApiError } from './fieldErrors.ts';
import type { JsonObject } from './json.ts';
import { deepEqual } from './json.ts';
import { validateDeployment, validateDeploymentUpdate } from './validation/deployment.ts';
import {
  validateEndpointSlice,
  validateEndpointSliceUpdate,
  validateNamespace,
  validateNamespaceUpdate,
} from './validation/endpointSlice.ts';
import { validatePod } from './validation/pod.ts';
import { validatePodUpdate } from './validation/podUpdate.ts';
import type { ContainerW, DeploymentW, EndpointSliceW, NamespaceW, PodW } from './wire.ts';
import { asWire } from './wire.ts';
import type { FieldError } from '../model/errors.ts';

const GK = {
  Pod: { group: '', kind: 'Pod' },
  Deployment: { group: 'apps', kind: 'Deployment' },
  EndpointSlice: { group: 'discovery.k8s.io', kind: 'EndpointSlice' },
  Namespace: { group: '', kind: 'Namespace' },
} satisfies Record<string, GroupKind>;

function done<T>(
  gk: GroupKind,
  obj: { metadata?: { name?: string } },
  errs: FieldError[],
): AdmitResult<T> {
  if (errs.length > 0) return fail(invalidApiError(gk, obj.metadata?.name ?? '', errs));
  return { ok: true, object: obj as unknown as T, warnings: [] };
}

/** qos.GetPodQOS: BestEffort / Guaranteed / Burstable from cpu+memory requests and limits. */
export function podQOSClass(pod: PodW): 'BestEffort' | 'Burstable' | 'Guaranteed' {
  const containers: ContainerW[] = [
    ...(pod.spec?.containers ?? []),
    ...(pod.spec?.initContainers ?? []),
  ];
  const tracked = ['cpu', 'memory'];
  let any = false;
  let guaranteed = true;
  for (const c of containers) {
    const req = c.resources?.requests ?? {};
    const lim = c.resources?.limits ?? {};
    for (const r of tracked) {
      if (req[r] !== undefined || lim[r] !== undefined) any = true;
      if (lim[r] === undefined || req[r] !== lim[r]) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed ? 'Guaranteed' : 'Burstable';
}

export function admitPodCreate(input: JsonObject): AdmitResult<Pod> {
  const pod = setDefaultsPod(asWire<PodW>(copyInput(input)), true);
  prepareMeta((pod.metadata ??= {}), true);
  pod.status = { phase: 'Pending', qosClass: podQOSClass(pod), conditions: [] };
  return done(GK.Pod, pod, validatePod(pod));
}

export function admitPodUpdate(input: JsonObject, old: Pod): AdmitResult<Pod> {
  const pod = setDefaultsPod(asWire<PodW>(copyInput(input)));
  const prev = asWire<PodW>(copyStored(old));
  prepareMeta((pod.metadata ??= {}), true, prev.metadata);
  pod.status = prev.status ?? null;
  return done(GK.Pod, pod, validatePodUpdate(pod, prev));
}

export function admitDeploymentCreate(input: JsonObject): AdmitResult<Deployment> {
  const d = setDefaultsDeployment(asWire<DeploymentW>(copyInput(input)));
  prepareMeta((d.metadata ??= {}), true);
  d.metadata.generation = 1;
  d.status = {};
  return done(GK.Deployment, d, validateDeployment(d));
}

export function admitDeploymentUpdate(input: JsonObject, old: Deployment): AdmitResult<Deployment> {
  const d = setDefaultsDeployment(asWire<DeploymentW>(copyInput(input)));
  const prev = asWire<DeploymentW>(copyStored(old));
  prepareMeta((d.metadata ??= {}), true, prev.metadata);
  d.status = prev.status ?? {};
  if (
    !deepEqual(d.spec, prev.spec) ||
    !deepEqual(d.metadata.annotations ?? {}, prev.metadata?.annotations ?? {})
  )
    d.metadata.generation = (prev.metadata?.generation ?? 0) + 1;
  return done(GK.Deployment, d, validateDeploymentUpdate(d, prev));
}

function sliceOutput(s: EndpointSliceW): void {
  s.endpoints ??= [];
  if (s.ports === undefined) (s as { ports?: unknown }).ports = null;
}

export function admitEndpointSliceCreate(input: JsonObject): AdmitResult<EndpointSlice> {
  const s = setDefaultsEndpointSlice(asWire<EndpointSliceW>(copyInput(input)));
  prepareMeta((s.metadata ??= {}), true);
  s.metadata.generation = 1;
  const errs = validateEndpointSlice(s);
  sliceOutput(s);
  return done(GK.EndpointSlice, s, errs);
}

export function admitEndpointSliceUpdate(
  input: JsonObject,
  old: EndpointSlice,
): AdmitResult<EndpointSlice> {
  const s = setDefaultsEndpointSlice(asWire<EndpointSliceW>(copyInput(input)));
  const prev = asWire<EndpointSliceW>(copyStored(old));
  prepareMeta((s.metadata ??= {}), true, prev.metadata);
  const body = (x: EndpointSliceW): unknown => ({
    a: x.addressType,
    e: x.endpoints ?? [],
    p: x.ports ?? [],
  });
  if (!deepEqual(body(s), body(prev))) s.metadata.generation = (prev.metadata?.generation ?? 0) + 1;
  const errs = validateEndpointSliceUpdate(s, prev);
  sliceOutput(s);
  return done(GK.EndpointSlice, s, errs);
}

export function admitNamespaceCreate(input: JsonObject): AdmitResult<Namespace> {
  const ns = setDefaultsNamespace(asWire<NamespaceW>(copyInput(input)), true);
  prepareMeta((ns.metadata ??= {}), false);
  return done(GK.Namespace, ns, validateNamespace(ns));
}

export function admitNamespaceUpdate(input: JsonObject, old: Namespace): AdmitResult<Namespace> {
  const ns = setDefaultsNamespace(asWire<NamespaceW>(copyInput(input)), false);
  const prev = asWire<NamespaceW>(copyStored(old));
  prepareMeta((ns.metadata ??= {}), false, prev.metadata);
  ns.spec = prev.spec ?? { finalizers: ['kubernetes'] };
  ns.status = prev.status ?? { phase: 'Active' };
  return done(GK.Namespace, ns, validateNamespaceUpdate(ns, prev));
}
