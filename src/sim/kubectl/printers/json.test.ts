import { describe, expect, it } from 'vitest';
import { goJsonString, listToJson, toJson } from './json.ts';

describe('toJson (kubectl -o json)', () => {
  it('4-space indentation, sorted keys, compact empty collections, trailing newline', () => {
    expect(
      toJson({
        kind: 'Service',
        apiVersion: 'v1',
        metadata: { name: 'web', labels: { b: '1', a: '<&>' }, annotations: {} },
        spec: { ports: [{ port: 80, protocol: 'TCP' }], externalIPs: [], skip: undefined },
        status: { loadBalancer: {} },
      }),
    ).toBe(
      [
        '{',
        '    "apiVersion": "v1",',
        '    "kind": "Service",',
        '    "metadata": {',
        '        "labels": {',
        '            "a": "\\u003c\\u0026\\u003e",',
        '            "b": "1"',
        '        },',
        '        "name": "web"',
        '    },',
        '    "spec": {',
        '        "externalIPs": [],',
        '        "ports": [',
        '            {',
        '                "port": 80,',
        '                "protocol": "TCP"',
        '            }',
        '        ]',
        '    },',
        '    "status": {',
        '        "loadBalancer": {}',
        '    }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('the List wrapper', () => {
    expect(listToJson([])).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    );
  });

  it('escapes like encoding/json', () => {
    expect(goJsonString('a"b\\c\n\t\u0001\u2028한😀')).toBe('"a\\"b\\\\c\\n\\t\\u0001\\u2028한😀"');
  });
});
