/** Shared result shape and metadata handling for the admit* entry points. */
import type { ApiError } from '../model/errors.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { clone, toJson } from './json.ts';
import type { MetaW } from './wire.ts';

export type AdmitResult<T> = { ok: true; object: T; warnings: string[] } | AdmitFailure;

export type AdmitFailure = { ok: false; error: ApiError };

export const fail = (error: ApiError): AdmitFailure => ({ ok: false, error });

/** A working copy of a decoded object (never mutate the caller's value). */
export function copyInput(input: JsonObject): JsonObject {
  return clone(input);
}

/** A working copy of a stored model object. */
export function copyStored(obj: object): JsonObject {
  const v: JsonValue = toJson(obj);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {};
}

/**
 * BeforeCreate/BeforeUpdate metadata handling that precedes validation: a namespaced object gets
 * the request's namespace when it names none; an update keeps the stored uid, creationTimestamp
 * and generation (the client cannot change them), and resourceVersion when none was sent.
 */
export function prepareMeta(meta: MetaW, namespaced: boolean, old?: MetaW): void {
  if (namespaced && !meta.namespace) meta.namespace = old?.namespace ?? 'default';
  if (!namespaced) delete meta.namespace;
  if (!old) return;
  if (!meta.uid && old.uid) meta.uid = old.uid;
  if (old.creationTimestamp) meta.creationTimestamp = old.creationTimestamp;
  if (old.generation !== undefined) meta.generation = old.generation;
  else delete meta.generation;
  if (!meta.resourceVersion && old.resourceVersion) meta.resourceVersion = old.resourceVersion;
}
