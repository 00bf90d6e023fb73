/**
 * resource.Builder's ResourceTypeOrNameArgs: `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME …`, resource
 * names resolved like discovery would (`svc`, `deploy`, `endpointslices.discovery.k8s.io`, `all`).
 */

import { ALL_RESOURCES, TABLES, resolveResource as lookup, type ResourceName } from './deps.ts';

/** printers' alias lookup, guarded against Object.prototype names (`constructor`, `toString`). */
function resolveResource(name: string): ResourceName | undefined {
  const r = lookup(name);
  return r !== undefined && Object.prototype.hasOwnProperty.call(TABLES, r) ? r : undefined;
}

export interface Target {
  resource: ResourceName;
  name?: string;
}

/**
 * Real resource types the simulated cluster does not model. Listing them prints "No resources
 * found" instead of claiming the server lacks the type (a simplification; see the report).
 */
const UNMODELED = new Set([
  'configmaps',
  'configmap',
  'cm',
  'secrets',
  'secret',
  'ingresses',
  'ingress',
  'ing',
  'statefulsets',
  'statefulset',
  'sts',
  'daemonsets',
  'daemonset',
  'ds',
  'jobs',
  'job',
  'cronjobs',
  'cronjob',
  'cj',
  'networkpolicies',
  'networkpolicy',
  'netpol',
  'persistentvolumeclaims',
  'persistentvolumeclaim',
  'pvc',
  'serviceaccounts',
  'serviceaccount',
  'sa',
  'events',
  'event',
  'ev',
  'replicationcontrollers',
  'rc',
  'horizontalpodautoscalers',
  'hpa',
  'limitranges',
  'limits',
  'resourcequotas',
  'quota',
  'poddisruptionbudgets',
  'pdb',
  'roles',
  'rolebindings',
  'leases',
]);

export type TargetResult =
  | { ok: true; targets: Target[]; types: ResourceName[]; names: string[]; unmodeled: boolean }
  | { ok: false; message: string };

const NO_TYPE = (t: string): TargetResult => ({
  ok: false,
  message: `error: the server doesn't have a resource type "${t}"`,
});

function resolveTypes(text: string): ResourceName[] | { unknown: string } | 'unmodeled' {
  const out: ResourceName[] = [];
  let unmodeled = false;
  for (const t of text.split(',')) {
    if (t === '') continue;
    if (t.toLowerCase() === 'all') {
      for (const r of ALL_RESOURCES) if (!out.includes(r)) out.push(r);
      continue;
    }
    const r = resolveResource(t);
    if (r) {
      if (!out.includes(r)) out.push(r);
    } else if (UNMODELED.has(t.toLowerCase())) unmodeled = true;
    else return { unknown: t };
  }
  return out.length === 0 && unmodeled ? 'unmodeled' : out;
}

export function parseTargets(args: readonly string[]): TargetResult {
  if (args.some((a) => a.includes('/'))) {
    const targets: Target[] = [];
    const types: ResourceName[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      if (i < 0) {
        return {
          ok: false,
          message:
            "error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
        };
      }
      const type = a.slice(0, i);
      const name = a.slice(i + 1);
      if (name === '' || name.includes('/')) {
        return {
          ok: false,
          message: `error: arguments in resource/name form must have a single resource and name`,
        };
      }
      const r = resolveResource(type);
      if (!r) return NO_TYPE(type);
      targets.push({ resource: r, name });
      if (!types.includes(r)) types.push(r);
    }
    return {
      ok: true,
      targets,
      types,
      names: targets.map((t) => t.name as string),
      unmodeled: false,
    };
  }
  const [typeText, ...names] = args;
  if (typeText === undefined)
    return { ok: true, targets: [], types: [], names: [], unmodeled: false };
  const types = resolveTypes(typeText);
  if (types === 'unmodeled') return { ok: true, targets: [], types: [], names, unmodeled: true };
  if (!Array.isArray(types)) return NO_TYPE(types.unknown);
  const targets: Target[] =
    names.length === 0
      ? types.map((resource) => ({ resource }))
      : types.flatMap((resource) => names.map((name) => ({ resource, name })));
  return { ok: true, targets, types, names, unmodeled: false };
}
