import { describe, expect, it } from 'vitest';
import {
  admitDeploymentCreate,
  admitDeploymentUpdate,
  admitEndpointSliceCreate,
  admitEndpointSliceUpdate,
  admitNamespaceCreate,
  admitPodCreate,
  admitPodUpdate,
} from '../admit.ts';
import type { AdmitResult } from '../admitCommon.ts';
import type { JsonObject } from '../json.ts';
import { toJson } from '../json.ts';
import { decoded, errorText } from '../testkit.ts';

function text<T>(r: AdmitResult<T>): string {
  if (r.ok) throw new Error('expected failure');
  return errorText(r.error);
}

const pod = (spec: string, name = 'web'): JsonObject =>
  decoded(
    `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n${spec.replace(/^/gm, '  ')}\n`,
  );

describe('Pod validation', () => {
  it.each([
    [
      'no containers',
      'containers: []',
      'The Pod "web" is invalid: spec.containers: Required value',
    ],
    [
      'no image',
      'containers: [{name: web}]',
      'The Pod "web" is invalid: spec.containers[0].image: Required value',
    ],
    [
      'bad container name',
      'containers: [{name: Web, image: nginx}]',
      `The Pod "web" is invalid: spec.containers[0].name: Invalid value: "Web": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`,
    ],
    [
      'containerPort out of range',
      'containers: [{name: web, image: nginx, ports: [{containerPort: 70000}]}]',
      'The Pod "web" is invalid: spec.containers[0].ports[0].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ],
    [
      'duplicate port names',
      'containers: [{name: web, image: nginx, ports: [{name: http, containerPort: 80}, {name: http, containerPort: 81}]}]',
      'The Pod "web" is invalid: spec.containers[0].ports[1].name: Duplicate value: "http"',
    ],
    [
      'port name too long',
      'containers: [{name: web, image: nginx, ports: [{name: very-long-port-name, containerPort: 80}]}]',
      'The Pod "web" is invalid: spec.containers[0].ports[0].name: Invalid value: "very-long-port-name": must be no more than 15 characters',
    ],
    [
      'duplicate container names',
      'containers: [{name: web, image: nginx}, {name: web, image: busybox}]',
      'The Pod "web" is invalid: spec.containers[1].name: Duplicate value: "web"',
    ],
    [
      'bad restartPolicy',
      'restartPolicy: Sometimes\ncontainers: [{name: web, image: nginx}]',
      'The Pod "web" is invalid: spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
    ],
    [
      'volume mount of an unknown volume',
      'containers: [{name: web, image: nginx, volumeMounts: [{name: data, mountPath: /data}]}]',
      'The Pod "web" is invalid: spec.containers[0].volumeMounts[0].name: Not found: "data"',
    ],
    [
      'requests above limits',
      'containers: [{name: web, image: nginx, resources: {limits: {cpu: 500m}, requests: {cpu: "1"}}}]',
      'The Pod "web" is invalid: spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
    ],
  ])('%s', (_l, spec, expected) => {
    expect(text(admitPodCreate(pod(spec)))).toBe(expected);
  });

  it('pod names are DNS-1123 subdomains', () => {
    expect(text(admitPodCreate(pod('containers: [{name: web, image: nginx}]', 'Web')))).toBe(
      `The Pod "Web" is invalid: metadata.name: Invalid value: "Web": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    );
  });

  it('updates: image may change; other spec changes are forbidden; containers may not be added', () => {
    const created = admitPodCreate(
      pod('containers: [{name: web, image: "nginx:1.26", ports: [{containerPort: 80}]}]'),
    );
    if (!created.ok) throw new Error('create failed');
    const live = created.object;
    const change = (f: (o: { spec: { containers: JsonObject[] } }) => void): JsonObject => {
      const o = toJson(live) as unknown as { spec: { containers: JsonObject[] } };
      f(o);
      return o as unknown as JsonObject;
    };
    expect(
      admitPodUpdate(
        change((o) => (o.spec.containers[0] = { ...o.spec.containers[0], image: 'nginx:1.27' })),
        live,
      ).ok,
    ).toBe(true);
    const ports = text(
      admitPodUpdate(
        change(
          (o) =>
            (o.spec.containers[0] = {
              ...o.spec.containers[0],
              ports: [{ containerPort: 81, protocol: 'TCP' }],
            }),
        ),
        live,
      ),
    );
    expect(ports.split('\n')[0]).toBe(
      'The Pod "web" is invalid: spec: Forbidden: pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)',
    );
    expect(
      text(
        admitPodUpdate(
          change((o) => o.spec.containers.push({ name: 'b', image: 'busybox' })),
          live,
        ),
      ),
    ).toBe(
      'The Pod "web" is invalid: spec.containers: Forbidden: pod updates may not add or remove containers',
    );
  });
});

const deploy = (spec: string): JsonObject =>
  decoded(
    `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n${spec.replace(/^/gm, '  ')}\n`,
  );
const TEMPLATE =
  'template:\n  metadata: {labels: {app: web}}\n  spec: {containers: [{name: web, image: nginx}]}';

describe('Deployment validation', () => {
  it('missing selector: also "does not match" (real transcript shape)', () => {
    const r = admitDeploymentCreate(deploy(TEMPLATE));
    expect(!r.ok && r.error.message).toBe(
      'Deployment.apps "web" is invalid: [spec.selector: Required value, spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`]',
    );
    expect(text(r)).toBe(
      'The Deployment "web" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    );
  });

  it('selector mismatch, negative replicas, empty selector', () => {
    expect(
      text(admitDeploymentCreate(deploy(`selector: {matchLabels: {app: api}}\n${TEMPLATE}`))),
    ).toBe(
      'The Deployment "web" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`',
    );
    expect(
      text(
        admitDeploymentCreate(
          deploy(`replicas: -1\nselector: {matchLabels: {app: web}}\n${TEMPLATE}`),
        ),
      ),
    ).toBe(
      'The Deployment "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(text(admitDeploymentCreate(deploy(`selector: {}\n${TEMPLATE}`)))).toBe(
      'The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
    );
  });

  it('selector is immutable; spec changes bump generation', () => {
    const created = admitDeploymentCreate(
      deploy(`selector: {matchLabels: {app: web}}\n${TEMPLATE}`),
    );
    if (!created.ok) throw new Error('create failed');
    const live = created.object;
    const next = toJson(live) as unknown as {
      spec: {
        selector: JsonObject;
        template: { metadata: { labels: JsonObject } };
        replicas: number;
      };
    };
    next.spec.selector = { matchLabels: { app: 'web2' } };
    next.spec.template.metadata.labels = { app: 'web2' };
    expect(text(admitDeploymentUpdate(next as unknown as JsonObject, live))).toBe(
      'The Deployment "web" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web2"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable',
    );
    const scaled = toJson(live) as unknown as { spec: { replicas: number } };
    scaled.spec.replicas = 3;
    const r = admitDeploymentUpdate(scaled as unknown as JsonObject, live);
    expect(r.ok && r.object.metadata.generation).toBe(2);
  });
});

describe('EndpointSlice and Namespace validation', () => {
  const slice = (body: string): JsonObject =>
    decoded(`apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: s}\n${body}\n`);

  it('addressType, addresses, ports', () => {
    expect(text(admitEndpointSliceCreate(slice('addressType: IP\nendpoints: []')))).toBe(
      'The EndpointSlice "s" is invalid: addressType: Unsupported value: "IP": supported values: "FQDN", "IPv4", "IPv6"',
    );
    expect(
      text(
        admitEndpointSliceCreate(
          slice(
            'addressType: IPv4\nendpoints: [{addresses: [10.0.0.300]}, {addresses: [127.0.0.1]}, {addresses: []}]',
          ),
        ),
      ),
    ).toBe(
      [
        'The EndpointSlice "s" is invalid: ',
        '* endpoints[0].addresses[0]: Invalid value: "10.0.0.300": must be a valid IPv4 address',
        '* endpoints[0].addresses[0]: Invalid value: "10.0.0.300": must be a valid IP address',
        '* endpoints[1].addresses[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
        '* endpoints[2].addresses: Required value: must contain at least 1 address',
      ].join('\n'),
    );
    expect(
      text(
        admitEndpointSliceCreate(
          slice(
            'addressType: IPv4\nports: [{name: http, port: 80, protocol: HTTP}, {name: http, port: 81}]',
          ),
        ),
      ),
    ).toBe(
      [
        'The EndpointSlice "s" is invalid: ',
        '* ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        '* ports[1].name: Duplicate value: "http"',
      ].join('\n'),
    );
  });

  it('addressType is immutable', () => {
    const created = admitEndpointSliceCreate(
      slice('addressType: IPv4\nendpoints: [{addresses: [10.1.2.3]}]'),
    );
    if (!created.ok) throw new Error('create failed');
    const next = { ...(toJson(created.object) as JsonObject), addressType: 'IPv6', endpoints: [] };
    expect(text(admitEndpointSliceUpdate(next, created.object))).toBe(
      'The EndpointSlice "s" is invalid: addressType: Invalid value: "IPv6": field is immutable',
    );
  });

  it('namespace names are DNS-1123 labels', () => {
    expect(
      text(
        admitNamespaceCreate(decoded('apiVersion: v1\nkind: Namespace\nmetadata: {name: my.ns}\n')),
      ),
    ).toBe(
      'The Namespace "my.ns" is invalid: metadata.name: Invalid value: "my.ns": must not contain dots',
    );
  });
});
