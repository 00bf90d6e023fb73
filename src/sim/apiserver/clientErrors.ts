/**
 * Errors kubectl (1.33) reports itself, before or instead of talking to the API server. Each is a
 * function of the source name (`STDIN` or the file name) and returns the message *without* the
 * `error: ` prefix kubectl adds when it is the only error (see `kubectlClientErrorLine`).
 *
 * Sources (kubernetes/kubernetes, staging):
 *  - cli-runtime pkg/resource/visitor.go: StreamVisitor `error validating %q: %v`, ValidateSchema
 *    `error validating data: %v; if you choose to ignore these errors, turn validation off with
 *    --validate=false`; mapper.go infoForData `unable to decode %q: %v` and
 *    `resource mapping not found for name: %q namespace: %q from %q: %w\nensure CRDs are installed
 *    first`.
 *  - kubectl pkg/validation/schema.go getObjectKind: `apiVersion not set`, `kind not set`,
 *    `apiVersion isn't string type`, `kind isn't string type`, `invalid object to validate`.
 *  - apimachinery pkg/runtime/error.go NewMissingKindErr: `Object 'Kind' is missing in '%s'`;
 *    pkg/api/meta/errors.go NoKindMatchError: `no matches for kind %q in version %q`.
 *  - kubectl pkg/cmd/apply/apply.go + cmdutil.AddSourceToErr: `error when retrieving current
 *    configuration of:\n<info>\nfrom server for: %q: %v`; client-go rest/request.go
 *    `resource name may not be empty`; cli-runtime Info.String() for <info>.
 *  - apply.go: `from %s: cannot use generate name with apply`.
 *  - apimachinery util/errors Aggregate: one error prints bare, several print `[a, b]`.
 */
import { goQuote } from './goValue.ts';
import type { KindInfo } from './kinds.ts';
import { gvkString, gvrString } from './kinds.ts';

export type SourceMessage = (source: string) => string;

const STOP_VALIDATE =
  'if you choose to ignore these errors, turn validation off with --validate=false';

function aggregate(errs: readonly string[]): string {
  return errs.length === 1 ? (errs[0] ?? '') : `[${errs.join(', ')}]`;
}

/** `error validating "STDIN": error validating data: kind not set; if you choose ... --validate=false` */
export const validationError =
  (errs: readonly string[]): SourceMessage =>
  (source) =>
    `error validating ${goQuote(source)}: error validating data: ${aggregate(errs)}; ${STOP_VALIDATE}`;

/** `unable to decode "STDIN": Object 'Kind' is missing in '{...}'` (only with --validate=false). */
export const missingKindError =
  (compactJson: string): SourceMessage =>
  (source) =>
    `unable to decode ${goQuote(source)}: Object 'Kind' is missing in '${compactJson}'`;

export const undecodableError =
  (detail: string): SourceMessage =>
  (source) =>
    `unable to decode ${goQuote(source)}: ${detail}`;

/** meta.NoKindMatchError with one searched version. */
export function noKindMatch(kind: string, apiVersion: string): string {
  return `no matches for kind ${goQuote(kind)} in version ${goQuote(apiVersion)}`;
}

export const mappingNotFoundError =
  (name: string, namespace: string, kind: string, apiVersion: string): SourceMessage =>
  (source) =>
    `resource mapping not found for name: ${goQuote(name)} namespace: ${goQuote(namespace)} ` +
    `from ${goQuote(source)}: ${noKindMatch(kind, apiVersion)}\nensure CRDs are installed first`;

/** kubectl apply on an object without metadata.name. `namespace` is the one kubectl resolved. */
export const emptyNameError =
  (info: KindInfo, namespace: string): SourceMessage =>
  (source) =>
    `error when retrieving current configuration of:\n` +
    `Resource: ${goQuote(gvrString(info))}, GroupVersionKind: ${goQuote(gvkString(info))}\n` +
    `Name: "", Namespace: ${goQuote(namespace)}\n` +
    `from server for: ${goQuote(source)}: resource name may not be empty`;

export const generateNameError =
  (generateName: string): SourceMessage =>
  () =>
    `from ${generateName}: cannot use generate name with apply`;

/** How kubectl prints a single client-side error: `error: <message>`. */
export function kubectlClientErrorLine(message: string): string {
  return message.startsWith('error: ') ? message : `error: ${message}`;
}
