import { describe, expect, it } from 'vitest';
import { parseManifestStream } from './index.ts';

function shape(text: string) {
  const r = parseManifestStream(text);
  return {
    docs: r.documents.map((d) => [d.index, d.startLine, d.endLine, d.value]),
    error: r.error,
  };
}

describe('document splitting (apimachinery YAMLReader)', () => {
  it.each([
    [
      'a: 1\n---\nb: 2\n',
      [
        [0, 1, 1, { a: 1 }],
        [1, 3, 3, { b: 2 }],
      ],
    ],
    ['---\na: 1\n', [[0, 1, 2, { a: 1 }]]],
    ['a: 1\n---\n', [[0, 1, 1, { a: 1 }]]],
    [
      '---\n---\na: 1\n',
      [
        [0, 1, 1, null],
        [1, 3, 3, { a: 1 }],
      ],
    ],
    [
      'a: 1\n---\n\n---\nb: 2',
      [
        [0, 1, 1, { a: 1 }],
        [1, 3, 3, null],
        [2, 5, 5, { b: 2 }],
      ],
    ],
    [
      'a: 1\n--- \t\nb: 2\n',
      [
        [0, 1, 1, { a: 1 }],
        [1, 3, 3, { b: 2 }],
      ],
    ],
    ['a: 1\n--- # note\nb: 2\n', [[0, 1, 3, { a: 1 }]]],
    ['a: 1\n---x\n', [[0, 1, 2, { a: 1 }]]],
    [
      '# only a comment\n---\na: 1\n',
      [
        [0, 1, 1, null],
        [1, 3, 3, { a: 1 }],
      ],
    ],
    [
      'a: 1\r\n---\r\nb: 2\r\n',
      [
        [0, 1, 1, { a: 1 }],
        [1, 3, 3, { b: 2 }],
      ],
    ],
    ['\ufeffa: 1\n', [[0, 1, 1, { a: 1 }]]],
    ['', []],
  ] as const)('%j', (text, docs) => {
    const got = shape(text);
    if (text === 'a: 1\n---x\n') {
      expect(got.error?.message).toBe(
        "error converting YAML to JSON: yaml: line 3: could not find expected ':'",
      );
      return;
    }
    expect(got.error).toBeUndefined();
    expect(got.docs).toEqual(docs);
  });

  it('counts a chunk of comments as a (null) document', () => {
    const r = parseManifestStream('kind: A\n---\n# nothing here\n---\nkind: B\n');
    expect(r.documents.map((d) => [d.index, d.value])).toEqual([
      [0, { kind: 'A' }],
      [1, null],
      [2, { kind: 'B' }],
    ]);
  });
});

const ARTICLE = `apiVersion: v1
kind: Service
metadata:
  name: clusterip-service #1
spec:
  type: ClusterIP #2
  clusterIP: 10.10.10.10 #3
  selector: # 4
    app: my-app
  ports: #5
    - protocol: TCP
      port: 80
      targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: nodeport-service
spec:
  type: NodePort #1
  selector:
    app: my-app #2
  ports:
    - protocol: TCP
      port: 80
      targetPort: 8080
      nodePort: 30001 #3
---
apiVersion: v1
kind: Service
metadata:
  name: externalname-service
spec:
  type: ExternalName #1
  externalName: google.com #2
`;

describe('Kubernetes article manifests', () => {
  it('reads the three Services with their lines', () => {
    const r = parseManifestStream(ARTICLE);
    expect(r.error).toBeUndefined();
    expect(r.documents.map((d) => [d.startLine, d.endLine])).toEqual([
      [1, 13],
      [15, 27],
      [29, 35],
    ]);
    expect(r.documents[0]?.value).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'clusterip-service' },
      spec: {
        type: 'ClusterIP',
        clusterIP: '10.10.10.10',
        selector: { app: 'my-app' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
      },
    });
    expect(r.documents[1]?.value).toMatchObject({ spec: { ports: [{ nodePort: 30001 }] } });
    expect(r.documents[2]?.value).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'externalname-service' },
      spec: { type: 'ExternalName', externalName: 'google.com' },
    });
  });
});

describe('styles', () => {
  it.each([
    [
      'flow collections',
      'a: [80, 443]\nb: {app: web}\nc: {}\nd: []\ne: [[1, 2], {x: [y]}]\n',
      { a: [80, 443], b: { app: 'web' }, c: {}, d: [], e: [[1, 2], { x: [true] }] },
    ],
    [
      'quoting',
      `a: 'it''s'\nb: "tab\\there \\u00e9"\nc: "a: b"\nd: '# not a comment'\n`,
      { a: "it's", b: 'tab\there é', c: 'a: b', d: '# not a comment' },
    ],
    [
      'block scalars',
      'a: |\n  x\n  y\nb: |-\n  x\n\nc: >\n  one\n  two\n\n  three\nd: >-\n  z\ne: |2\n   indented\n',
      { a: 'x\ny\n', b: 'x', c: 'one two\nthree\n', d: 'z', e: ' indented\n' },
    ],
    [
      'indentless and compact sequences',
      'a:\n- x\n- k: v\n  l: w\nb:\n  - - nested\n',
      { a: ['x', { k: 'v', l: 'w' }], b: [['nested']] },
    ],
    [
      'multi-line scalars',
      'a: plain\n  continued\nb: "quoted\n  too"\n',
      { a: 'plain continued', b: 'quoted too' },
    ],
    [
      'anchors and merge keys (go-yaml order)',
      'base: &b {p: 1, q: 2}\nd:\n  <<: *b\n  q: 3\ne:\n  q: 3\n  <<: *b\n',
      { base: { p: 1, q: 2 }, d: { p: 1, q: 3 }, e: { p: 1, q: 2 } },
    ],
    [
      'merge of a sequence of maps',
      'a: &a {p: 1}\nb: &b {p: 2, q: 2}\nc:\n  <<: [*a, *b]\n',
      { a: { p: 1 }, b: { p: 2, q: 2 }, c: { p: 1, q: 2 } },
    ],
  ])('%s', (_name, text, value) => {
    const r = parseManifestStream(text);
    expect(r.error).toBeUndefined();
    expect(r.documents[0]?.value).toEqual(value);
  });
});
