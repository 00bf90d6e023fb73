import { decodeDocument, type JsonObject } from '../apiserver/index.ts';
import { kubectlErrorText } from '../model/errors.ts';
import type { KubeObject } from '../model/types.ts';
import { admit } from './admission.ts';
import { deepEqual } from './merge.ts';
import { qualifiedSingular, resolveResource } from './resources.ts';
import { allocatorOf, store } from './store.ts';
import type { Txn } from './txn.ts';

export interface PatchResult {
  ok: boolean;
  /** kubectl's `service/web patched`, `... patched (no change)`, or the error text. */
  message: string;
  changed: boolean;
}

/** RFC 7386 JSON merge patch: objects merge recursively, `null` deletes, anything else replaces. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  const out: Record<string, unknown> =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? { ...(target as Record<string, unknown>) }
      : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/** `kubectl patch --type merge` (and what label, annotate, rollout restart send). */
export function patchObject(
  txn: Txn,
  kindOrResource: string,
  name: string,
  namespace: string | undefined,
  patch: JsonObject,
  subresource?: 'status',
): PatchResult {
  const info = resolveResource(kindOrResource);
  if (!info)
    return {
      ok: false,
      changed: false,
      message: `error: the server doesn't have a resource type "${kindOrResource}"`,
    };
  const ns = info.namespaced ? (namespace ?? 'default') : undefined;
  const live = txn.get(info.kind, ns, name);
  const id = `${qualifiedSingular(info.kind)}/${name}`;
  if (!live) {
    return {
      ok: false,
      changed: false,
      message: `Error from server (NotFound): ${info.resource}${info.group ? `.${info.group}` : ''} "${name}" not found`,
    };
  }
  if (subresource === 'status') return patchStatus(txn, live, patch, id);
  const merged = mergePatch(live, patch) as JsonObject;
  if (deepEqual(merged, live))
    return { ok: true, changed: false, message: `${id} patched (no change)` };
  // Nodes are not in the API server's decode tables (they register themselves); take the merge as is.
  const decoded =
    info.kind === 'Node'
      ? { ok: true as const, object: merged }
      : decodeDocument(merged, { namespace: ns ?? 'default', mode: 'patch', patch })[0];
  if (!decoded?.ok) {
    const message =
      decoded && decoded.stage === 'server'
        ? kubectlErrorText(decoded.error)
        : `error: unable to patch ${id}`;
    return { ok: false, changed: false, message };
  }
  const alloc = allocatorOf(txn);
  const res = admit(info.kind, decoded.object, live, alloc);
  if (!res.ok) return { ok: false, changed: false, message: kubectlErrorText(res.error) };
  // The update strategy may undo the change (status is kept from the live object): nothing is written.
  if (sameExceptVersion(res.object, live))
    return { ok: true, changed: false, message: `${id} patched (no change)` };
  store(txn, res.object as KubeObject, live);
  return { ok: true, changed: true, message: `${id} patched` };
}

function sameExceptVersion(a: KubeObject, b: KubeObject): boolean {
  const strip = (o: KubeObject) => ({ ...o, metadata: { ...o.metadata, resourceVersion: '' } });
  return deepEqual(strip(a), strip(b));
}

/**
 * The status subresource: only `status` changes (spec and metadata in the patch are ignored, as
 * the status strategy does). LoadBalancer ingress entries with an IP get the defaulted `ipMode: VIP`.
 */
function patchStatus(txn: Txn, live: KubeObject, patch: JsonObject, id: string): PatchResult {
  const status = mergePatch((live as { status?: unknown }).status ?? {}, patch.status ?? {}) as {
    loadBalancer?: { ingress?: { ip?: string; ipMode?: string }[] };
  };
  for (const ing of status.loadBalancer?.ingress ?? [])
    if (ing.ip && !ing.ipMode) ing.ipMode = 'VIP';
  const next = { ...live, status } as KubeObject;
  if (deepEqual(next, live))
    return { ok: true, changed: false, message: `${id} patched (no change)` };
  txn.put({ ...next, metadata: txn.updatedMeta(live.metadata, {}) } as KubeObject);
  if (live.kind === 'Service')
    txn.dirtyServices.add(`${live.metadata.namespace}/${live.metadata.name}`);
  return { ok: true, changed: true, message: `${id} patched` };
}
