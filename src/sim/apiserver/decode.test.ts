import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { DecodeOptions, DecodeResult } from './decode.ts';
import { decodeDocument, decodeObject } from './decode.ts';
import { errorText } from './testkit.ts';

const dec = (yaml: string, opts?: DecodeOptions): DecodeResult => decodeObject(parse(yaml), opts);

function client(yaml: string, opts?: DecodeOptions): string {
  const d = dec(yaml, opts);
  if (d.ok || d.stage !== 'client')
    throw new Error(`expected a client error: ${JSON.stringify(d)}`);
  return `error: ${d.message('STDIN')}`;
}

function server(yaml: string, opts?: DecodeOptions): string {
  const d = dec(yaml, opts);
  if (d.ok || d.stage !== 'server')
    throw new Error(`expected a server error: ${JSON.stringify(d)}`);
  return errorText(d.error, 'creating', 'STDIN');
}

const svc = (spec: string): string =>
  `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;
const VALIDATE = 'if you choose to ignore these errors, turn validation off with --validate=false';

describe('kubectl client-side errors', () => {
  it('missing kind / apiVersion under --validate=strict', () => {
    expect(client('apiVersion: v1\nmetadata: {name: web}\n')).toBe(
      `error: error validating "STDIN": error validating data: kind not set; ${VALIDATE}`,
    );
    expect(client('metadata: {name: web}\n')).toBe(
      `error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; ${VALIDATE}`,
    );
    expect(client('- a\n- b\n')).toBe(
      `error: error validating "STDIN": error validating data: invalid object to validate; ${VALIDATE}`,
    );
  });

  it("missing kind under --validate=false: Object 'Kind' is missing (compact JSON, sorted keys)", () => {
    expect(
      client('apiVersion: v1\nmetadata: {name: web}\nspec: {ports: [{port: 80}]}\n', {
        validate: 'ignore',
      }),
    ).toBe(
      `error: unable to decode "STDIN": Object 'Kind' is missing in '{"apiVersion":"v1","metadata":{"name":"web"},"spec":{"ports":[{"port":80}]}}'`,
    );
  });

  it('unknown kind or wrong apiVersion: resource mapping not found', () => {
    expect(client('apiVersion: v1\nkind: Servic\nmetadata: {name: x}\n')).toBe(
      'error: resource mapping not found for name: "x" namespace: "" from "STDIN": no matches for kind "Servic" in version "v1"\nensure CRDs are installed first',
    );
    expect(
      client('apiVersion: apps/v1\nkind: Service\nmetadata: {name: x, namespace: dev}\n'),
    ).toBe(
      'error: resource mapping not found for name: "x" namespace: "dev" from "STDIN": no matches for kind "Service" in version "apps/v1"\nensure CRDs are installed first',
    );
  });

  it('missing metadata.name: kubectl apply cannot GET the live object', () => {
    expect(client('apiVersion: v1\nkind: Service\nspec: {}\n')).toBe(
      'error: error when retrieving current configuration of:\nResource: "/v1, Resource=services", GroupVersionKind: "/v1, Kind=Service"\nName: "", Namespace: "default"\nfrom server for: "STDIN": resource name may not be empty',
    );
    expect(
      client('apiVersion: apps/v1\nkind: Deployment\nspec: {}\n', { namespace: 'dev' }),
    ).toContain(
      'Resource: "apps/v1, Resource=deployments", GroupVersionKind: "apps/v1, Kind=Deployment"\nName: "", Namespace: "dev"',
    );
    expect(client('apiVersion: v1\nkind: Namespace\nmetadata: {}\n')).toContain(
      'Name: "", Namespace: ""',
    );
    expect(client('apiVersion: v1\nkind: Service\nmetadata: {generateName: web-}\n')).toBe(
      'error: from web-: cannot use generate name with apply',
    );
  });

  it('empty documents are skipped', () => {
    expect(dec('')).toEqual({ ok: false, stage: 'empty' });
  });
});

describe('server-side decode (BadRequest)', () => {
  it.each([
    [
      'port as a string',
      'ports: [{port: "80"}]',
      'json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
    ],
    [
      'float port',
      'ports: [{port: 80.5}]',
      'json: cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.port of type int32',
    ],
    [
      'port beyond int32',
      'ports: [{port: 99999999999}]',
      'json: cannot unmarshal number 99999999999 into Go struct field ServicePort.spec.ports.port of type int32',
    ],
    [
      'bool targetPort (IntOrString decoder)',
      'ports: [{port: 80, targetPort: true}]',
      'json: cannot unmarshal bool into Go value of type int32',
    ],
    [
      'float targetPort',
      'ports: [{port: 80, targetPort: 80.5}]',
      'json: cannot unmarshal number 80.5 into Go value of type int32',
    ],
    [
      'selector as a list',
      'selector: [app]\nports: [{port: 80}]',
      'json: cannot unmarshal array into Go struct field ServiceSpec.spec.selector of type map[string]string',
    ],
    [
      'protocol as a number',
      'ports: [{port: 80, protocol: 6}]',
      'json: cannot unmarshal number into Go struct field ServicePort.spec.ports.protocol of type v1.Protocol',
    ],
    [
      'ports as a map',
      'ports: {port: 80}',
      'json: cannot unmarshal object into Go struct field ServiceSpec.spec.ports of type []v1.ServicePort',
    ],
    [
      'a port as a string',
      'ports: ["80"]',
      'json: cannot unmarshal string into Go struct field ServiceSpec.spec.ports of type v1.ServicePort',
    ],
    [
      'ipFamilies element',
      'ipFamilies: [4]\nports: [{port: 80}]',
      'json: cannot unmarshal number into Go struct field ServiceSpec.spec.ipFamilies of type v1.IPFamily',
    ],
    [
      'unknown fields, joined',
      'foo: 1\nports: [{port: 80, bar: 2}]',
      'strict decoding error: unknown field "spec.foo", unknown field "spec.ports[0].bar"',
    ],
  ])('%s', (_l, spec, detail) => {
    expect(server(svc(spec))).toBe(
      `Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: ${detail}`,
    );
  });

  it('first type error wins over unknown fields; map values and top-level fields', () => {
    expect(
      server(
        'apiVersion: v1\nkind: Service\nmetadata: {name: web, labels: {app: 1}}\nspec: {zzz: 1}\n',
      ),
    ).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Service in version "v1" cannot be handled as a Service: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
    );
    expect(server('apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: x\n')).toContain(
      'json: cannot unmarshal string into Go struct field Service.spec of type v1.ServiceSpec',
    );
  });

  it('Deployment: version "v1" (no group), nested paths', () => {
    const base = 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n';
    expect(server(`${base}  replicas: "3"\n`)).toBe(
      'Error from server (BadRequest): error when creating "STDIN": Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32',
    );
    expect(
      server(
        `${base}  template:\n    spec:\n      containers: [{name: a, image: b, foo: 1, ports: [{containerPort: 80, hostIp: x}]}]\n`,
      ),
    ).toContain(
      'strict decoding error: unknown field "spec.template.spec.containers[0].foo", unknown field "spec.template.spec.containers[0].ports[0].hostIp"',
    );
    expect(
      server(
        `${base}  template:\n    spec:\n      containers: [{name: a, image: b, ports: [{containerPort: "80"}]}]\n`,
      ),
    ).toContain(
      'json: cannot unmarshal string into Go struct field ContainerPort.spec.template.spec.containers.ports.containerPort of type int32',
    );
    expect(
      server(
        `${base}  template:\n    spec:\n      containers: [{name: a, image: b, resources: {limits: {cpu: true}}}]\n`,
      ),
    ).toContain(
      "cannot be handled as a Deployment: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });

  it('--validate=warn turns unknown fields into warnings; ignore drops them', () => {
    const warn = dec(svc('foo: 1\nports: [{port: 80}]'), { validate: 'warn' });
    expect(warn.ok && warn.warnings).toEqual(['unknown field "spec.foo"']);
    const ign = dec(svc('foo: 1\nports: [{port: 80}]'), { validate: 'ignore' });
    expect(ign.ok && ign.object).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { ports: [{ port: 80 }] },
    });
  });

  it('quantities are stored canonically', () => {
    const d = dec(
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: a, image: b, resources: {limits: {cpu: 0.5, memory: 1024Mi}}}]\n',
    );
    expect(d.ok && JSON.stringify(d.object)).toContain('"limits":{"cpu":"500m","memory":"1Gi"}');
  });
});

describe('patch path and Lists', () => {
  it('unknown fields in a patched object: patch Invalid value with the %+v patch', () => {
    const d = dec(svc('foo: 1\nports: [{port: 80}]'), {
      mode: 'patch',
      patch: { spec: { foo: 1 } },
    });
    expect(!d.ok && d.stage === 'server' && d.error.message).toBe(
      ' "" is invalid: patch: Invalid value: "map[spec:map[foo:1]]": strict decoding error: unknown field "spec.foo"',
    );
    const t = dec(svc('ports: [{port: "80"}]'), {
      mode: 'patch',
      patch: { spec: { ports: [{ port: '80' }] } },
    });
    expect(!t.ok && t.stage === 'server' && t.error.details?.causes).toEqual([
      {
        type: 'Invalid value',
        field: 'patch',
        value: '"map[spec:map[ports:[map[port:80]]]]"',
        detail: 'unrecognized type: int32',
      },
    ]);
  });

  it('v1 List items are decoded one by one', () => {
    const docs = decodeDocument(
      parse(
        'apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: dev}}\n- {apiVersion: v1, kind: Secret, metadata: {name: s}}\n',
      ),
    );
    expect(docs[0]?.ok && docs[0].kind).toBe('Namespace');
    expect(docs[1] && !docs[1].ok && docs[1].stage === 'client' && docs[1].message('x.yaml')).toBe(
      'resource mapping not found for name: "s" namespace: "" from "x.yaml": no matches for kind "Secret" in version "v1"\nensure CRDs are installed first',
    );
    const bad = decodeDocument(
      parse('apiVersion: v1\nkind: List\nitems:\n- {metadata: {name: a}}\n'),
    );
    expect(bad[0] && !bad[0].ok && bad[0].stage === 'client' && bad[0].message('STDIN')).toBe(
      `error validating "STDIN": error validating data: [apiVersion not set, kind not set]; ${VALIDATE}`,
    );
  });
});
