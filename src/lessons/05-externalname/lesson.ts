/** Lesson 5: ExternalName — a CNAME and nothing else: no proxying, no port mapping, no Host rewrite. */
import { dnsAnswers, learnerSent, serviceExists } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { EXTERNALNAME_SERVICE } from '../manifests.ts';
import type { LessonDef, ServiceQuery } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const GOOGLE: ServiceQuery = { type: 'ExternalName', externalName: 'google.com' };
const EXAMPLE: ServiceQuery = { type: 'ExternalName', externalName: 'example.com' };
const FILE = 'externalname-service.yaml';

export const EXAMPLE_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: example-service
spec:
  type: ExternalName
  externalName: example.com
  ports:
    - protocol: TCP
      port: 8080
      targetPort: 80
`;

const def: LessonDef = {
  id: '05-externalname',
  start: { files: [{ path: FILE, content: EXTERNALNAME_SERVICE }] },
  tasks: [
    {
      id: 'cname',
      goals: [
        serviceExists(GOOGLE),
        dnsAnswers({ name: GOOGLE, from: 'pod/netshoot', cname: 'google.com' }),
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc externalname-service' },
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local',
        },
        { kind: 'command', line: 'kubectl get endpointslices' },
      ],
      real: [
        'kubectl apply -f externalname-service.yaml',
        'kubectl exec -it netshoot -- dig externalname-service.default.svc.cluster.local',
      ],
    },
    {
      id: 'host-header',
      goals: [
        learnerSent({
          id: 'got-404',
          from: 'pod',
          to: { service: GOOGLE, via: 'name' },
          server: 'google.com',
          status: 404,
        }),
        learnerSent({
          id: 'not-404',
          from: 'pod',
          to: { service: GOOGLE, via: 'name' },
          server: 'google.com',
          notStatus: 404,
        }),
        { question: 'why-404' },
      ],
      solution: [
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- curl -s externalname-service.default.svc.cluster.local',
        },
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- curl -s -o /dev/null -w "%{http_code}\\n" -H "Host: www.google.com" externalname-service',
        },
        { kind: 'answer', question: 'why-404', value: ['host-header'] },
      ],
      real: [
        'kubectl exec -it netshoot -- curl -v externalname-service.default.svc.cluster.local',
        'kubectl exec -it netshoot -- curl -H "Host: www.google.com" externalname-service',
      ],
    },
    {
      id: 'no-port-mapping',
      goals: [
        serviceExists({ ...EXAMPLE, ports: [{ port: 8080, targetPort: 80 }] }),
        learnerSent({
          id: 'port-8080-times-out',
          from: 'pod',
          to: { service: EXAMPLE, via: 'name', port: 8080 },
          outcome: 'timeout',
        }),
        learnerSent({
          id: 'port-80-answers',
          from: 'pod',
          to: { service: EXAMPLE, via: 'name', port: 80 },
          server: 'example.com',
        }),
      ],
      solution: [
        { kind: 'edit', file: 'example-service.yaml', content: EXAMPLE_SERVICE },
        { kind: 'apply', file: 'example-service.yaml' },
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- curl -s --max-time 3 example-service:8080',
        },
        { kind: 'command', line: 'kubectl exec netshoot -- curl -s example-service:80' },
      ],
      real: [
        'kubectl apply -f example-service.yaml',
        'kubectl exec -it netshoot -- curl --max-time 3 example-service:8080',
        'kubectl exec -it netshoot -- curl example-service:80',
      ],
    },
  ],
  questions: [
    {
      id: 'why-404',
      kind: 'choice',
      choices: ['no-page', 'host-header', 'path-rewrite'],
      correct: ['host-header'],
    },
  ],
  quiz: [
    {
      id: 'after-cname',
      task: 'host-header',
      request: { from: 'pod/netshoot', to: { service: GOOGLE, via: 'name' } },
      hop: { action: 'dns' },
      field: 'dst',
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
