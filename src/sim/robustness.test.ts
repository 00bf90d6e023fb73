import { describe, expect, it } from 'vitest';
import { testCluster } from './testing/cluster.ts';

const bomb = `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
`;

function junk(n: number, seed: number): string {
  let x = seed;
  let s = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += String.fromCharCode(x % 256);
  }
  return s;
}

describe('bad input never crashes or hangs, and changes nothing', () => {
  const cases: [string, string, RegExp][] = [
    [
      'binary junk',
      junk(5000, 7),
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: /,
    ],
    ['NUL bytes', 'apiVersion: v1\u0000\u0000', /^error: /],
    ['an alias bomb', bomb, /^error: /],
    ['a scalar document', 'hello', /^error: /],
    ['a list document', '- a\n- b\n', /^error: /],
    [
      'no kind',
      'apiVersion: v1\nmetadata:\n  name: x\n',
      /^error: error validating "STDIN": error validating data: kind not set/,
    ],
    [
      'an unknown kind',
      'apiVersion: v1\nkind: Servic\nmetadata:\n  name: x\n',
      /^error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Servic" in version "v1"\nensure CRDs are installed first$/,
    ],
    [
      'a kind in the wrong group',
      'apiVersion: v1\nkind: Deployment\nmetadata:\n  name: x\n',
      /no matches for kind "Deployment" in version "v1"/,
    ],
    [
      'a string where a port number goes',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: "80"\n',
      /cannot unmarshal string into Go struct field ServicePort\.spec\.ports\.port of type int32/,
    ],
    [
      'a float port',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec:\n  ports:\n  - port: 80.5\n',
      /cannot unmarshal number 80\.5 into Go struct field ServicePort\.spec\.ports\.port of type int32/,
    ],
    [
      'a list where a map goes',
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\nspec: [1, 2]\n',
      /cannot unmarshal array into Go struct field Service\.spec of type v1\.ServiceSpec|cannot unmarshal array/,
    ],
    ['deep nesting', `${'['.repeat(10000)}${']'.repeat(10000)}`, /^error: /],
    [
      'an unterminated quote',
      'apiVersion: "v1\nkind: Service\n',
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+: /,
    ],
    [
      'tabs for indentation',
      'apiVersion: v1\nkind: Service\nmetadata:\n\tname: x\n',
      /^error: error parsing STDIN: error converting YAML to JSON: yaml: line \d+: found character that cannot start any token$/,
    ],
  ];

  it.each(cases)('%s', (_name, text, message) => {
    const c = testCluster();
    const before = JSON.stringify(c.state());
    const r = c.apply(text);
    expect(r.objects).toEqual([]);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.errors[0]?.message).toMatch(message);
    expect(JSON.stringify(c.state())).toBe(before);
  });

  it('a 10 MB document gets the API server size error', () => {
    const c = testCluster();
    const big = `apiVersion: v1\nkind: Service\nmetadata:\n  name: big\n  annotations:\n    blob: "${'x'.repeat(10 * 1024 * 1024)}"\nspec:\n  ports:\n  - port: 80\n`;
    const r = c.apply(big);
    expect(r.errors.map((e) => e.message)).toEqual([
      'Error from server (RequestEntityTooLarge): error when creating "STDIN": Request entity too large: limit is 3145728',
    ]);
  });

  it('a million document separators', () => {
    const r = testCluster().apply('---\n'.repeat(1_000_000));
    expect(r.errors).toEqual([{ message: 'error: no objects passed to apply' }]);
  });

  it('commands never throw either', () => {
    const c = testCluster();
    for (const line of [
      'kubectl get "svc',
      'kubectl',
      '',
      '\u0000\u0001',
      'x'.repeat(1_000_000),
      'curl',
      'dig @',
      'ssh',
      '|',
      'kubectl get svc | grep',
      'kubectl exec -it nope -- curl x',
    ]) {
      const r = c.run(line);
      expect(typeof r.exitCode).toBe('number');
    }
  });
});
