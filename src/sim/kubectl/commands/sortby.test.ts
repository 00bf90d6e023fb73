import { describe, expect, it } from 'vitest';
import { Terminal } from '../../shell/testkit.ts';
import { goValue, parseColumns } from './customColumns.ts';
import { naturalLess, relaxedJSONPath, sortByField } from './sortby.ts';

describe('sortorder.NaturalLess', () => {
  it.each([
    ['a2', 'a10', true],
    ['a10', 'a2', false],
    ['10.96.0.1', '10.99.111.233', true],
    ['10.100.0.1', '10.99.0.1', false],
    ['1', 'a', true],
    ['a', '1', false],
    ['x1', 'x01', true],
    ['x01', 'x1', false],
    ['web', 'web-np', true],
    ['', 'a', true],
    ['same', 'same', false],
  ])('%s < %s is %s', (a, b, want) => expect(naturalLess(a, b)).toBe(want));
});

describe('RelaxedJSONPathExpression', () => {
  it.each([
    ['spec.clusterIP', '{.spec.clusterIP}'],
    ['.spec.clusterIP', '{.spec.clusterIP}'],
    ['{spec.clusterIP}', '{.spec.clusterIP}'],
    ['{.spec.ports[0].port}', '{.spec.ports[0].port}'],
  ])('%s', (expr, want) => expect(relaxedJSONPath(expr)).toBe(want));

  it('rejects nested braces', () => {
    expect(relaxedJSONPath('{{.a}}')).toEqual({
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    });
  });
});

describe('sortByField', () => {
  const objs = [
    { n: 'a', spec: { port: 443, ip: '10.100.0.1', q: '1Gi' } },
    { n: 'b', spec: { port: 80, ip: '10.99.0.1', q: '512Mi' } },
    { n: 'c', spec: {} },
  ];
  const names = (r: unknown) => (Array.isArray(r) ? r.map((o: { n: string }) => o.n) : r);

  it.each([
    ['.spec.port', ['c', 'b', 'a']], // numbers as numbers; objects without the field first
    ['spec.ip', ['c', 'b', 'a']], // natural order: 99 < 100
    ['{.spec.q}', ['c', 'b', 'a']], // both parse as quantities: 512Mi < 1Gi
    ['.n', ['a', 'b', 'c']],
  ])('--sort-by=%s', (field, want) => expect(names(sortByField(objs, field))).toEqual(want));

  it('a field no object has is an error', () => {
    expect(sortByField(objs, '.spec.nope')).toEqual({
      error: 'couldn\'t find any field with path "{.spec.nope}" in the list of objects',
    });
  });
});

describe('custom-columns', () => {
  it('parses HEADER:PATH pairs', () => {
    expect(parseColumns('NAME:.metadata.name,IP:spec.clusterIP')).toEqual([
      { header: 'NAME', path: '{.metadata.name}' },
      { header: 'IP', path: '{.spec.clusterIP}' },
    ]);
    expect(parseColumns('NAME')).toEqual({
      error: 'unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>',
    });
  });

  it('formats values like Go’s %v', () => {
    expect(goValue({ b: 1, a: 'x' })).toBe('map[a:x b:1]');
    expect(goValue([{ port: 80, protocol: 'TCP' }])).toBe('[map[port:80 protocol:TCP]]');
    expect(goValue(null)).toBe('<nil>');
    expect(goValue(true)).toBe('true');
  });
});

describe('kubectl get --sort-by and -o custom-columns', () => {
  const t = new Terminal();
  t.out('kubectl create service nodeport web --tcp=80:8080 --node-port=30080');
  const ip = t.clusterIP('web');

  it('custom columns: one row per object, `<none>` for a missing value, values joined by commas', () => {
    expect(
      t.out(
        'kubectl get svc -o custom-columns=NAME:.metadata.name,IP:.spec.clusterIP,NODEPORT:.spec.ports[*].nodePort,SELECTOR:.spec.selector',
      ),
    ).toBe(
      [
        `NAME         IP${' '.repeat(ip.length + 1)}NODEPORT   SELECTOR`,
        `kubernetes   10.96.0.1${' '.repeat(ip.length - 6)}<none>     <none>`,
        `web          ${ip}   30080      map[app:web]`,
        '',
      ].join('\n'),
    );
    expect(t.out('kubectl get svc web -o custom-columns=P:.spec.ports --no-headers')).toBe(
      '[map[name:80-8080 nodePort:30080 port:80 protocol:TCP targetPort:8080]]\n',
    );
  });

  it('custom-columns without a spec, or a bad one', () => {
    expect(t.run('kubectl get svc -o custom-columns')).toMatchObject({
      stderr: 'error: custom-columns format specified but no custom columns given\n',
      exitCode: 1,
    });
    expect(t.run('kubectl get svc -o custom-columns=NAME')).toMatchObject({
      stderr: 'error: unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>\n',
      exitCode: 1,
    });
  });

  it('--sort-by orders table rows; an unknown field is an error', () => {
    const rows = t
      .out('kubectl get svc -A --sort-by=.spec.clusterIP --no-headers')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(/\s+/)[1]);
    const byIP = ['kubernetes', 'kube-dns', 'web']; // 10.96.0.1 < 10.96.0.10 < 10.9x/10.1xx…
    expect(rows).toEqual(byIP);
    expect(t.run('kubectl get svc --sort-by=.spec.nope')).toMatchObject({
      stdout: '',
      stderr: 'error: couldn\'t find any field with path "{.spec.nope}" in the list of objects\n',
      exitCode: 1,
    });
  });
});
