import { describe, expect, it } from 'vitest';
import { FakeAllocator } from '../fakeAllocator.ts';
import { applyNewService } from '../testkit.ts';

const manifest = (spec: string, name = 'web'): string =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n${spec
    .trim()
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n')}\n`;

function fails(spec: string, name = 'web', alloc = new FakeAllocator()): string {
  const r = applyNewService(manifest(spec, name), alloc);
  if (r.ok) throw new Error('expected failure');
  return r.text;
}

const DNS1123_LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

// kubernetes-services.md §1.5, one row per case (v1.33 wording and value rendering).
describe('ValidateService rows (§1.5)', () => {
  it.each([
    [
      'no ports',
      'selector: {app: web}',
      'The Service "web" is invalid: spec.ports: Required value',
    ],
    [
      'port name not a DNS-1123 label',
      'ports: [{name: HTTP, port: 80}]',
      `The Service "web" is invalid: spec.ports[0].name: Invalid value: "HTTP": ${DNS1123_LABEL}`,
    ],
    [
      'duplicate port name',
      'ports: [{name: http, port: 80}, {name: http, port: 81}]',
      'The Service "web" is invalid: spec.ports[1].name: Duplicate value: "http"',
    ],
    [
      'port out of range',
      'ports: [{port: 70000, targetPort: 8080}]',
      'The Service "web" is invalid: spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ],
    [
      'unsupported protocol (C11)',
      'selector: {app: web}\nports: [{port: 80, protocol: HTTP}]',
      'The Service "web" is invalid: spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    ],
    [
      'numeric targetPort out of range',
      'ports: [{port: 80, targetPort: 70000}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
    ],
    [
      'named targetPort too long (C19)',
      'selector: {app: web}\nports: [{port: 80, targetPort: very-long-port-name}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "very-long-port-name": must be no more than 15 characters',
    ],
    [
      'named targetPort bad charset',
      'ports: [{port: 80, targetPort: web_http}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "web_http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ],
    [
      'named targetPort without a letter',
      'ports: [{port: 80, targetPort: "8080"}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)',
    ],
    [
      'named targetPort with consecutive hyphens',
      'ports: [{port: 80, targetPort: a--b}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "a--b": must not contain consecutive hyphens',
    ],
    [
      'named targetPort with a leading hyphen',
      'ports: [{port: 80, targetPort: -ab}]',
      'The Service "web" is invalid: spec.ports[0].targetPort: Invalid value: "-ab": must not begin or end with a hyphen',
    ],
    [
      'same port and protocol twice (C09)',
      'selector: {app: web}\nports: [{name: a, port: 80}, {name: b, port: 80}]',
      'The Service "web" is invalid: spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    ],
    [
      'nodePort on ClusterIP',
      'ports: [{port: 80, nodePort: 30080}]',
      'The Service "web" is invalid: spec.ports[0].nodePort: Forbidden: may not be used when `type` is \'ClusterIP\'',
    ],
    [
      'headless NodePort (C13)',
      'type: NodePort\nclusterIP: None\nselector: {app: web}\nports: [{port: 80}]',
      `The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for NodePort services`,
    ],
    [
      'headless LoadBalancer',
      'type: LoadBalancer\nclusterIP: None\nselector: {app: web}\nports: [{port: 80}]',
      `The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "None": may not be set to 'None' for LoadBalancer services`,
    ],
    [
      'clusterIP not an IP (pre-validation)',
      'clusterIP: abc\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: "abc": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)',
    ],
    [
      'ExternalName with clusterIP',
      'type: ExternalName\nexternalName: db.example.com\nclusterIP: 10.96.0.50',
      'The Service "web" is invalid: spec.clusterIPs: Forbidden: may not be set for ExternalName services',
    ],
    [
      'ExternalName without externalName',
      'type: ExternalName',
      'The Service "web" is invalid: spec.externalName: Required value',
    ],
    [
      'ExternalName not a subdomain',
      'type: ExternalName\nexternalName: my_db.example.com',
      `The Service "web" is invalid: spec.externalName: Invalid value: "my_db.example.com": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
    ],
    [
      'unknown type',
      'type: Foo\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"',
    ],
    [
      'unknown sessionAffinity',
      'sessionAffinity: Sticky\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
    ],
    [
      'ClientIP timeout 0',
      'sessionAffinity: ClientIP\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 0}}\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400',
    ],
    [
      'ClientIP timeout above 86400',
      'sessionAffinity: ClientIP\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 86401}}\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400',
    ],
    [
      'externalTrafficPolicy on ClusterIP (C15)',
      'selector: {app: web}\nexternalTrafficPolicy: Local\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
    ],
    [
      'externalTrafficPolicy bad value on NodePort',
      'type: NodePort\nexternalTrafficPolicy: local\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"',
    ],
    [
      'healthCheckNodePort without LB+Local',
      'type: NodePort\nhealthCheckNodePort: 30500\nports: [{port: 80}]',
      "The Service \"web\" is invalid: spec.healthCheckNodePort: Invalid value: 30500: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
    ],
    [
      'internalTrafficPolicy bad value',
      'internalTrafficPolicy: Node\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"',
    ],
    [
      'loadBalancerSourceRanges on a non-LB',
      'loadBalancerSourceRanges: [10.0.0.0/8]\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is \'LoadBalancer\'',
    ],
    [
      'loadBalancerSourceRanges not a CIDR (per-element check since v1.31)',
      'type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.1]\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.LoadBalancerSourceRanges[0]: Invalid value: "10.0.0.1": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)',
    ],
    [
      'allocateLoadBalancerNodePorts on a non-LB',
      'allocateLoadBalancerNodePorts: true\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is \'LoadBalancer\'',
    ],
    [
      'loadBalancerClass on a non-LB',
      'loadBalancerClass: example.com/lb\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.loadBalancerClass: Forbidden: may only be used when `type` is \'LoadBalancer\'',
    ],
    [
      'trafficDistribution other than PreferClose',
      'trafficDistribution: PreferSameZone\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"',
    ],
    [
      'externalIPs loopback',
      'externalIPs: [127.0.0.1]\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.externalIPs[0]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
    ],
    [
      'RequireDualStack on a single-stack cluster',
      'ipFamilyPolicy: RequireDualStack\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.ipFamilyPolicy: Invalid value: "RequireDualStack": this cluster is not configured for dual-stack services',
    ],
    [
      'ipFamilies IPv6 on an IPv4 cluster',
      'ipFamilies: [IPv6]\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.ipFamilies[0]: Invalid value: "IPv6": not configured on this cluster',
    ],
    [
      'IPv6 clusterIP on an IPv4 cluster',
      'clusterIP: fd00::1\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.clusterIPs[0]: Invalid value: []string{"fd00::1"}: IPv6 is not configured on this cluster',
    ],
    [
      'unsupported ipFamilyPolicy',
      'ipFamilyPolicy: DualStack\nports: [{port: 80}]',
      'The Service "web" is invalid: spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"',
    ],
  ])('%s', (_label, spec, expected) => {
    expect(fails(spec)).toBe(expected);
  });

  it('an out-of-range port without targetPort also fails the defaulted targetPort', () => {
    expect(fails('ports: [{port: 70000}]')).toBe(
      [
        'The Service "web" is invalid: ',
        '* spec.ports[0].port: Invalid value: 70000: must be between 1 and 65535, inclusive',
        '* spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ].join('\n'),
    );
  });

  it('two unnamed ports (C07): multi-line with a trailing space on the header', () => {
    expect(
      fails(
        'selector: {app: web}\nports: [{port: 80, targetPort: 8080}, {port: 443, targetPort: 8443}]',
      ),
    ).toBe(
      'The Service "web" is invalid: \n* spec.ports[0].name: Required value\n* spec.ports[1].name: Required value',
    );
  });

  it('invalid name (C17): DNS-1035, also for a leading digit', () => {
    const msg =
      "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
    expect(fails('ports: [{port: 80}]', 'Web_1')).toBe(
      `The Service "Web_1" is invalid: metadata.name: Invalid value: "Web_1": ${msg}`,
    );
    expect(fails('ports: [{port: 80}]', '1web')).toBe(
      `The Service "1web" is invalid: metadata.name: Invalid value: "1web": ${msg}`,
    );
  });

  it('name longer than 63 characters', () => {
    const name = 'a'.repeat(64);
    expect(fails('ports: [{port: 80}]', name)).toBe(
      `The Service "${name}" is invalid: metadata.name: Invalid value: "${name}": must be no more than 63 characters`,
    );
  });

  it('errors come out in ValidateService order', () => {
    expect(
      fails(
        'externalTrafficPolicy: Local\nsessionAffinity: Sticky\nports: [{name: A, port: 80, protocol: HTTP}]',
      ),
    ).toBe(
      [
        'The Service "web" is invalid: ',
        `* spec.ports[0].name: Invalid value: "A": ${DNS1123_LABEL}`,
        '* spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        '* spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
        '* spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
      ].join('\n'),
    );
  });

  it('86400 is an allowed ClientIP timeout; sessionAffinityConfig with None is dropped by defaulting', () => {
    const alloc = new FakeAllocator();
    const ok = applyNewService(
      manifest(
        'sessionAffinity: ClientIP\nsessionAffinityConfig: {clientIP: {timeoutSeconds: 86400}}\nports: [{port: 80}]',
      ),
      alloc,
    );
    expect(ok.ok).toBe(true);
    const none = applyNewService(
      manifest(
        'sessionAffinityConfig: {clientIP: {timeoutSeconds: 5}}\nports: [{port: 80}]',
        'web2',
      ),
      alloc,
    );
    expect(none.ok && none.service.spec.sessionAffinityConfig).toBe(undefined);
  });
});
