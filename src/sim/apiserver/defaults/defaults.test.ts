import { describe, expect, it } from 'vitest';
import {
  admitDeploymentCreate,
  admitEndpointSliceCreate,
  admitNamespaceCreate,
  admitPodCreate,
} from '../admit.ts';
import { FakeAllocator } from '../fakeAllocator.ts';
import { toJson } from '../json.ts';
import { admitServiceCreate } from '../service/admit.ts';
import { BASE_WEB, decoded } from '../testkit.ts';
import type { ServiceW } from '../wire.ts';
import { imageTag } from './pod.ts';
import { setDefaultsService } from './service.ts';

const create = (yaml: string): { spec: ServiceW['spec']; status?: object } => {
  const r = admitServiceCreate(decoded(yaml), new FakeAllocator());
  if (!r.ok) throw new Error(r.error.message);
  return toJson(r.service) as unknown as { spec: ServiceW['spec']; status?: object };
};

describe('Service defaults (§2.1, C23, C25)', () => {
  it('ClusterIP (§3.7 shape)', () => {
    expect(create(BASE_WEB)).toEqual({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        clusterIP: '10.96.1.1',
        clusterIPs: ['10.96.1.1'],
        internalTrafficPolicy: 'Cluster',
        ipFamilies: ['IPv4'],
        ipFamilyPolicy: 'SingleStack',
        ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
        selector: { app: 'web' },
        sessionAffinity: 'None',
        type: 'ClusterIP',
      },
      status: { loadBalancer: {} },
    });
  });

  it('NodePort and LoadBalancer additions (C23)', () => {
    const np = create(BASE_WEB.replace('spec:', 'spec:\n  type: NodePort'));
    expect(np.spec).toMatchObject({
      externalTrafficPolicy: 'Cluster',
      ports: [{ nodePort: 30086, port: 80, protocol: 'TCP', targetPort: 8080 }],
      type: 'NodePort',
    });
    const lb = create(BASE_WEB.replace('spec:', 'spec:\n  type: LoadBalancer'));
    expect(lb.spec).toMatchObject({
      allocateLoadBalancerNodePorts: true,
      externalTrafficPolicy: 'Cluster',
      type: 'LoadBalancer',
    });
    expect(lb.status).toEqual({ loadBalancer: {} });
  });

  it('headless without selector: RequireDualStack + both families on a single-stack cluster (C25)', () => {
    const hl = create(
      'apiVersion: v1\nkind: Service\nmetadata: {name: hl}\nspec:\n  clusterIP: None\n  ports:\n  - port: 80\n',
    );
    expect(hl.spec).toEqual({
      clusterIP: 'None',
      clusterIPs: ['None'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4', 'IPv6'],
      ipFamilyPolicy: 'RequireDualStack',
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    });
    const sel = create(BASE_WEB.replace('spec:', 'spec:\n  clusterIP: None'));
    expect([sel.spec?.ipFamilyPolicy, sel.spec?.ipFamilies]).toEqual(['SingleStack', ['IPv4']]);
  });

  it('ExternalName gets no IP fields and no internalTrafficPolicy', () => {
    const en = create(
      'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  type: ExternalName\n  externalName: db.example.com\n',
    );
    expect(en.spec).toEqual({
      externalName: 'db.example.com',
      sessionAffinity: 'None',
      type: 'ExternalName',
    });
  });

  it('ClientIP timeout, named targetPort kept, ipMode VIP on LB ingress', () => {
    const aff = create(BASE_WEB.replace('spec:', 'spec:\n  sessionAffinity: ClientIP'));
    expect(aff.spec?.sessionAffinityConfig).toEqual({ clientIP: { timeoutSeconds: 10800 } });
    const svc = setDefaultsService({
      spec: { type: 'LoadBalancer', ports: [{ port: 80, targetPort: 'http' }] },
      status: {
        loadBalancer: { ingress: [{ ip: '192.168.0.180' }, { hostname: 'lb.example.com' }] },
      },
    });
    expect(svc.status?.loadBalancer?.ingress).toEqual([
      { ip: '192.168.0.180', ipMode: 'VIP' },
      { hostname: 'lb.example.com' },
    ]);
    expect(svc.spec?.ports?.[0]?.targetPort).toBe('http');
  });
});

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - containerPort: 8080
      name: http
    resources:
      limits: {cpu: "0.5", memory: 128Mi}
    readinessProbe:
      httpGet: {port: http}
