/** What `cluster.apply` reports, shaped after what `kubectl apply -f -` prints. */

export type ApplyAction = 'created' | 'configured' | 'unchanged';

export interface AppliedObject {
  kind: string;
  name: string;
  namespace?: string;
  action: ApplyAction;
  /** `Warning: …` lines the server returned with it (without the `Warning: ` prefix). */
  warnings?: string[];
  /** 1-based line of the document in the applied text. */
  line?: number;
}

export interface ApplyErrorCause {
  field: string;
  line?: number;
  message: string;
}

export interface ApplyError {
  kind?: string;
  name?: string;
  namespace?: string;
  /** 1-based line in the applied text that the error is about (the first cause's field). */
  line?: number;
  /** Exactly what kubectl prints for this object (may span several lines). */
  message: string;
  /** One entry per field error, each with its own line, for editor markers. */
  causes?: ApplyErrorCause[];
}

export interface ApplyResult {
  objects: AppliedObject[];
  errors: ApplyError[];
}

export interface ApplyOptions {
  /** `STDIN` or the file name kubectl would name in messages. */
  source?: string;
  /** `-n`: the namespace for objects that do not name one. */
  namespace?: string;
  /** `apply` (default) merges with the live object; `create` fails on existing objects. */
  mode?: 'apply' | 'create';
}
