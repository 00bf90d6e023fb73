/**
 * Kubernetes manifest YAML reader: kubectl's document splitting plus a libyaml/go-yaml v2
 * faithful scanner, parser and decoder, so values (YAML 1.1 scalars), error texts and error lines
 * match `kubectl apply -f` (sigs.k8s.io/yaml: `error converting YAML to JSON: yaml: line N: ...`).
 *
 * @example
 * const { documents, error } = parseManifestStream('kind: Service\n---\nkind: Pod\n');
 * documents[1]?.value; // { kind: 'Pod' }
 */
import { forEachChunk, normalizeStream } from './chunks.ts';
import { ManifestDocument, lineIndex, readChunk } from './manifestDocument.ts';
import { F_JSON, YamlFailure } from './errors.ts';
import type { ParseOptions, ParseResult, ParsedDocument, YamlStreamError } from './types.ts';

export type { ParseOptions, ParseResult, ParsedDocument, YamlStreamError } from './types.ts';
export { fieldPathToSegments } from './fieldPath.ts';

const PREFIX = 'error converting YAML to JSON: ';

/**
 * Parse a multi-document manifest stream. Reading stops at the first document that fails, as
 * kubectl's stream visitor does: earlier documents are returned, the failing one and later ones
 * are not. Never throws.
 */
export function parseManifestStream(text: string, options: ParseOptions = {}): ParseResult {
  const strict = options.strict === true;
  const documents: ParsedDocument[] = [];
  let error: YamlStreamError | undefined;
  let index = 0;
  try {
    forEachChunk(normalizeStream(String(text)), (chunk) => {
      try {
        const { value } = readChunk(chunk.text, strict, null);
        documents.push(
          new ManifestDocument(index, value, chunk.startLine, chunk.endLine, chunk.text, strict),
        );
      } catch (e) {
        const failure = e instanceof YamlFailure ? e : null;
        const pos = failure === null ? -1 : failure.markerPos();
        const line = pos < 0 ? chunk.startLine : chunk.startLine + lineIndex(chunk.text)(pos);
        const detail = failure === null ? 'yaml: ' + describe(e) : failure.goMessage();
        const prefixed = failure !== null && failure.kind === F_JSON ? detail : PREFIX + detail;
        error = {
          documentIndex: index,
          line: Math.min(line, chunk.endLine),
          message: prefixed,
        };
        return false;
      }
      index++;
      return true;
    });
  } catch (e) {
    error = { documentIndex: index, line: 1, message: PREFIX + 'yaml: ' + describe(e) };
  }
  return error === undefined ? { documents } : { documents, error };
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
