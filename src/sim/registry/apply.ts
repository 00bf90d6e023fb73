import { decodeDocument, kubectlClientErrorLine, type JsonObject } from '../apiserver/index.ts';
import type { ApiError } from '../model/errors.ts';
import { kubectlErrorText } from '../model/errors.ts';
import type { KubeObject } from '../model/types.ts';
import { fieldPathToSegments, parseManifestStream, type ParsedDocument } from '../yaml/index.ts';
import { admit } from './admission.ts';
import { LAST_APPLIED, deepEqual, lastAppliedFor, threeWayMerge, type Json } from './merge.ts';
import { resolveResource } from './resources.ts';
import type { ApplyError, ApplyOptions, ApplyResult } from './results.ts';
import { RegistryAllocator, allocationsOf } from './allocators.ts';
import { allocatorOf, store } from './store.ts';
import type { Txn } from './txn.ts';

/**
 * Nesting deeper than this is refused before decoding (go-yaml and encoding/json stop at 10000;
 * the simulator's recursive decoders stop earlier, and no real manifest comes close).
 */
export const MAX_DEPTH = 1000;

/** Depth of a parsed value, computed without recursion. */
export function depthOf(value: unknown): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [v, d] = stack.pop() as [unknown, number];
    if (typeof v !== 'object' || v === null) continue;
    if (d > max) max = d;
    if (max > MAX_DEPTH) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/** The API server rejects request bodies over 3 MiB. */
const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

interface Ctx {
  doc: ParsedDocument;
  source: string;
  kind?: string;
  name?: string;
  namespace?: string;
}

function errorFor(ctx: Ctx, err: ApiError, verb: 'creating' | 'patching'): ApplyError {
  const causes = (err.details?.causes ?? []).map((c) => ({
    field: c.field,
    line: lineOfField(ctx.doc, c.field),
    message: c.detail ?? c.type,
  }));
  return {
    ...(ctx.kind ? { kind: ctx.kind } : {}),
    ...(ctx.name ? { name: ctx.name } : {}),
    ...(ctx.namespace ? { namespace: ctx.namespace } : {}),
    line:
      causes[0]?.line ??
      unknownFieldLine(ctx.doc, err.message) ??
      ctx.doc.lineOf(['metadata', 'name']),
    message: kubectlErrorText(err, { verb, file: ctx.source }),
    ...(causes.length > 0 ? { causes } : {}),
  };
}

function hasPath(value: unknown, segs: readonly (string | number)[]): boolean {
  let v = value;
  for (const s of segs) {
    if (typeof v !== 'object' || v === null) return false;
    v = (v as Record<string | number, unknown>)[s];
    if (v === undefined) return false;
  }
  return true;
}

/**
 * The line an API field error is about. The server reports some fields under names the manifest
 * does not use (it normalises `clusterIP` into `clusterIPs`; source ranges are `LoadBalancerSourceRanges`).
 */
function lineOfField(doc: ParsedDocument, field: string): number {
  const segs = fieldPathToSegments(field);
  if (!hasPath(doc.value, segs)) {
    const alias = segs
      .filter((s, i) => !(typeof s === 'number' && segs[i - 1] === 'clusterIPs'))
      .map((s) =>
        s === 'clusterIPs'
          ? 'clusterIP'
          : s === 'LoadBalancerSourceRanges'
            ? 'loadBalancerSourceRanges'
            : s,
      );
    if (hasPath(doc.value, alias)) return doc.lineOf(alias);
  }
  return doc.lineOf(segs);
}

/** `strict decoding error: unknown field "spec.foo"` → the line of spec.foo (or of spec). */
function unknownFieldLine(doc: ParsedDocument, message: string): number | undefined {
  const m =
    /unknown field "([^"]+)"/.exec(message) ??
    /Go struct field \w+\.([\w.]+) of type/.exec(message);
  return m ? doc.lineOf(fieldPathToSegments(m[1] as string)) : undefined;
}

