import { describe, expect, it } from 'vitest';
import { parseManifestStream } from './index.ts';

const P = 'error converting YAML to JSON: ';

/**
 * [input, go-yaml message (checked against sigs.k8s.io/yaml + go-yaml v2.4.0), marker line].
 * go-yaml's own line is chunk-relative and, for parser errors, one less than the offending line;
 * the marker line points at the culprit.
 */
const CASES: ReadonlyArray<readonly [string, string, string, number]> = [
  [
    'bad indentation of a sibling key',
    'spec:\n  selector:\n    app: web\n   ports:\n  - port: 80\n',
    'yaml: line 3: did not find expected key',
    4,
  ],
  [
    'value that contains ": "',
    'metadata:\n  name: web\nspec:\n  selector: app: web\n',
    'yaml: line 4: mapping values are not allowed in this context',
    4,
  ],
  [
    'tab indentation',
    'metadata:\n\tname: web\n',
    'yaml: line 2: found character that cannot start any token',
    2,
  ],
  [
    'tab on the first line',
    '\tname: web\n',
    'yaml: found character that cannot start any token',
    1,
  ],
  [
    'tab after a plain scalar',
    'a: 1\nb: 2\n\tc: 3\n',
    'yaml: line 3: found a tab character that violates indentation',
    3,
  ],
  [
    'key without colon',
    'metadata:\n  name: web\n  labels\n    app: web\n',
    "yaml: line 4: could not find expected ':'",
    3,
  ],
  [
    'unterminated double quote',
    'spec:\n  ports:\n  - port: 80\n    targetPort: "8080\n  type: ClusterIP\n',
    'yaml: line 6: found unexpected end of stream',
    4,
  ],
  ['unterminated single quote', "a: 'it''s\n", 'yaml: line 2: found unexpected end of stream', 1],
  [
    'misaligned sequence item',
    'spec:\n  ports:\n  - port: 80\n   - port: 81\n',
    'yaml: line 3: did not find expected key',
    4,
  ],
  [
    'unclosed flow sequence',
    'spec:\n  ports: [80, 443\n',
    "yaml: line 2: did not find expected ',' or ']'",
    2,
  ],
  ['unclosed flow mapping', 'a: {b: 1\n', "yaml: line 1: did not find expected ',' or '}'", 1],
  [
    'sequence entry after a value',
    'a: - b\n',
    'yaml: block sequence entries are not allowed in this context',
    1,
  ],
  [
    'block scalar with a bad indicator',
    'a: |0\n x\n',
    'yaml: found an indentation indicator equal to 0',
    1,
  ],
  [
    'block scalar less indented',
    'a: |\n  x\n b: 1\n',
    'yaml: line 2: did not find expected key',
    3,
  ],
  ['unknown escape', 'x: "\\q"\n', 'yaml: found unknown escape character', 1],
  ['unknown anchor', 'key: *missing\n', "yaml: unknown anchor 'missing' referenced", 1],
  ['recursive alias', 'a: &a [*a]\n', "yaml: anchor 'a' value contains itself", 1],
  [
    'merge of a scalar',
    'm:\n  <<: 5\n',
    'yaml: map merge requires map or sequence of maps as the value',
    2,
  ],
  ['YAML 1.2 directive', '%YAML 1.2\n---\na: 1\n', 'yaml: found incompatible YAML document', 1],
  ['complex key', '[a, b]: c\n', 'yaml: invalid map key: []interface {}{"a", "b"}', 1],
  ['control character', 'a: b\u0001\n', 'yaml: control characters are not allowed', 1],
];

describe('go-yaml error messages', () => {
  it.each(CASES)('%s', (_name, input, message, line) => {
    const r = parseManifestStream(input);
    expect(r.documents).toEqual([]);
    expect(r.error).toEqual({ documentIndex: 0, line, message: P + message });
  });

  it('reports lines relative to the failing chunk, markers absolute', () => {
    const r = parseManifestStream('a: 1\n---\nb: 2\n---\nc: 1\nd: x: y\n---\ne: 5\n');
    expect(r.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: 2 }]);
    expect(r.error).toEqual({
      documentIndex: 2,
      line: 6,
      message: P + 'yaml: line 2: mapping values are not allowed in this context',
    });
  });

  it('stops at document 3 of 4', () => {
    const text = 'kind: A\n---\nkind: B\n---\nkind: C\n  bad: [\n---\nkind: D\n';
    const r = parseManifestStream(text);
    expect(r.documents.map((d) => d.index)).toEqual([0, 1]);
    expect(r.error?.documentIndex).toBe(2);
    expect(r.error?.message).toBe(
      P + 'yaml: line 2: mapping values are not allowed in this context',
    );
    expect(r.error?.line).toBe(6);
  });

  it('accepts duplicate keys like kubectl (last wins)', () => {
    const text = 'spec:\n  ports:\n  - port: 80\n  ports:\n  - port: 81\n';
    const r = parseManifestStream(text);
    expect(r.error).toBeUndefined();
    expect(r.documents[0]?.value).toEqual({ spec: { ports: [{ port: 81 }] } });
  });

  it('rejects duplicate keys in strict mode like UnmarshalStrict', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n  ports:\n  - port: 81\n';
    const r = parseManifestStream(text, { strict: true });
    expect(r.error).toEqual({
      documentIndex: 0,
      line: 8,
      message: P + 'yaml: unmarshal errors:\n  line 9: key "ports" already set in map',
    });
  });

  it('reads only the first document of a chunk, as go-yaml Unmarshal does', () => {
    // `--- #c` is not a kubectl separator, so both documents land in one chunk.
    expect(parseManifestStream('a: 1\n--- #c\nb: [\n').documents[0]?.value).toEqual({ a: 1 });
  });
});
