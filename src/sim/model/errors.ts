/** API errors as the API server returns them and kubectl prints them. */

export type FieldErrorType =
  | 'Required value'
  | 'Invalid value'
  | 'Unsupported value'
  | 'Duplicate value'
  | 'Forbidden'
  | 'Not found'
  | 'Too long'
  | 'Too many'
  | 'Internal error';

/** One `field.Error`; `value` is already rendered the way Go's `%#v` (v1.33) prints it. */
export interface FieldError {
  type: FieldErrorType;
  field: string;
  /** Pre-rendered bad value (e.g. `40000`, `"Local"`, `[]string{"10.96.0.10"}`); absent for types without one. */
  value?: string;
  detail?: string;
}

export type ApiErrorReason =
  | 'Invalid'
  | 'NotFound'
  | 'AlreadyExists'
  | 'BadRequest'
  | 'InternalError'
  | 'Conflict'
  | 'Forbidden'
  | 'MethodNotAllowed';

export interface ApiError {
  reason: ApiErrorReason;
  /** The status message (`Service "web" is invalid: ...`, `services "x" not found`). */
  message: string;
  /** For Invalid: the kind and name kubectl prints in its header, and the causes. */
  details?: { kind: string; name: string; causes: FieldError[] };
}

/** `<path>: <ErrorBody>` exactly as apimachinery's field.Error.Error() renders it. */
export function fieldErrorString(e: FieldError): string {
  let body: string = e.type;
  const withValue =
    e.type === 'Invalid value' ||
    e.type === 'Unsupported value' ||
    e.type === 'Duplicate value' ||
    e.type === 'Not found';
  if (withValue && e.value !== undefined) body += `: ${e.value}`;
  if (e.detail) body += `: ${e.detail}`;
  return `${e.field}: ${body}`;
}

/**
 * How kubectl prints an API error (kubectl/pkg/cmd/util/helpers.go): Invalid errors with causes as
 * `The Service "web" is invalid: <cause>` (one) or a header with a trailing space and one `* cause`
 * line each; everything else as `Error from server (<Reason>): <message>`.
 * `source` is the `error when creating "<file>": ` context for non-Invalid errors.
 */
export function kubectlErrorText(
  err: ApiError,
  source?: {
    verb: 'creating' | 'patching' | 'replacing' | 'deleting' | 'retrieving';
    file: string;
  },
): string {
  if (err.reason === 'Invalid' && err.details && err.details.causes.length > 0) {
    const causes = err.details.causes.map(fieldErrorString);
    // An Invalid status without kind/name (e.g. a PATCH that does not decode) reads "The request is invalid".
    const head = err.details.kind
      ? `The ${err.details.kind} "${err.details.name}" is invalid`
      : 'The request is invalid';
    if (causes.length === 1) return `${head}: ${causes[0]}`;
    return `${head}: \n${causes.map((c) => `* ${c}`).join('\n')}`;
  }
  const msg = source ? `error when ${source.verb} "${source.file}": ${err.message}` : err.message;
  return `Error from server (${err.reason}): ${msg}`;
}
