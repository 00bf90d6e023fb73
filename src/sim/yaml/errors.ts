/**
 * Failures raised while reading one chunk, and the text go-yaml v2 gives them (`decode.go`
 * `parser.fail`): scanner errors report the 0-based problem line + 1, parser errors the 0-based
 * line as is (so they point one line up), and a mark on the first line prints no line at all.
 */

export const F_READER = 1;
export const F_SCANNER = 2;
export const F_PARSER = 3;
/** `failf` in go-yaml: `yaml: <problem>`. */
export const F_DECODE = 4;
/** A complete message (unmarshal errors, JSON conversion); printed as is. */
export const F_RAW = 5;
/** A json.Unmarshal failure after a successful conversion: sigs.k8s.io/yaml's own prefix. */
export const F_JSON = 6;

const CONTEXT_FIRST = new Set([
  "could not find expected ':'",
  'found unexpected end of stream',
  'found unexpected document indicator',
  "did not find expected ',' or ']'",
  "did not find expected ',' or '}'",
]);

export class YamlFailure extends Error {
  readonly kind: number;
  readonly problem: string;
  /** libyaml's 0-based problem mark line (scanner/parser failures). */
  readonly problemLine: number;
  /** libyaml's 0-based context mark line, or 0. */
  readonly contextLine: number;
  /** UTF-16 offset in the chunk of the problem, or -1. */
  readonly pos: number;
  /** UTF-16 offset of the context mark (the key, quote or collection the problem belongs to), or -1. */
  readonly contextPos: number;

  constructor(
    kind: number,
    problem: string,
    problemLine = 0,
    contextLine = 0,
    pos = -1,
    contextPos = -1,
  ) {
    super(problem);
    this.kind = kind;
    this.problem = problem;
    this.problemLine = problemLine;
    this.contextLine = contextLine;
    this.pos = pos;
    this.contextPos = contextPos;
  }

  /**
   * Where an editor marker belongs: the culprit rather than the point where libyaml noticed it
   * (the key missing its `:`, the unterminated quote, the unclosed flow collection).
   */
  markerPos(): number {
    if (this.contextPos >= 0 && CONTEXT_FIRST.has(this.problem)) return this.contextPos;
    return this.pos;
  }

  /** The go-yaml / sigs.k8s.io/yaml error text, without the `error converting YAML to JSON: ` prefix. */
  goMessage(): string {
    if (this.kind === F_RAW) return this.problem;
    if (this.kind === F_JSON)
      return 'error unmarshaling JSON: while decoding JSON: ' + this.problem;
    if (this.kind === F_DECODE || this.kind === F_READER) return 'yaml: ' + this.problem;
    let line = 0;
    if (this.problemLine !== 0) {
      line = this.problemLine;
      if (this.kind === F_SCANNER) line++;
    } else if (this.contextLine !== 0) {
      line = this.contextLine;
    }
    return 'yaml: ' + (line !== 0 ? `line ${line}: ` : '') + this.problem;
  }
}
