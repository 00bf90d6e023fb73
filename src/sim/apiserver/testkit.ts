/**
 * Helpers for this package's tests (and for anyone wiring the pipeline in tests): run a YAML
 * manifest through decode → admit and get kubectl's text.
 */
import { parse } from 'yaml';
import type { ApiError } from '../model/errors.ts';
import { kubectlErrorText } from '../model/errors.ts';
import type { Service } from '../model/types.ts';
import type { ServiceAllocator } from './allocator.ts';
import type { DecodeOptions } from './decode.ts';
import { decodeObject } from './decode.ts';
import type { JsonObject } from './json.ts';
import { admitServiceCreate, admitServiceUpdate } from './service/admit.ts';

/** The decoded object of a manifest that must decode cleanly. */
export function decoded(yaml: string, opts?: DecodeOptions): JsonObject {
  const d = decodeObject(parse(yaml), opts);
  if (!d.ok) throw new Error(`manifest did not decode: ${JSON.stringify(d)}`);
  return d.object;
}

/** What kubectl prints for a failed create/patch (Invalid via causes, others via Error from server). */
export function errorText(
  err: ApiError,
  verb: 'creating' | 'patching' = 'creating',
  file = 'svc.yaml',
): string {
  return kubectlErrorText(err, { verb, file });
}

export type Outcome =
  { ok: true; service: Service; warnings: string[] } | { ok: false; text: string };

/** decode + admitServiceCreate, as `kubectl apply -f svc.yaml` of a new object. */
export function applyNewService(yaml: string, alloc: ServiceAllocator): Outcome {
  const d = decodeObject(parse(yaml));
  if (!d.ok) {
    if (d.stage === 'client') return { ok: false, text: `error: ${d.message('svc.yaml')}` };
    if (d.stage === 'server') return { ok: false, text: errorText(d.error) };
    return { ok: false, text: 'empty' };
  }
  const r = admitServiceCreate(d.object, alloc);
  return r.ok
    ? { ok: true, service: r.service, warnings: r.warnings }
    : { ok: false, text: errorText(r.error) };
}

/** admitServiceUpdate of a merged object given as YAML. */
export function updateService(yaml: string, old: Service, alloc: ServiceAllocator): Outcome {
  const r = admitServiceUpdate(decoded(yaml, { mode: 'patch' }), old, alloc);
  return r.ok
    ? { ok: true, service: r.service, warnings: r.warnings }
    : { ok: false, text: errorText(r.error, 'patching') };
}

export const BASE_WEB = `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: default
spec:
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
`;