/**
 * `kubectl apply -f` (or `create -f`) of a YAML stream, inside one transaction. Documents are
 * handled in order; an invalid one changes nothing and the others still apply, as kubectl does.
 * A YAML syntax error stops the stream there: earlier documents apply, later ones are not read.
 */
export function applyStream(txn: Txn, text: string, opts: ApplyOptions = {}): ApplyResult {
  const source = opts.source ?? 'STDIN';
  const result: ApplyResult = { objects: [], errors: [] };
  const parsed = parseManifestStream(text);
  let sawObject = false;
  for (const doc of parsed.documents) {
    if (doc.value === null || doc.value === undefined) continue;
    if (depthOf(doc.value) > MAX_DEPTH) {
      sawObject = true;
      result.errors.push({
        line: doc.startLine,
        message: `error: error parsing ${source}: error converting YAML to JSON: yaml: exceeded max depth of ${MAX_DEPTH} (the simulator's limit; a real cluster allows 10000)`,
      });
      continue;
    }
    for (const decoded of decodeDocument(doc.value, { namespace: opts.namespace ?? 'default' })) {
      if (!decoded.ok && decoded.stage === 'empty') continue;
      sawObject = true;
      if (!decoded.ok) {
        if (decoded.stage === 'client')
          result.errors.push({
            line: doc.startLine,
            message: kubectlClientErrorLine(decoded.message(source)),
          });
        else result.errors.push(errorFor({ doc, source }, decoded.error, 'creating'));
        continue;
      }
      applyObject(
        txn,
        { doc, source, kind: decoded.kind, name: decoded.name },
        doc.value as JsonObject,
        decoded.object,
        decoded.namespace,
        opts,
        result,
      );
    }
  }
  if (parsed.error) {
    result.errors.push({
      line: parsed.error.line,
      message: `error: error parsing ${source}: ${parsed.error.message}`,
    });
  } else if (!sawObject) {
    result.errors.push({ message: 'error: no objects passed to apply' });
  }
  return result;
}