`;

describe('Pod, Deployment, EndpointSlice, Namespace defaults', () => {
  it('Pod: spec and container defaults, admission additions, status', () => {
    const r = admitPodCreate(decoded(POD));
    expect(r.ok && toJson(r.object)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web', namespace: 'default' },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            imagePullPolicy: 'Always',
            ports: [{ containerPort: 8080, name: 'http', protocol: 'TCP' }],
            readinessProbe: {
              failureThreshold: 3,
              httpGet: { path: '/', port: 'http', scheme: 'HTTP' },
              periodSeconds: 10,
              successThreshold: 1,
              timeoutSeconds: 1,
            },
            resources: {
              limits: { cpu: '500m', memory: '128Mi' },
              requests: { cpu: '500m', memory: '128Mi' },
            },
            terminationMessagePath: '/dev/termination-log',
            terminationMessagePolicy: 'File',
          },
        ],
        dnsPolicy: 'ClusterFirst',
        enableServiceLinks: true,
        preemptionPolicy: 'PreemptLowerPriority',
        priority: 0,
        restartPolicy: 'Always',
        schedulerName: 'default-scheduler',
        securityContext: {},
        serviceAccount: 'default',
        serviceAccountName: 'default',
        terminationGracePeriodSeconds: 30,
        tolerations: [
          {
            effect: 'NoExecute',
            key: 'node.kubernetes.io/not-ready',
            operator: 'Exists',
            tolerationSeconds: 300,
          },
          {
            effect: 'NoExecute',
            key: 'node.kubernetes.io/unreachable',
            operator: 'Exists',
            tolerationSeconds: 300,
          },
        ],
      },
      status: { phase: 'Pending', qosClass: 'Guaranteed', conditions: [] },
    });
  });

  it('imagePullPolicy follows the tag', () => {
    expect(
      ['nginx', 'nginx:latest', 'nginx:1.27', 'nginx@sha256:abc', 'reg:5000/app'].map(imageTag),
    ).toEqual(['latest', 'latest', '1.27', '', 'latest']);
  });

  it('Deployment: replicas, strategy, history, deadline, template defaults, generation', () => {
    const r = admitDeploymentCreate(
      decoded(`apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: web, image: "nginx:1.27"}]
`),
    );
    expect(r.ok && toJson(r.object)).toEqual({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', namespace: 'default', generation: 1 },
      spec: {
        progressDeadlineSeconds: 600,
        replicas: 1,
        revisionHistoryLimit: 10,
        selector: { matchLabels: { app: 'web' } },
        strategy: {
          rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
          type: 'RollingUpdate',
        },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [
              {
                image: 'nginx:1.27',
                imagePullPolicy: 'IfNotPresent',
                name: 'web',
                resources: {},
                terminationMessagePath: '/dev/termination-log',
                terminationMessagePolicy: 'File',
              },
            ],
            dnsPolicy: 'ClusterFirst',
            restartPolicy: 'Always',
            schedulerName: 'default-scheduler',
            securityContext: {},
            terminationGracePeriodSeconds: 30,
          },
        },
      },
      status: {},
    });
  });

  it('EndpointSlice ports get name "" and protocol TCP; endpoints always carry conditions', () => {
    const r = admitEndpointSliceCreate(
      decoded(`apiVersion: discovery.k8s.io/v1
kind: EndpointSlice
metadata: {name: ext-1, labels: {kubernetes.io/service-name: ext}}
addressType: IPv4
endpoints: [{addresses: [10.1.2.3]}]
ports: [{port: 5432}]
`),
    );
    expect(r.ok && toJson(r.object)).toEqual({
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: {
        name: 'ext-1',
        namespace: 'default',
        generation: 1,
        labels: { 'kubernetes.io/service-name': 'ext' },
      },
      addressType: 'IPv4',
      endpoints: [{ addresses: ['10.1.2.3'], conditions: {} }],
      ports: [{ name: '', port: 5432, protocol: 'TCP' }],
    });
  });

  it('Namespace: metadata.name label, kubernetes finalizer, Active', () => {
    const r = admitNamespaceCreate(
      decoded('apiVersion: v1\nkind: Namespace\nmetadata: {name: dev}\n'),
    );
    expect(r.ok && toJson(r.object)).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'dev', labels: { 'kubernetes.io/metadata.name': 'dev' } },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    });
  });
});
