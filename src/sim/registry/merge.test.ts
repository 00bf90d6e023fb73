import { describe, expect, it } from 'vitest';
import { goJson, lastAppliedFor, threeWayMerge, type Json } from './merge.ts';

type O = { [k: string]: Json };

describe('kubectl client-side apply merge', () => {
  const live: O = {
    spec: {
      type: 'NodePort',
      clusterIP: '10.103.127.52',
      ports: [{ port: 80, targetPort: 8080, protocol: 'TCP', nodePort: 31234 }],
      selector: { app: 'my-app' },
      sessionAffinity: 'None',
    },
  };

  it('keeps what the server allocated (clusterIP, nodePort, defaults)', () => {
    const manifest: O = {
      spec: {
        type: 'NodePort',
        ports: [{ port: 80, targetPort: 8080 }],
        selector: { app: 'my-app' },
      },
    };
    expect(threeWayMerge(manifest, manifest, live)).toEqual(live);
  });

  it('removes fields the previous apply set and this one drops', () => {
    const original: O = {
      spec: {
        type: 'NodePort',
        ports: [{ port: 80, targetPort: 8080, nodePort: 31234 }],
        selector: { app: 'my-app' },
      },
    };
    const modified: O = {
      spec: {
        type: 'ClusterIP',
        ports: [{ port: 80, targetPort: 8080 }],
        selector: { app: 'my-app' },
      },
    };
    const merged = threeWayMerge(original, modified, live) as {
      spec: { type: string; ports: O[] };
    };
    expect(merged.spec.type).toBe('ClusterIP');
    expect(merged.spec.ports[0]).toEqual({ port: 80, targetPort: 8080, protocol: 'TCP' });
  });

  it('merges ports by their port number and drops ports removed from the manifest', () => {
    const original: O = { spec: { ports: [{ port: 80 }, { port: 443 }] } };
    const modified: O = { spec: { ports: [{ port: 443, name: 'https' }] } };
    const current: O = {
      spec: {
        ports: [
          { port: 80, protocol: 'TCP' },
          { port: 443, protocol: 'TCP' },
        ],
      },
    };
    expect(threeWayMerge(original, modified, current)).toEqual({
      spec: { ports: [{ port: 443, protocol: 'TCP', name: 'https' }] },
    });
  });

  it('replaces lists without a merge key (selector values, externalIPs)', () => {
    const merged = threeWayMerge(
      { spec: { externalIPs: ['1.1.1.1'] } },
      { spec: { externalIPs: ['2.2.2.2'] } },
      { spec: { externalIPs: ['1.1.1.1'] } },
    );
    expect(merged).toEqual({ spec: { externalIPs: ['2.2.2.2'] } });
  });

  it('removes labels deleted from the manifest', () => {
    const merged = threeWayMerge(
      { metadata: { labels: { a: '1', b: '2' } } },
      { metadata: { labels: { a: '1' } } },
      { metadata: { labels: { a: '1', b: '2', c: '3' } } },
    );
    expect(merged).toEqual({ metadata: { labels: { a: '1', c: '3' } } });
  });
});

describe('last-applied-configuration', () => {
  it('is Go JSON with sorted keys, annotations {} and the namespace, plus a newline', () => {
    const manifest: O = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] },
    };
    expect(lastAppliedFor(manifest, 'default')).toBe(
      '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"web"}}}\n',
    );
  });

  it('escapes HTML characters the way encoding/json does', () => {
    expect(goJson({ b: '<a&b>', a: [1, true, null] })).toBe(
      '{"a":[1,true,null],"b":"\\u003ca\\u0026b\\u003e"}',
    );
  });
});
