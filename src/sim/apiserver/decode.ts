/**
 * From one parsed YAML document to a decoded wire object, or the exact error: first what kubectl
 * checks itself (clientErrors.ts), then the API server's strict decode (decodeWalk.ts /
 * decodePatchWalk.ts). kubectl 1.33 `apply` defaults to `--validate=strict`: client-side it only
 * checks apiVersion/kind, and asks the server for strict field validation.
 *
 * Server decode failures (apiserver pkg/endpoints/handlers/create.go transformDecodeError):
 *   `Service in version "v1" cannot be handled as a Service: <decode error>`   (BadRequest)
 * where a strict failure reads `strict decoding error: unknown field "spec.foo", unknown field "x"`.
 * On the PATCH path (apiserver handlers/patch.go applyPatchToObject) the same failures become
 * `patch: Invalid value: "map[...]": <error>` in an Invalid status without kind or name, which
 * kubectl prints as `The request is invalid: patch: Invalid value: ...`.
 */
import type { ApiError } from '../model/errors.ts';
import type { SourceMessage } from './clientErrors.ts';
import {
  emptyNameError,
  generateNameError,
  mappingNotFoundError,
  missingKindError,
  undecodableError,
  validationError,
} from './clientErrors.ts';
import { walkUnstructured } from './decodePatchWalk.ts';
import { walkDecode } from './decodeWalk.ts';
import { invalid } from './fieldErrors.ts';
import { goQuote } from './goValue.ts';
import type { JsonObject, JsonValue } from './json.ts';
import { goJsonCompact, goPlusV, isJsonObject, toJson } from './json.ts';
import type { KindInfo, SupportedKind } from './kinds.ts';
import { KINDS, lookupKind } from './kinds.ts';

export type ValidateMode = 'strict' | 'warn' | 'ignore';

export interface DecodeOptions {
  /** kubectl `--validate` (`ignore` = `--validate=false`). Default `strict`. */
  validate?: ValidateMode;
  /** The namespace kubectl resolved (`-n`, else the context's, else `default`). */
  namespace?: string;
  /** `create` decodes a POST body; `patch` decodes the object a PATCH produced. */
  mode?: 'create' | 'patch';
  /** The patch map kubectl sent (patch mode only; rendered into patch errors). */
  patch?: unknown;
}

export type DecodeResult =
  | {
      ok: true;
      kind: SupportedKind;
      info: KindInfo;
      name: string;
      /** metadata.namespace as written (undefined when absent). */
      namespace?: string;
      /** The decoded object: user fields only, nulls dropped, not yet defaulted. */
      object: JsonObject;
      /** Server warnings from decoding (`unknown field "x"` under --validate=warn). */
      warnings: string[];
    }
  | { ok: false; stage: 'empty' }
  | { ok: false; stage: 'client'; message: SourceMessage }
  | { ok: false; stage: 'server'; error: ApiError };

