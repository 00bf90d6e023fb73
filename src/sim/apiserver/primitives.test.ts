import { describe, expect, it } from 'vitest';
import {
  goIntOrString,
  goLabelSelector,
  goQuote,
  goServicePortKey,
  goSlice,
  goStringMap,
} from './goValue.ts';
import { goJsonCompact, goPlusV } from './json.ts';
import { canonicalQuantity } from './quantity.ts';
import { formatIP, parseCIDRSloppy, parseIPSloppy, validateEndpointIP } from './validation/ip.ts';
import { isQualifiedName, isValidLabelValue } from './validation/names.ts';

describe('Go value rendering', () => {
  it('%q, slices, maps, structs', () => {
    expect(goQuote('a"b\\c\n')).toBe('"a\\"b\\\\c\\n"');
    expect(goSlice(['10.96.0.10'])).toBe('[]string{"10.96.0.10"}');
    expect(goSlice(undefined)).toBe('[]string(nil)');
    expect(goStringMap({ tier: 'web', app: 'x' })).toBe(
      'map[string]string{"app":"x", "tier":"web"}',
    );
    expect(goServicePortKey('UDP', 53)).toBe(
      'core.ServicePort{Name:"", Protocol:"UDP", AppProtocol:(*string)(nil), Port:53, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    );
    expect(goIntOrString('25%')).toBe('intstr.IntOrString{Type:1, IntVal:0, StrVal:"25%"}');
    expect(goLabelSelector({ matchLabels: { app: 'web' } })).toBe(
      'v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}',
    );
  });

  it('json.Marshal and %+v of unstructured values', () => {
    expect(goJsonCompact({ b: [1, 2.5, 'x<'], a: null })).toBe('{"a":null,"b":[1,2.5,"x\\u003c"]}');
    expect(goPlusV({ spec: { ports: [{ port: 80, name: 'a' }] } })).toBe(
      'map[spec:map[ports:[map[name:a port:80]]]]',
    );
  });
});

describe('names, IPs, quantities', () => {
  it('qualified names and label values', () => {
    expect(isQualifiedName('example.com/app')).toEqual([]);
    expect(isQualifiedName('a/b/c')).toEqual([
      "a qualified name must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
    ]);
    expect(isQualifiedName('/app')).toEqual(['prefix part must be non-empty']);
    expect(isValidLabelValue('-bad')).toEqual([
      "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ]);
  });

  it('sloppy IP parsing and canonical IPv6', () => {
    expect(parseIPSloppy('010.1.1.1')).toEqual([10, 1, 1, 1]);
    expect(parseIPSloppy('::ffff:1.2.3.4')).toEqual([1, 2, 3, 4]);
    expect(formatIP(parseIPSloppy('2001:0db8:0:0:0:0:0:1') ?? [])).toBe('2001:db8::1');
    expect(parseCIDRSloppy('10.0.0.0/33')).toBe(undefined);
    expect(validateEndpointIP('f', '169.254.1.1').map((e) => e.detail)).toEqual([
      'may not be in the link-local range (169.254.0.0/16, fe80::/10)',
    ]);
    expect(validateEndpointIP('f', '0.0.0.0').map((e) => e.detail)).toEqual([
      'may not be unspecified (0.0.0.0)',
    ]);
  });

  it('canonical quantities', () => {
    expect(
      ['0.5', '1000', '1500', '100m', '1024Mi', '1536Mi', '1.5Gi', '1e3', '0'].map(
        canonicalQuantity,
      ),
    ).toEqual(['500m', '1k', '1500', '100m', '1Gi', '1536Mi', '1536Mi', '1e3', '0']);
  });
});
