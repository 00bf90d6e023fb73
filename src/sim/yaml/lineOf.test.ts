import { describe, expect, it } from 'vitest';
import { fieldPathToSegments, parseManifestStream } from './index.ts';

const TEXT = `apiVersion: v1
kind: Service
metadata:
  name: web-np
  labels: {app.kubernetes.io/name: web}
spec:
  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 40000
  - name: https
    port: 443
---
# second document
kind: Pod
spec:
  containers:
    - name: c
      ports: [80, 443]
`;

describe('lineOf', () => {
  const docs = parseManifestStream(TEXT).documents;
  const svc = docs[0];
  const pod = docs[1];

  it.each([
    [[], 1],
    [['kind'], 2],
    [['metadata', 'name'], 4],
    [['metadata', 'labels', 'app.kubernetes.io/name'], 5],
    [['spec'], 6],
    [['spec', 'ports'], 10],
    [['spec', 'ports', 0], 11],
    [['spec', 'ports', 0, 'nodePort'], 13],
    [['spec', 'ports', 1, 'port'], 15],
    [['spec', 'ports', '1', 'name'], 14],
  ] as const)('existing path %j', (path, line) => {
    expect(svc?.lineOf(path)).toBe(line);
  });

  it.each([
    [['spec', 'ports', 0, 'name'], 11],
    [['spec', 'ports', 5], 10],
    [['spec', 'clusterIP'], 6],
    [['status', 'loadBalancer'], 1],
    [['spec', 'type', 'deeper'], 7],
  ] as const)('missing path %j points at the nearest ancestor', (path, line) => {
    expect(svc?.lineOf(path)).toBe(line);
  });

  it('uses absolute lines in later documents', () => {
    expect(pod?.startLine).toBe(17);
    expect(pod?.lineOf([])).toBe(18);
    expect(pod?.lineOf(['spec', 'containers', 0, 'name'])).toBe(21);
    expect(pod?.lineOf(['spec', 'containers', 0, 'ports', 1])).toBe(22);
    expect(pod?.lineOf(fieldPathToSegments('spec.containers[0].image'))).toBe(21);
  });

  it('follows aliases and merge keys to where the value is written', () => {
    const d = parseManifestStream('base: &b\n  port: 80\nsvc:\n  <<: *b\n  name: x\nother: *b\n')
      .documents[0];
    expect(d?.lineOf(['svc', 'port'])).toBe(2);
    expect(d?.lineOf(['svc', 'name'])).toBe(5);
    expect(d?.lineOf(['other'])).toBe(6);
    expect(d?.lineOf(['other', 'port'])).toBe(2);
  });

  it('returns the start line for an empty document', () => {
    const d = parseManifestStream('a: 1\n---\n# nothing\n').documents[1];
    expect(d?.lineOf(['a'])).toBe(3);
  });
});

describe('fieldPathToSegments', () => {
  it.each([
    ['spec.ports[0].nodePort', ['spec', 'ports', 0, 'nodePort']],
    ['metadata.labels[app.kubernetes.io/name]', ['metadata', 'labels', 'app.kubernetes.io/name']],
    ['spec.clusterIPs[0]', ['spec', 'clusterIPs', 0]],
    ['spec.selector', ['spec', 'selector']],
    ['metadata.annotations[a.b/c].x', ['metadata', 'annotations', 'a.b/c', 'x']],
    ['[2]', [2]],
    ['', []],
  ] as const)('%s', (path, segments) => {
    expect(fieldPathToSegments(path)).toEqual(segments);
  });
});
