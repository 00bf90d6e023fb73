import type { ApiError } from '../model/errors.ts';
import { kubectlErrorText } from '../model/errors.ts';
import type { SimState } from '../model/state.ts';
import type { KubeObject } from '../model/types.ts';
import { fieldPathToSegments, parseManifestStream, type ParsedDocument } from '../yaml/index.ts';
import { admit, decode, resourceOf } from './admission.ts';
import { RegistryAllocator, allocationsOf } from './allocators.ts';
import { LAST_APPLIED, deepEqual, lastAppliedFor, threeWayMerge, type Json } from './merge.ts';
import type { ApplyError, ApplyOptions, ApplyResult } from './results.ts';
import { store } from './store.ts';
import type { Txn } from './txn.ts';

type JsonObject = { [k: string]: Json };

const CLUSTER_SCOPED = new Set(['Namespace', 'Node']);

/** The API server rejects request bodies over 3 MiB (etcd's object limit is lower still). */
const MAX_REQUEST_BYTES = 3 * 1024 * 1024;

function causesWithLines(doc: ParsedDocument, err: ApiError) {
  return (err.details?.causes ?? []).map((c) => ({
    field: c.field,
    line: doc.lineOf(fieldPathToSegments(c.field)),
    message: c.detail ?? c.type,
  }));
}

function errorFor(
  doc: ParsedDocument,
  err: ApiError,
  ctx: {
    kind?: string;
    name?: string;
    namespace?: string;
    verb: 'creating' | 'patching';
    source: string;
  },
): ApplyError {
  const causes = causesWithLines(doc, err);
  return {
    ...(ctx.kind ? { kind: ctx.kind } : {}),
    ...(ctx.name ? { name: ctx.name } : {}),
    ...(ctx.namespace ? { namespace: ctx.namespace } : {}),
    line: causes[0]?.line ?? doc.lineOf(['metadata', 'name']),
    message: kubectlErrorText(err, { verb: ctx.verb, file: ctx.source }),
    ...(causes.length > 0 ? { causes } : {}),
  };
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
    sawObject = true;
    applyDocument(txn, doc, source, opts, result);
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

function applyDocument(
  txn: Txn,
  doc: ParsedDocument,
  source: string,
  opts: ApplyOptions,
  result: ApplyResult,
): void {
  const decoded = decode(doc.value);
  if (!decoded.ok) {
    if (decoded.clientError) {
      result.errors.push({ line: doc.startLine, message: decoded.clientError(source) });
    } else if (decoded.apiError) {
      result.errors.push(errorFor(doc, decoded.apiError, { verb: 'creating', source }));
    }
    return;
  }
  const { kind, input } = decoded;
  const meta = (input.metadata ?? {}) as JsonObject;
  const name = String(meta.name ?? '');
  const clusterScoped = CLUSTER_SCOPED.has(kind);
  const docNs = typeof meta.namespace === 'string' ? meta.namespace : undefined;
  if (
    !clusterScoped &&
    docNs !== undefined &&
    opts.namespace !== undefined &&
    docNs !== opts.namespace
  ) {
    result.errors.push({
      kind,
      name,
      line: doc.lineOf(['metadata', 'namespace']),
      message: `error: the namespace from the provided object "${docNs}" does not match the namespace "${opts.namespace}". You must pass '--namespace=${docNs}' to perform this operation.`,
    });
    return;
  }
  const namespace = clusterScoped ? undefined : (docNs ?? opts.namespace ?? 'default');
  const ctx = { kind, name, ...(namespace ? { namespace } : {}), source };
  const resource = resourceOf(kind);

  if (JSON.stringify(doc.value).length > MAX_REQUEST_BYTES) {
    result.errors.push({
      ...ctx,
      line: doc.startLine,
      message: `Error from server (RequestEntityTooLarge): error when creating "${source}": Request entity too large: limit is 3145728`,
    });
    return;
  }
  if (namespace && !txn.get('Namespace', undefined, namespace)) {
    const err: ApiError = { reason: 'NotFound', message: `namespaces "${namespace}" not found` };
    result.errors.push(errorFor(doc, err, { ...ctx, verb: 'creating' }));
    return;
  }

  const live = txn.get(kind, namespace, name);
  const manifest = input as JsonObject;
  const annotated = withLastApplied(manifest, namespace, opts.mode !== 'create');
  const alloc = new RegistryAllocator(
    txn.state.config,
    allocationsOf(txn.read('services')),
    txn.rng,
  );

  if (!live) {
    const res = admit(kind, withNamespace(annotated, namespace), undefined, alloc);
    if (!res.ok) {
      result.errors.push(errorFor(doc, res.error, { ...ctx, verb: 'creating' }));
      return;
    }
    txn.rng = alloc.rng;
    store(txn, res.object, undefined);
    result.objects.push({
      kind,
      name,
      ...(namespace ? { namespace } : {}),
      action: 'created',
      line: doc.startLine,
      ...(res.warnings.length ? { warnings: res.warnings } : {}),
    });
    return;
  }
  if (opts.mode === 'create') {
    const err: ApiError = {
      reason: 'AlreadyExists',
      message: `${resource} "${name}" already exists`,
    };
    result.errors.push(errorFor(doc, err, { ...ctx, verb: 'creating' }));
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
  const merged = threeWayMerge(original, withNamespace(annotated, namespace), liveJson);
  if (deepEqual(merged, liveJson)) {
    result.objects.push({
      kind,
      name,
      ...(namespace ? { namespace } : {}),
      action: 'unchanged',
      line: doc.startLine,
    });
    return;
  }
  const warnings: string[] = [];
  if (!lastText) {
    warnings.push(
      `resource ${resource}/${name} is missing the kubectl.kubernetes.io/last-applied-configuration annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`,
    );
  }
  const res = admit(kind, merged, live, alloc);
  if (!res.ok) {
    result.errors.push(errorFor(doc, res.error, { ...ctx, verb: 'patching' }));
    return;
  }
  txn.rng = alloc.rng;
  store(txn, res.object, live);
  warnings.push(...res.warnings);
  result.objects.push({
    kind,
    name,
    ...(namespace ? { namespace } : {}),
    action: 'configured',
    line: doc.startLine,
    ...(warnings.length ? { warnings } : {}),
  });
}

function withNamespace(obj: JsonObject, namespace: string | undefined): JsonObject {
  if (namespace === undefined) return obj;
  const meta = (obj.metadata ?? {}) as JsonObject;
  return { ...obj, metadata: { ...meta, namespace } };
}

/** Adds kubectl's last-applied-configuration annotation (apply, and create --save-config). */
function withLastApplied(
  manifest: JsonObject,
  namespace: string | undefined,
  record: boolean,
): JsonObject {
  if (!record) return manifest;
  const meta = (manifest.metadata ?? {}) as JsonObject;
  const annotations = {
    ...((meta.annotations ?? {}) as JsonObject),
    [LAST_APPLIED]: lastAppliedFor(manifest, namespace),
  };
  return { ...manifest, metadata: { ...meta, annotations } };
}

export type { KubeObject };
