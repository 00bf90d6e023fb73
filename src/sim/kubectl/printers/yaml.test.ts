import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { listToYaml, toYaml, yamlKeyCompare, jsonToYaml } from './yaml.ts';
import { selectStringStyle } from './yaml-scalar.ts';
import { clusterService, slice } from './test-fixtures.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

describe('toYaml', () => {
  it('§3.7: a defaulted ClusterIP Service created by kubectl apply', () => {
    const svc = clusterService('web', '10.96.45.12', {
      selector: { app: 'web' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    });
    svc.metadata = {
      name: 'web',
      namespace: 'default',
      uid: '00000000-0000-0000-0000-000000000000',
      resourceVersion: '1234',
      creationTimestamp: '2025-01-01T00:00:00Z',
      annotations: {
        'kubectl.kubernetes.io/last-applied-configuration':
          '{"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"web"}}}\n',
      },
    };
    expect(toYaml(svc)).toBe(
      lines(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  annotations:',
        '    kubectl.kubernetes.io/last-applied-configuration: |',
        '      {"apiVersion":"v1","kind":"Service","metadata":{"annotations":{},"name":"web","namespace":"default"},"spec":{"ports":[{"port":80,"targetPort":8080}],"selector":{"app":"web"}}}',
        '  creationTimestamp: "2025-01-01T00:00:00Z"',
        '  name: web',
        '  namespace: default',
        '  resourceVersion: "1234"',
        '  uid: 00000000-0000-0000-0000-000000000000',
        'spec:',
        '  clusterIP: 10.96.45.12',
        '  clusterIPs:',
        '  - 10.96.45.12',
        '  internalTrafficPolicy: Cluster',
        '  ipFamilies:',
        '  - IPv4',
        '  ipFamilyPolicy: SingleStack',
        '  ports:',
        '  - port: 80',
        '    protocol: TCP',
        '    targetPort: 8080',
        '  selector:',
        '    app: web',
        '  sessionAffinity: None',
        '  type: ClusterIP',
        'status:',
        '  loadBalancer: {}',
      ),
    );
  });

  it('C25 spec shape: headless, dual-family lists', () => {
    expect(
      jsonToYaml({
        spec: {
          type: 'ClusterIP',
          sessionAffinity: 'None',
          ports: [{ targetPort: 80, protocol: 'TCP', port: 80 }],
          ipFamilyPolicy: 'RequireDualStack',
          ipFamilies: ['IPv4', 'IPv6'],
          internalTrafficPolicy: 'Cluster',
          clusterIPs: ['None'],
          clusterIP: 'None',
        },
      }),
    ).toBe(
      lines(
        'spec:',
        '  clusterIP: None',
        '  clusterIPs:',
        '  - None',
        '  internalTrafficPolicy: Cluster',
        '  ipFamilies:',
        '  - IPv4',
        '  - IPv6',
        '  ipFamilyPolicy: RequireDualStack',
        '  ports:',
        '  - port: 80',
        '    protocol: TCP',
        '    targetPort: 80',
        '  sessionAffinity: None',
        '  type: ClusterIP',
      ),
    );
  });

  it('EndpointSlice: null endpoints/ports, "" label values and port names', () => {
    const s = slice('multi-2xq9v', 'multi', [], [], 0);
    s.metadata = {
      name: 'multi-2xq9v',
      generateName: 'multi-',
      namespace: 'default',
      uid: 'u',
      resourceVersion: '7',
      creationTimestamp: '2025-01-01T00:00:00Z',
      labels: { 'service.kubernetes.io/headless': '', 'kubernetes.io/service-name': 'multi' },
    };
    expect(toYaml(s)).toBe(
      lines(
        'addressType: IPv4',
        'apiVersion: discovery.k8s.io/v1',
        'endpoints: null',
        'kind: EndpointSlice',
        'metadata:',
        '  creationTimestamp: "2025-01-01T00:00:00Z"',
        '  generateName: multi-',
        '  labels:',
        '    kubernetes.io/service-name: multi',
        '    service.kubernetes.io/headless: ""',
        '  name: multi-2xq9v',
        '  namespace: default',
        '  resourceVersion: "7"',
        '  uid: u',
        'ports: null',
      ),
    );
  });

  it('nested sequences and maps in sequences', () => {
    expect(jsonToYaml({ a: [[1, 2], [], {}, [{ b: 'c', d: [true, null] }]] })).toBe(
      lines(
        'a:',
        '- - 1',
        '  - 2',
        '- []',
        '- {}',
        '- - b: c',
        '    d:',
        '    - true',
        '    - null',
      ),
    );
  });

  it('the List wrapper', () => {
    expect(
      listToYaml([{ kind: 'Namespace', apiVersion: 'v1', metadata: { name: 'default' } }]),
    ).toBe(
      lines(
        'apiVersion: v1',
        'items:',
        '- apiVersion: v1',
        '  kind: Namespace',
        '  metadata:',
        '    name: default',
        'kind: List',
        'metadata:',
        '  resourceVersion: ""',
      ),
    );
  });

  it('folds long strings at column 80 like go-yaml v2 (kubernetes#32335, sigs.k8s.io/yaml#116)', () => {
    expect(
      jsonToYaml({
        metadata: {
          annotations: {
            'kubernetes.io/limit-ranger':
              'LimitRanger plugin set: cpu request for container hostnames',
          },
        },
      }),
    ).toBe(
      lines(
        'metadata:',
        '  annotations:',
        "    kubernetes.io/limit-ranger: 'LimitRanger plugin set: cpu request for container",
        "      hostnames'",
      ),
    );
    const long = `${'1234567890'.repeat(6)}1234${'1234567890'.repeat(6)}1234: .s`;
    expect(jsonToYaml({ a: long })).toBe(lines(`a: '${long.slice(0, -3)}`, "  .s'"));
    expect(
      jsonToYaml({
        SponsorName:
          'Computer Center, Department of Computer Science, National Yang Ming Chiao Tung University',
      }),
    ).toBe(
      lines(
        'SponsorName: Computer Center, Department of Computer Science, National Yang Ming Chiao',
        '  Tung University',
      ),
    );
  });

  it('multi-line strings as literal blocks with chomping and indentation indicators', () => {
    expect(jsonToYaml({ a: 'x\ny' })).toBe(lines('a: |-', '  x', '  y'));
    expect(jsonToYaml({ a: 'x\n\ny\n' })).toBe(lines('a: |', '  x', '', '  y'));
    expect(jsonToYaml({ a: 'x\n\n' })).toBe(lines('a: |+', '  x', ''));
    expect(jsonToYaml({ a: ' x\ny' })).toBe(lines('a: |2-', '   x', '  y'));
    expect(jsonToYaml({ a: 'x \ny' })).toBe(lines('a: "x \\ny"'));
    expect(jsonToYaml({ a: ['x\ny'] })).toBe(lines('a:', '- |-', '  x', '  y'));
  });
});

describe('string quoting (go-yaml v2 rules)', () => {
  const cases: [string, string][] = [
    ['plain', 'plain'],
    ['true', '"true"'],
    ['True', '"True"'],
    ['yes', '"yes"'],
    ['on', '"on"'],
    ['Yes please', 'Yes please'],
    ['null', '"null"'],
    ['~', '"~"'],
    ['', '""'],
    ['80', '"80"'],
    ['-80', '"-80"'],
    ['1e3', '"1e3"'],
    ['1.5', '"1.5"'],
    ['.5', '".5"'],
    ['08', '"08"'],
    ['0x1F', '"0x1F"'],
    ['1_000', '"1_000"'],
    ['1:20', '"1:20"'],
    ['2025-01-01', '"2025-01-01"'],
    ['2025-01-01T00:00:00Z', '"2025-01-01T00:00:00Z"'],
    ['2025-13-01', '2025-13-01'],
    ['10.96.45.12', '10.96.45.12'],
    ['00000000-0000-0000-0000-000000000000', '00000000-0000-0000-0000-000000000000'],
    ['a: b', "'a: b'"],
    ['key:', "'key:'"],
    ['http://example.com:8080/x', 'http://example.com:8080/x'],
    ['a#b', 'a#b'],
    ['a #b', "'a #b'"],
    ['#b', "'#b'"],
    [' leading', "' leading'"],
    ['trailing ', "'trailing '"],
    ["it's", "it's"],
    ["'quoted'", "'''quoted'''"],
    ['- x', "'- x'"],
    ['-x', '-x'],
    ['*', "'*'"],
    ['{a}', "'{a}'"],
    ['@home', "'@home'"],
    ['...', "'...'"],
    ['tab\there', '"tab\\there"'],
    ['한글 서비스', '한글 서비스'],
    ['😀', '"\\U0001F600"'],
    ['caf\u00e9', 'caf\u00e9'],
    ['\u0085x', '"\\Nx"'],
  ];
  it.each(cases)('%j -> %s', (input, out) => {
    expect(jsonToYaml({ k: input })).toBe(`k: ${out}\n`);
  });

  it('keys are quoted by the same rules (no folding, multi-line keys double-quoted)', () => {
    expect(jsonToYaml({ '80': 1, 'a\nb': 2, '': 3 })).toBe(lines('"": 3', '"80": 1', '"a\\nb": 2'));
    expect(selectStringStyle('a: b', true)).toBe('single');
  });

  it('round-trips arbitrary strings through a YAML 1.1 parser', () => {
    const alphabet = fc.constantFrom(
      ...'ab01 :#-\'"\n\t.,[]{}*&!|>%@`?~+eExyYnN_é한😀'.split(''),
      'true',
      'null',
      '0x',
      '2025-01-01',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
        (s) => {
          const text = jsonToYaml({ k: s, list: [s] });
          const back = parse(text, { version: '1.1' }) as { k: unknown; list: unknown[] };
          // The `yaml` package reads some digit-less forms (`.`, `E1`, `0x_`) as 1.1 numbers (NaN);
          // go-yaml resolves those as strings, so they are plain on both sides of kubectl.
          if (Number.isNaN(back.k)) return;
          expect(back.k).toBe(s);
          expect(back.list[0]).toBe(s);
        },
      ),
      { numRuns: 2000, seed: 20250101 },
    );
  });
});

describe('yamlKeyCompare (go-yaml keyList order)', () => {
  it('non-letters before letters, digit runs numerically', () => {
    const keys = ['b', 'a_b', 'aB', 'a10', 'a9', 'a', 'A', 'app.kubernetes.io/name', 'app'];
    expect([...keys].sort(yamlKeyCompare)).toEqual([
      'A',
      'a',
      'a_b',
      'a9',
      'a10',
      'aB',
      'app',
      'app.kubernetes.io/name',
      'b',
    ]);
  });
});