function getObjectKindErrors(v: JsonValue): string[] {
  if (!isJsonObject(v)) return ['invalid object to validate'];
  const errs: string[] = [];
  const av = v['apiVersion'];
  if (av === undefined || av === null) errs.push('apiVersion not set');
  else if (typeof av !== 'string') errs.push("apiVersion isn't string type");
  else if ((av.match(/\//g) ?? []).length > 1) errs.push(`unexpected GroupVersion string: ${av}`);
  const kind = v['kind'];
  if (kind === undefined || kind === null) errs.push('kind not set');
  else if (typeof kind !== 'string') errs.push("kind isn't string type");
  return errs;
}

function metaString(obj: JsonObject, key: string): string {
  const meta = obj['metadata'];
  if (!isJsonObject(meta)) return '';
  const v = meta[key];
  return typeof v === 'string' ? v : '';
}

/** Every document kubectl would send for this YAML document (a `v1 List` is flattened). */
export function decodeDocument(raw: unknown, opts: DecodeOptions = {}): DecodeResult[] {
  const v = toJson(raw);
  if (isJsonObject(v) && v['apiVersion'] === 'v1' && v['kind'] === 'List') {
    const items = v['items'];
    if ((opts.validate ?? 'strict') !== 'ignore') {
      if (!Array.isArray(items))
        return [clientError(validationError(['invalid object to validate']))];
      const errs = items.flatMap(getObjectKindErrors);
      if (errs.length > 0) return [clientError(validationError(errs))];
    }
    return Array.isArray(items) ? items.map((item) => decodeObject(item, opts)) : [];
  }
  return [decodeObject(v, opts)];
}

const clientError = (message: SourceMessage): DecodeResult => ({
  ok: false,
  stage: 'client',
  message,
});

/** Decodes one object (no List flattening; see decodeDocument). */
export function decodeObject(raw: unknown, opts: DecodeOptions = {}): DecodeResult {
  const validate = opts.validate ?? 'strict';
  const mode = opts.mode ?? 'create';
  const v = toJson(raw);
  if (v === null) return { ok: false, stage: 'empty' };

  if (mode === 'create') {
    if (validate !== 'ignore') {
      const errs = getObjectKindErrors(v);
      if (errs.length > 0) return clientError(validationError(errs));
    }
    if (!isJsonObject(v))
      return clientError(
        undecodableError(
          `json: cannot unmarshal ${jsonKind(v)} into Go value of type map[string]interface {}`,
        ),
      );
    if (typeof v['kind'] !== 'string' || v['kind'] === '')
      return clientError(missingKindError(goJsonCompact(v)));
  }
  if (!isJsonObject(v)) return clientError(undecodableError('invalid object'));

  const kind = typeof v['kind'] === 'string' ? v['kind'] : '';
  const apiVersion = typeof v['apiVersion'] === 'string' ? v['apiVersion'] : '';
  const name = metaString(v, 'name');
  const nsWritten = metaString(v, 'namespace');
  const info =
    apiVersion === ''
      ? Object.values(KINDS).find((k) => k.kind === kind)
      : lookupKind(apiVersion, kind);
  if (!info) return clientError(mappingNotFoundError(name, nsWritten, kind, apiVersion));

  if (mode === 'create' && name === '') {
    const generateName = metaString(v, 'generateName');
    if (generateName) return clientError(generateNameError(generateName));
    const ns = info.namespaced ? nsWritten || opts.namespace || 'default' : '';
    return clientError(emptyNameError(info, ns));
  }

  const serverDecode = mode === 'patch' ? decodePatched(v, info, opts) : decodeBody(v, info);
  if ('error' in serverDecode) return { ok: false, stage: 'server', error: serverDecode.error };
  let warnings: string[] = [];
  if (serverDecode.unknown.length > 0) {
    if (validate === 'strict')
      return {
        ok: false,
        stage: 'server',
        error:
          mode === 'patch'
            ? patchInvalid(opts.patch, strictText(serverDecode.unknown))
            : cannotBeHandled(info, strictText(serverDecode.unknown)),
      };
    if (validate === 'warn') warnings = serverDecode.unknown;
  }
  const out: DecodeResult = {
    ok: true,
    kind: info.kind,
    info,
    name,
    object: serverDecode.object,
    warnings,
  };
  if (nsWritten) out.namespace = nsWritten;
  return out;
}

const strictText = (unknown: readonly string[]): string =>
  `strict decoding error: ${unknown.join(', ')}`;

function jsonKind(v: JsonValue): string {
  if (Array.isArray(v)) return 'array';
  return typeof v === 'boolean' ? 'bool' : typeof v;
}

function cannotBeHandled(info: KindInfo, err: string): ApiError {
  return {
    reason: 'BadRequest',
    message: `${info.kind} in version ${goQuote(info.version)} cannot be handled as a ${info.kind}: ${err}`,
  };
}

/** NewInvalid(schema.GroupKind{}, "", {patch: Invalid value: "<%+v of the patch>": err}). */
export function patchInvalid(patch: unknown, err: string): ApiError {
  const cause = invalid('patch', goQuote(goPlusV(toJson(patch ?? {}))), err);
  return {
    reason: 'Invalid',
    message: ` "" is invalid: patch: Invalid value: ${cause.value ?? ''}: ${err}`,
    details: { kind: '', name: '', causes: [cause] },
  };
}

type ServerDecode = { error: ApiError } | { object: JsonObject; unknown: string[] };

function decodeBody(v: JsonObject, info: KindInfo): ServerDecode {
  const r = walkDecode(v, info.kind);
  if (r.error !== undefined) return { error: cannotBeHandled(info, r.error) };
  return { object: isJsonObject(r.value) ? r.value : {}, unknown: r.unknown };
}

function decodePatched(v: JsonObject, info: KindInfo, opts: DecodeOptions): ServerDecode {
  const u = walkUnstructured(v, info.kind);
  if (u.error !== undefined) return { error: patchInvalid(opts.patch, u.error) };
  const r = walkDecode(v, info.kind);
  return { object: isJsonObject(r.value) ? r.value : {}, unknown: u.unknown };
}
