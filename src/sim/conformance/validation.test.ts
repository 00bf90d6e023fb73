/**
 * Conformance §8.1 — validation and allocation errors (C01–C21), typed as a learner would:
 * `kubectl apply -f FILE` / `kubectl create service …` against the reference cluster.
 * Errors go to stderr with exit status 1 and change nothing.
 */

import { describe, expect, it } from 'vitest';
import { BASE_SPEC, clusterIPOf, fail, ok, referenceCluster, svcYaml } from './kit.ts';

const c = referenceCluster();

/** `kubectl apply -f FILE` of one manifest. */
const applyFile = (file: string, yaml: string) =>
  c.run(`kubectl apply -f ${file}`, { files: { [file]: yaml } });

const invalid = (name: string, detail: string) =>
  fail(`The Service "${name}" is invalid: ${detail}`);

describe('C01–C19: a bad Service is refused with kubectl’s exact text', () => {
  it.each([
    {
      id: 'C01 nodePort outside the node-port range',
      name: 'web-np',
      spec: `  type: NodePort
  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
    nodePort: 40000
`,
      detail:
        'spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
    },
    {
      // v1.33 runs the MultiCIDRServiceAllocator: "network does not match", not the bitmap text.
      id: 'C03 clusterIP outside the service CIDR',
      name: 'web',
      spec: `  clusterIP: 192.168.5.5\n${BASE_SPEC}`,
      detail:
        'spec.clusterIPs: Invalid value: []string{"192.168.5.5"}: failed to allocate IP 192.168.5.5: the provided network does not match the current range',
    },
    {
      id: 'C09 same port number and protocol twice',
      name: 'web',
      spec: `  selector:
    app: web
  ports:
  - name: a
    port: 80
  - name: b
    port: 80
`,
      detail:
        'spec.ports[1]: Duplicate value: core.ServicePort{Name:"", Protocol:"TCP", AppProtocol:(*string)(nil), Port:80, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}',
    },
    {
      id: 'C11 unsupported protocol',
      name: 'web',
      spec: `  selector:
    app: web
  ports:
  - port: 80
    protocol: HTTP
`,
      detail:
        'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
    },
    {
      id: 'C13 headless NodePort',
      name: 'web',
      spec: `  type: NodePort
  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80
`,
      detail:
        'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services',
    },
    {
      id: 'C13 headless LoadBalancer',
      name: 'web',
      spec: `  type: LoadBalancer
  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80
`,
      detail:
        'spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for LoadBalancer services',
    },
    {
      id: 'C13 headless ClusterIP with a nodePort (the C12 message)',
      name: 'web',
      spec: `  clusterIP: None
  selector:
    app: web
  ports:
  - port: 80
    nodePort: 30080
`,
      detail: "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    },
    {
      id: 'C15 externalTrafficPolicy on a ClusterIP Service',
      name: 'web',
      spec: `  selector:
    app: web
  externalTrafficPolicy: Local
  ports:
  - port: 80
`,
      detail:
        'spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services',
    },
    {
      id: 'C15 externalTrafficPolicy: local on a NodePort',
      name: 'web',
      spec: `  type: NodePort
  selector:
    app: web
  externalTrafficPolicy: local
  ports:
  - port: 80
`,
      detail:
        'spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"',
    },
    ...['Web_1', '1web'].map((name) => ({
      id: `C17 invalid Service name ${name}`,
      name,
      spec: BASE_SPEC,
      detail: `metadata.name: Invalid value: "${name}": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')`,
    })),
    {
      id: 'C19 named targetPort that is not an IANA service name',
      name: 'web',
      spec: `  selector:
    app: web
  ports:
  - port: 80
    targetPort: very-long-port-name
`,
      detail:
        'spec.ports[0].targetPort: Invalid value: "very-long-port-name": must be no more than 15 characters',
    },
  ])('$id', ({ name, spec, detail }) => {
    expect(applyFile(`${name}.yaml`, svcYaml(name, spec))).toEqual(invalid(name, detail));
    expect(c.run(`kubectl get svc ${name}`)).toEqual(
      fail(`Error from server (NotFound): services "${name}" not found`),
    );
  });

  it('C07 two unnamed ports: one line per cause, header ends with a trailing space', () => {
    const yaml = svcYaml(
      'web',
      `  selector:
    app: web
  ports:
  - port: 80
    targetPort: 8080
  - port: 443
    targetPort: 8443
`,
    );
    expect(applyFile('web.yaml', yaml)).toEqual({
      stdout: '',
      stderr:
        'The Service "web" is invalid: \n' +
        '* spec.ports[0].name: Required value\n' +
        '* spec.ports[1].name: Required value\n',
      exitCode: 1,
    });
  });

  it('C09 the same port number with another protocol is valid (53/UDP + 53/TCP)', () => {
    const yaml = svcYaml(
      'dns',
      `  selector:
    app: web
  ports:
  - name: dns
    port: 53
    protocol: UDP
  - name: dns-tcp
    port: 53
    protocol: TCP
`,
    );
    expect(applyFile('dns.yaml', yaml)).toEqual(ok('service/dns created\n'));
    expect(c.run('kubectl delete svc dns')).toEqual(ok('service "dns" deleted\n'));
  });

  it('C19 a targetPort name no pod defines is valid; no pod serves that port', () => {
    const yaml = svcYaml(
      'named',
      `  selector:
    app: web
  ports:
  - port: 80
    targetPort: nohttp
`,
    );
    expect(applyFile('named.yaml', yaml)).toEqual(ok('service/named created\n'));
    const ip = clusterIPOf(c, 'named');
    // kube-proxy finds no endpoint for the port: the "has no endpoints" REJECT rule.
    expect(c.run('ssh worker1 iptables-save -t filter | grep default/named')).toEqual(
      ok(
        `-A KUBE-SERVICES -d ${ip}/32 -p tcp -m comment --comment "default/named has no endpoints" -m tcp --dport 80 -j REJECT --reject-with icmp-port-unreachable\n`,
      ),
    );
    expect(c.run('kubectl delete svc named')).toEqual(ok('service "named" deleted\n'));
  });
});

describe('C05 changing the clusterIP of an existing Service', () => {
  it('is refused with the whole new slice as the value, and the live object is unchanged', () => {
    const d = referenceCluster();
    const files = { 'web.yaml': svcYaml('web', BASE_SPEC) };
    expect(d.run('kubectl apply -f web.yaml', { files })).toEqual(ok('service/web created\n'));
    const before = clusterIPOf(d, 'web');
    const changed = svcYaml('web', `  clusterIP: 10.96.100.100\n${BASE_SPEC}`);
    expect(d.run('kubectl apply -f web.yaml', { files: { 'web.yaml': changed } })).toEqual(
      invalid(
        'web',
        'spec.clusterIPs[0]: Invalid value: []string{"10.96.100.100"}: may not change once set',
      ),
    );
    expect(d.run("kubectl get svc web -o jsonpath='{.spec.clusterIPs}'")).toEqual(
      ok(`["${before}"]`),
    );
  });
});

describe('C21 kubectl create service with a bad nodePort', () => {
  it('wraps the server error in "failed to create NodePort service"', () => {
    expect(c.run('kubectl create service nodeport web --tcp=80:8080 --node-port=40000')).toEqual(
      fail(
        'error: failed to create NodePort service: Service "web" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767',
      ),
    );
  });
});
