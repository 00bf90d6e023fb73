/** Public types of the manifest YAML reader. */

export interface ParsedDocument {
  /** 0-based position in the stream (counting every `---`-separated chunk, including empty ones). */
  index: number;
  /** Plain JS value (objects, arrays, strings, numbers, booleans, null); `null` for an empty chunk. */
  value: unknown;
  /** 1-based absolute line of the chunk's first line (the line after its `---`, or 1). */
  startLine: number;
  endLine: number;
  /**
   * 1-based absolute line of the value at a path such as `['spec','ports',0,'nodePort']`: the line
   * of the key for a mapping entry, of the item for a sequence element. For a missing path, the
   * line of the nearest existing ancestor. Computed lazily on first call.
   */
  lineOf(path: readonly (string | number)[]): number;
}

export interface YamlStreamError {
  documentIndex: number;
  /** Absolute, 1-based line for editor markers. */
  line: number;
  /** e.g. `error converting YAML to JSON: yaml: line 3: mapping values are not allowed in this context` */
  message: string;
}

export interface ParseOptions {
  /**
   * Reject duplicate mapping keys as sigs.k8s.io/yaml's UnmarshalStrict does
   * (`yaml: unmarshal errors:\n  line 9: key "ports" already set in map`). kubectl's
   * `apply -f`/`create -f` read manifests non-strictly: the last duplicate silently wins, which is
   * the default here.
   */
  strict?: boolean;
}

export interface ParseResult {
  documents: ParsedDocument[];
  error?: YamlStreamError;
}