function applyObject(
  txn: Txn,
  ctx: Ctx,
  raw: JsonObject,
  decoded: JsonObject,
  docNs: string | undefined,
  opts: ApplyOptions,
  result: ApplyResult,
): void {
  const kind = ctx.kind as KubeObject['kind'];
  const name = ctx.name as string;
  const info = resolveResource(kind);
  const clusterScoped = info ? !info.namespaced : false;
  if (
    !clusterScoped &&
    docNs !== undefined &&
    opts.namespace !== undefined &&
    docNs !== opts.namespace
  ) {
    result.errors.push({
      kind,
      name,
      line: ctx.doc.lineOf(['metadata', 'namespace']),
      message: `error: the namespace from the provided object "${docNs}" does not match the namespace "${opts.namespace}". You must pass '--namespace=${docNs}' to perform this operation.`,
    });
    return;
  }
  const namespace = clusterScoped ? undefined : (docNs ?? opts.namespace ?? 'default');
  if (namespace) ctx.namespace = namespace;
  const resource = info?.resource ?? kind.toLowerCase();
  if (JSON.stringify(raw).length > MAX_REQUEST_BYTES) {
    result.errors.push({
      kind,
      name,
      line: ctx.doc.startLine,
      message: `Error from server (RequestEntityTooLarge): error when creating "${ctx.source}": Request entity too large: limit is 3145728`,
    });
    return;
  }
  if (namespace && !txn.get('Namespace', undefined, namespace)) {
    result.errors.push(
      errorFor(
        ctx,
        { reason: 'NotFound', message: `namespaces "${namespace}" not found` },
        'creating',
      ),
    );
    return;
  }
  const live = txn.get(kind, namespace, name);
  const record = opts.mode !== 'create';
  const alloc = allocatorOf(txn);
  const entry = { kind, name, ...(namespace ? { namespace } : {}), line: ctx.doc.startLine };

  if (!live) {
    const res = admit(
      kind,
      withLastApplied(withNamespace(decoded, namespace), raw, namespace, record),
      undefined,
      alloc,
    );
    if (!res.ok) {
      result.errors.push(errorFor(ctx, res.error, 'creating'));
      return;
    }
    store(txn, res.object, undefined);
    result.objects.push({
      ...entry,
      action: 'created',
      ...(res.warnings.length ? { warnings: res.warnings } : {}),
    });
    return;
  }
  if (opts.mode === 'create') {
    // The API server allocates and validates (BeginCreate) before it meets the existing key in
    // storage, so an allocation or validation error wins over AlreadyExists. Try on a scratch copy.
    const scratch = new RegistryAllocator(
      txn.state.config,
      allocationsOf(txn.read('services'), false),
      { rng: txn.rng },
    );
    const trial = admit(kind, withNamespace(decoded, namespace), undefined, scratch);
    if (!trial.ok) {
      result.errors.push(errorFor(ctx, trial.error, 'creating'));
      return;
    }
    result.errors.push(
      errorFor(
        ctx,
        {
          reason: 'AlreadyExists',
          message: `${resource}${info?.group ? `.${info.group}` : ''} "${name}" already exists`,
        },
        'creating',
      ),
    );
    return;
  }

  const liveJson = live as unknown as JsonObject;
  const lastText = live.metadata.annotations?.[LAST_APPLIED];
  let original: JsonObject | undefined;
  try {
    original = lastText ? (JSON.parse(lastText) as JsonObject) : undefined;
  } catch {
    original = undefined;
  }
  const modified = withLastApplied(withNamespace(raw, namespace), raw, namespace, true);
  const merged = threeWayMerge(
    original as { [k: string]: Json } | undefined,
    modified as { [k: string]: Json },
    liveJson as { [k: string]: Json },
  ) as JsonObject;
  if (deepEqual(merged, liveJson)) {
    result.objects.push({ ...entry, action: 'unchanged' });
    return;
  }
  const redecoded = decodeDocument(merged, {
    namespace: namespace ?? 'default',
    mode: 'patch',
    patch: diffPatch(liveJson, merged),
  })[0];
  if (!redecoded?.ok) {
    if (redecoded && redecoded.stage === 'server')
      result.errors.push(errorFor(ctx, redecoded.error, 'patching'));
    return;
  }
  const warnings: string[] = [];
  if (!lastText) {
    warnings.push(
      `resource ${resource}/${name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
    );
  }
  const res = admit(kind, redecoded.object, live, alloc);
  if (!res.ok) {
    result.errors.push(errorFor(ctx, res.error, 'patching'));
    return;
  }
  store(txn, res.object, live);
  warnings.push(...res.warnings);
  result.objects.push({ ...entry, action: 'configured', ...(warnings.length ? { warnings } : {}) });
}

/** A JSON merge patch turning `from` into `to` (what kubectl would send, minus list directives). */
export function diffPatch(from: JsonObject, to: JsonObject): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(to)) {
    const a = from[k];
    const b = to[k];
    if (deepEqual(a, b)) continue;
    const bothObjects =
      typeof a === 'object' &&
      a !== null &&
      !Array.isArray(a) &&
      typeof b === 'object' &&
      b !== null &&
      !Array.isArray(b);
    out[k] = bothObjects ? diffPatch(a as JsonObject, b as JsonObject) : (b as JsonObject[string]);
  }
  for (const k of Object.keys(from)) if (!(k in to)) out[k] = null;
  return out;
}

function withNamespace(obj: JsonObject, namespace: string | undefined): JsonObject {
  if (namespace === undefined) return obj;
  const meta = (obj.metadata ?? {}) as JsonObject;
  return { ...obj, metadata: { ...meta, namespace } };
}

/** Adds kubectl's last-applied-configuration annotation (apply, and create --save-config). */
function withLastApplied(
  obj: JsonObject,
  manifest: JsonObject,
  namespace: string | undefined,
  record: boolean,
): JsonObject {
  if (!record) return obj;
  const meta = (obj.metadata ?? {}) as JsonObject;
  const annotations = {
    ...((meta.annotations ?? {}) as JsonObject),
    [LAST_APPLIED]: lastAppliedFor(manifest as { [k: string]: Json }, namespace),
  };
  return { ...obj, metadata: { ...meta, annotations } };
}
