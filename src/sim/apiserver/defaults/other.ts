/**
 * Deployment (apps/v1 SetDefaults_Deployment), EndpointSlice (discovery/v1 SetDefaults_EndpointPort)
 * and Namespace (core/v1 SetDefaults_Namespace + the namespace strategy's PrepareForCreate)
 * defaulting, v1.33.
 */
import type { DeploymentW, EndpointSliceW, NamespaceW } from '../wire.ts';
import { setDefaultsPodSpec } from './pod.ts';

export function setDefaultsDeployment(d: DeploymentW): DeploymentW {
  const spec = (d.spec ??= {});
  spec.replicas ??= 1;
  const strategy = (spec.strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  spec.revisionHistoryLimit ??= 10;
  spec.progressDeadlineSeconds ??= 600;
  const template = (spec.template ??= {});
  setDefaultsPodSpec((template.spec ??= {}));
  return d;
}

export function setDefaultsEndpointSlice(s: EndpointSliceW): EndpointSliceW {
  // Endpoint.Conditions is a struct, not a pointer: the API always returns `conditions: {}`.
  s.endpoints ??= [];
  for (const e of s.endpoints) e.conditions ??= {};
  for (const p of s.ports ?? []) {
    p.name ??= '';
    p.protocol ??= 'TCP';
  }
  return s;
}

/** The `kubernetes.io/metadata.name` label, and (create only) the `kubernetes` finalizer + Active. */
export function setDefaultsNamespace(ns: NamespaceW, create: boolean): NamespaceW {
  const meta = (ns.metadata ??= {});
  if (meta.name) meta.labels = { ...(meta.labels ?? {}), 'kubernetes.io/metadata.name': meta.name };
  if (create) {
    const finalizers = ns.spec?.finalizers ?? [];
    ns.spec = {
      finalizers: finalizers.includes('kubernetes') ? finalizers : [...finalizers, 'kubernetes'],
    };
    ns.status = { phase: 'Active' };
  }
  return ns;
}
