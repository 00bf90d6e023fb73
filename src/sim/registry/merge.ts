/**
 * kubectl's client-side apply: a three-way strategic merge of the last-applied configuration
 * (original), the manifest being applied (modified) and the live object (current).
 *
 * - keys in `modified` win (maps merge recursively; lists with a patch merge key merge item by item);
 * - keys that were in `original` but are gone from `modified` are deleted;
 * - keys only the server set (allocated clusterIP, nodePort, defaults) are kept.
 */

import { deepEqual, goJsonCompact, type JsonValue } from '../apiserver/json.ts';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

/** patchMergeKey of the list fields that use patchStrategy "merge", by the list's field name and parent path. */
const MERGE_KEYS: Record<string, string> = {
  'spec.ports': 'port', // Service (ServiceSpec.Ports patchMergeKey:"port")
  'spec.containers': 'name',
  'spec.initContainers': 'name',
  'spec.volumes': 'name',
  'spec.template.spec.containers': 'name',
  'spec.template.spec.initContainers': 'name',
  'spec.template.spec.volumes': 'name',
  ports: 'containerPort', // container ports (inside a container item)
  env: 'name',
  volumeMounts: 'mountPath',
  'metadata.ownerReferences': 'uid',
};

const isObject = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export { deepEqual };

function mergeKeyFor(path: string): string | undefined {
  if (MERGE_KEYS[path]) return MERGE_KEYS[path];
  const last = path.slice(path.lastIndexOf('.') + 1);
  // Container-level lists: `...containers.ports`, `...containers.env`.
  if (/containers$/.test(path.slice(0, path.lastIndexOf('.')))) return MERGE_KEYS[last];
  return undefined;
}

function mergeList(
  original: Json[] | undefined,
  modified: Json[],
  current: Json | undefined,
  key: string,
  path: string,
): Json[] {
  const cur = Array.isArray(current) ? current : [];
  const keyOf = (item: Json): Json | undefined => (isObject(item) ? item[key] : undefined);
  const find = (list: Json[] | undefined, k: Json | undefined) =>
    k === undefined ? undefined : list?.find((x) => deepEqual(keyOf(x), k));
  const out: Json[] = [];
  for (const m of modified) {
    const k = keyOf(m);
    out.push(mergeValue(find(original, k), m, find(cur, k), path));
  }
  // Items only the server (or another client) added stay, unless this client applied them before.
  for (const c of cur) {
    const k = keyOf(c);
    if (k === undefined) continue;
    if (find(modified, k) !== undefined) continue;
    if (find(original, k) !== undefined) continue;
    out.push(c);
  }
  return out;
}

function mergeValue(
  original: Json | undefined,
  modified: Json,
  current: Json | undefined,
  path: string,
): Json {
  if (isObject(modified)) {
    const base: JsonObject = isObject(current) ? { ...current } : {};
    const orig = isObject(original) ? original : undefined;
    for (const k of Object.keys(modified)) {
      const child = path ? `${path}.${k}` : k;
      base[k] = mergeValue(orig?.[k], modified[k] as Json, base[k], child);
    }
    if (orig) {
      for (const k of Object.keys(orig)) if (!(k in modified)) delete base[k];
    }
    return base;
  }
  if (Array.isArray(modified)) {
    const key = mergeKeyFor(path);
    if (key && modified.every(isObject)) {
      return mergeList(
        Array.isArray(original) ? original : undefined,
        modified,
        current,
        key,
        path,
      );
    }
    return modified;
  }
  return modified;
}

/** The object kubectl's PATCH turns `current` into. */
export function threeWayMerge(
  original: JsonObject | undefined,
  modified: JsonObject,
  current: JsonObject,
): JsonObject {
  return mergeValue(original, modified, current, '') as JsonObject;
}

/** Go's encoding/json of a map: keys sorted at every level, no spaces (apiserver/json.ts). */
export function goJson(v: unknown): string {
  // Manifests and stored objects are plain JSON values already (undefined fields are skipped).
  return goJsonCompact(v as JsonValue);
}

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/**
 * The manifest as kubectl records it in the last-applied annotation: the object from the file with
 * its namespace filled in, `metadata.annotations` present (possibly `{}`) and without the
 * annotation itself; serialised as Go JSON plus a trailing newline.
 */
export function lastAppliedFor(manifest: JsonObject, namespace: string | undefined): string {
  const meta = isObject(manifest.metadata) ? { ...manifest.metadata } : {};
  const annotations = isObject(meta.annotations) ? { ...meta.annotations } : {};
  delete annotations[LAST_APPLIED];
  meta.annotations = annotations;
  if (namespace !== undefined) meta.namespace = namespace;
  return `${goJson({ ...manifest, metadata: meta })}\n`;
}
