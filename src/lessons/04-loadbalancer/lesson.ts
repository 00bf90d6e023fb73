/**
 * Lesson 4: LoadBalancer — `<pending>` with no implementation, an address from a MetalLB pool,
 * a cloud load balancer's path through the node port, and the health-check node port.
 */
import {
  learnerSent,
  podSeesClientAddress,
  requestReaches,
  serviceExists,
} from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { LB_SERVICE } from '../manifests.ts';
import type { LessonDef, RequestSpec, ServiceQuery, StartSpec, Target } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const SERVICE: ServiceQuery = { type: 'LoadBalancer', selects: MY_APP };
const FILE = 'lb-service.yaml';
const LB: Target = { service: SERVICE, via: 'loadBalancer' };
const TO_LB: RequestSpec = { from: 'client', to: LB };
const files = [{ path: FILE, content: LB_SERVICE }];

/** A cloud provider's load balancer (addresses from a documentation range). */
export const CLOUD: StartSpec = {
  options: { loadBalancer: { provider: 'cloud', pool: ['198.51.100.10-198.51.100.20'] } },
  files,
};

const def: LessonDef = {
  id: '04-loadbalancer',
  start: { options: { loadBalancer: null }, files },
  tasks: [
    {
      id: 'pending',
      goals: [
        serviceExists({ ...SERVICE, loadBalancer: 'pending' }),
        requestReaches({
          id: 'node-port-works',
          from: 'client',
          to: { service: SERVICE, via: 'nodePort', node: 'node1' },
          podLabels: MY_APP,
        }),
        { question: 'why-pending' },
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc lb-service' },
        { kind: 'send', request: { from: 'client', to: { service: SERVICE, via: 'nodePort' } } },
        { kind: 'answer', question: 'why-pending', value: ['no-implementation'] },
      ],
      real: ['kubectl apply -f lb-service.yaml', 'kubectl get svc lb-service --watch'],
    },
    {
      id: 'pool',
      start: { files },
      goals: [
        serviceExists({ ...SERVICE, loadBalancer: 'assigned' }),
        learnerSent({ from: 'client', to: LB, outcome: 'delivered', podLabels: MY_APP }),
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc lb-service' },
        { kind: 'command', line: 'curl -s 192.168.0.180' },
      ],
      real: [
        'kubectl get ipaddresspools.metallb.io -n metallb-system',
        'kubectl apply -f lb-service.yaml',
        'kubectl get svc lb-service',
        'curl http://<external-ip>',
      ],
    },
    {
      id: 'cloud-path',
      start: CLOUD,
      goals: [
        learnerSent({ from: 'client', to: LB, outcome: 'delivered', podLabels: MY_APP }),
        { question: 'lb-node-port' },
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc lb-service' },
        { kind: 'send', request: TO_LB },
        { kind: 'answer', question: 'lb-node-port' },
      ],
      real: ['kubectl get svc lb-service', 'kubectl describe svc lb-service'],
    },
    {
      id: 'health-check',
      goals: [
        serviceExists({ ...SERVICE, externalTrafficPolicy: 'Local', healthCheckNodePort: true }),
        learnerSent({
          id: 'healthy-node',
          from: 'client',
          to: { service: SERVICE, via: 'healthCheck', node: '*' },
          status: 200,
        }),
        learnerSent({
          id: 'node3-unhealthy',
          from: 'client',
          to: { service: SERVICE, via: 'healthCheck', node: 'node3' },
          status: 503,
        }),
        podSeesClientAddress({ to: LB }),
      ],
      solution: [
        {
          kind: 'replace',
          file: FILE,
          find: '  type: LoadBalancer\n',
          replace: '  type: LoadBalancer\n  externalTrafficPolicy: Local\n',
        },
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl describe svc lb-service' },
        {
          kind: 'send',
          request: {
            from: 'client',
            to: { service: SERVICE, via: 'healthCheck', node: 'node1' },
            path: '/healthz',
          },
        },
        {
          kind: 'send',
          request: {
            from: 'client',
            to: { service: SERVICE, via: 'healthCheck', node: 'node3' },
            path: '/healthz',
          },
        },
        { kind: 'send', request: TO_LB },
      ],
      real: [
        'kubectl patch svc lb-service -p \'{"spec":{"externalTrafficPolicy":"Local"}}\'',
        "kubectl get svc lb-service -o jsonpath='{.spec.healthCheckNodePort}'",
        'curl http://<node-ip>:<health-check-node-port>/healthz',
      ],
    },
  ],
  questions: [
    {
      id: 'why-pending',
      kind: 'choice',
      choices: ['no-implementation', 'pods-not-ready', 'takes-time'],
      correct: ['no-implementation'],
    },
    {
      id: 'lb-node-port',
      kind: 'value',
      request: TO_LB,
      hop: { action: 'lb' },
      field: 'dstPort',
    },
  ],
  quiz: [
    { id: 'metallb-node', task: 'pool', request: TO_LB, hop: { action: 'match' }, field: 'node' },
    { id: 'metallb-dnat', task: 'pool', request: TO_LB, hop: { action: 'dnat' }, field: 'dst' },
    { id: 'cloud-lb', task: 'cloud-path', request: TO_LB, hop: { action: 'lb' }, field: 'dst' },
    { id: 'cloud-dnat', task: 'cloud-path', request: TO_LB, hop: { action: 'dnat' }, field: 'dst' },
  ],
};

export const lesson = defineLesson(def, { en, ko });
