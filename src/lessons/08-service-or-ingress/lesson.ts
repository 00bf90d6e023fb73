/** Lesson 8: Service or Ingress — L4 versus L7, and what a Service cannot do. */
import { requestReaches } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { BLUE_GREEN, DEFAULT_MANIFESTS } from '../manifests.ts';
import type { LessonDef, ServiceQuery } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const serviceFor = (app: string): ServiceQuery => ({ type: 'NodePort', selects: { app } });

export const BLUE_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: blue
spec:
  type: NodePort
  selector:
    app: blue
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
      nodePort: 30081
`;

export const GREEN_SERVICE = BLUE_SERVICE.replace(/blue/g, 'green').replace('30081', '30082');

const reaches = (app: string) =>
  requestReaches({
    id: `reach-${app}`,
    from: 'client',
    to: { service: serviceFor(app), via: 'nodePort', node: 'node1' },
    podLabels: { app },
  });

const def: LessonDef = {
  id: '08-service-or-ingress',
  start: {
    manifests: `${DEFAULT_MANIFESTS}---\n${BLUE_GREEN}`,
    files: [{ path: 'blue-service.yaml', content: BLUE_SERVICE }],
  },
  tasks: [
    {
      id: 'layers',
      goals: [{ question: 'service-layer' }, { question: 'ingress-layer' }],
      solution: [
        { kind: 'answer', question: 'service-layer', value: ['ip-port'] },
        { kind: 'answer', question: 'ingress-layer', value: ['http'] },
      ],
    },
    {
      id: 'service-per-app',
      goals: [reaches('blue'), reaches('green')],
      solution: [
        { kind: 'apply', file: 'blue-service.yaml' },
        { kind: 'edit', file: 'green-service.yaml', content: GREEN_SERVICE },
        { kind: 'apply', file: 'green-service.yaml' },
        { kind: 'command', line: 'curl -s node1:30081' },
        { kind: 'command', line: 'curl -s node1:30082' },
      ],
      real: [
        'kubectl apply -f blue-service.yaml -f green-service.yaml',
        'curl http://<node-ip>:30081',
        'curl http://<node-ip>:30082',
      ],
    },
    {
      id: 'service-limits',
      goals: [{ question: 'service-can' }],
      solution: [
        { kind: 'command', line: 'curl -s node1:30081/green' },
        {
          kind: 'answer',
          question: 'service-can',
          value: ['spread', 'port-map', 'client-address'],
        },
      ],
      real: ['kubectl apply -f apps-ingress.yaml', 'kubectl get ingress apps'],
    },
  ],
  questions: [
    {
      id: 'service-layer',
      kind: 'choice',
      choices: ['mac', 'ip-port', 'http'],
      correct: ['ip-port'],
    },
    { id: 'ingress-layer', kind: 'choice', choices: ['mac', 'ip-port', 'http'], correct: ['http'] },
    {
      id: 'service-can',
      kind: 'choice',
      choices: ['spread', 'port-map', 'client-address', 'path', 'host', 'tls'],
      correct: ['spread', 'port-map', 'client-address'],
    },
  ],
  real: [
    'kubectl get ingressclass',
    'kubectl apply -f apps-ingress.yaml',
    'kubectl get ingress apps',
  ],
};

export const lesson = defineLesson(def, { en, ko });
