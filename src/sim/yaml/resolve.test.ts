import { describe, expect, it } from 'vitest';
import { parseManifestStream } from './index.ts';

/** `v: <form>` → value, as sigs.k8s.io/yaml (go-yaml v2.4.0) decodes it; checked against go-yaml. */
const SCALARS: ReadonlyArray<readonly [string, unknown]> = [
  ['yes', true],
  ['Yes', true],
  ['YES', true],
  ['yEs', 'yEs'],
  ['no', false],
  ['No', false],
  ['NO', false],
  ['on', true],
  ['On', true],
  ['ON', true],
  ['off', false],
  ['Off', false],
  ['OFF', false],
  ['y', true],
  ['Y', true],
  ['n', false],
  ['N', false],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['tRUE', 'tRUE'],
  ['false', false],
  ['False', false],
  ['FALSE', false],
  ['~', null],
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['nULL', 'nULL'],
  ['', null],
  ['0', 0],
  ['-0', 0],
  ['+1', 1],
  ['-17', -17],
  ['0x1F', 31],
  ['0X1f', 31],
  ['-0x1F', -31],
  ['0o17', 15],
  ['0O17', 15],
  ['0755', 493],
  ['08', 8],
  ['09.5', 9.5],
  ['0b101', 5],
  ['-0b101', -5],
  ['0B11', 3],
  ['1_000', 1000],
  ['1__0', 10],
  ['_1', '_1'],
  ['0x_1F', 31],
  ['.5', 0.5],
  ['-.5', -0.5],
  ['+.5', 0.5],
  ['1.', 1],
  ['1.5', 1.5],
  ['1e3', 1000],
  ['1E+3', 1000],
  ['-1e-3', -0.001],
  ['1e', '1e'],
  ['.e5', '.e5'],
  ['1e400', '1e400'],
  ['.Nan', '.Nan'],
  ['NaN', 'NaN'],
  ['Inf', 'Inf'],
  ['9223372036854775807', 2 ** 63],
  ['18446744073709551615', 2 ** 64],
  ['99999999999999999999', 1e20],
  ['0xFFFFFFFFFFFFFFFF', 2 ** 64],
  ['0xFFFFFFFFFFFFFFFFFF', '0xFFFFFFFFFFFFFFFFFF'],
  ['2001-12-14', '2001-12-14'],
  ['2001-12-14T21:59:43.10Z', '2001-12-14T21:59:43.10Z'],
  ['10.96.0.1', '10.96.0.1'],
  ['1:30', '1:30'],
  ['1,000', '1,000'],
  ['0.5.5', '0.5.5'],
  ['0x', '0x'],
  ['0o', '0o'],
  ['0b2', '0b2'],
  ['--', '--'],
  ['<<', '<<'],
  ['"quoted"', 'quoted'],
  ["'yes'", 'yes'],
  ['"0x1F"', '0x1F'],
  ['"~"', '~'],
  ['!!str 123', '123'],
  ['!!int "42"', 42],
  ['!!float 1', 1],
  ['!!bool "yes"', true],
  ['!!null ""', null],
  ['!foo bar', 'bar'],
  ['! 12', '12'],
  ['!!binary aGVsbG8=', 'hello'],
];

const SCALAR_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ['.inf', 'json: unsupported value: +Inf'],
  ['+.inf', 'json: unsupported value: +Inf'],
  ['-.inf', 'json: unsupported value: -Inf'],
  ['.nan', 'json: unsupported value: NaN'],
  ['.NaN', 'json: unsupported value: NaN'],
  ['!!int abc', 'yaml: cannot decode !!str `abc` as a !!int'],
  ['!!float 1.5x', 'yaml: cannot decode !!str `1.5x` as a !!float'],
  ['!!binary "bad!"', 'yaml: !!binary value contains invalid base64 data'],
];

describe('YAML 1.1 scalar resolution (go-yaml v2)', () => {
  it.each(SCALARS)('v: %s', (form, expected) => {
    const r = parseManifestStream(`v: ${form}\n`);
    expect(r.error).toBeUndefined();
    expect(r.documents[0]?.value).toEqual({ v: expected });
  });

  it.each(SCALAR_ERRORS)('v: %s fails', (form, message) => {
    const r = parseManifestStream(`v: ${form}\n`);
    expect(r.error).toEqual({
      documentIndex: 0,
      line: 1,
      message: 'error converting YAML to JSON: ' + message,
    });
  });

  it('stringifies non-string keys as sigs.k8s.io/yaml does', () => {
    const r = parseManifestStream('yes: a\n1: b\n1.5: c\n1e6: d\n0x10: e\n.inf: f\n');
    expect(r.documents[0]?.value).toEqual({
      true: 'a',
      1: 'b',
      '1.5': 'c',
      '1e+06': 'd',
      16: 'e',
      '.inf': 'f',
    });
  });

  it('rejects a null key', () => {
    expect(parseManifestStream('~: x\n').error?.message).toBe(
      'error converting YAML to JSON: unsupported map key of type: %!s(<nil>), key: <nil>, value: "x"',
    );
  });

  it('keeps __proto__ as an ordinary key', () => {
    const v = parseManifestStream('__proto__: {polluted: 1}\n').documents[0]?.value as Record<
      string,
      unknown
    >;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
