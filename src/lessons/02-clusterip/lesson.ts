/** Lesson 2: a ClusterIP Service — reached by name and by IP inside the cluster, never from outside. */
import { learnerSent, serviceExists } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { CLUSTERIP_SERVICE } from '../manifests.ts';
import type { LessonDef, RequestSpec, ServiceQuery } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const SERVICE: ServiceQuery = { type: 'ClusterIP', selects: MY_APP };
const BY_NAME: RequestSpec = { from: 'pod/netshoot', to: { service: SERVICE, via: 'name' } };

const def: LessonDef = {
  id: '02-clusterip',
  start: { files: [{ path: 'clusterip-service.yaml', content: CLUSTERIP_SERVICE }] },
  tasks: [
    {
      id: 'service-cidr',
      goals: [serviceExists({ ...SERVICE, clusterIPChosen: true })],
      solution: [
        { kind: 'apply', file: 'clusterip-service.yaml' },
        { kind: 'command', line: 'kubectl get svc kubernetes' },
        {
          kind: 'replace',
          file: 'clusterip-service.yaml',
          find: 'clusterIP: 10.10.10.10',
          replace: 'clusterIP: 10.96.0.100',
        },
        { kind: 'apply', file: 'clusterip-service.yaml' },
        { kind: 'command', line: 'kubectl get svc clusterip-service' },
      ],
      real: [
        'kubectl get servicecidr',
        'kubectl apply -f clusterip-service.yaml',
        'kubectl get svc clusterip-service',
      ],
    },
    {
      id: 'by-name-and-ip',
      goals: [
        learnerSent({
          id: 'by-name',
          from: 'pod',
          to: { service: SERVICE, via: 'name' },
          outcome: 'delivered',
          podLabels: MY_APP,
        }),
        learnerSent({
          id: 'by-ip',
          from: 'pod',
          to: { service: SERVICE, via: 'clusterIP' },
          outcome: 'delivered',
          podLabels: MY_APP,
        }),
      ],
      solution: [
        { kind: 'command', line: 'kubectl exec netshoot -- curl -s clusterip-service' },
        { kind: 'command', line: 'kubectl exec netshoot -- nslookup clusterip-service' },
        {
          kind: 'send',
          request: { from: 'pod/netshoot', to: { service: SERVICE, via: 'clusterIP' } },
        },
      ],
      real: [
        'kubectl exec -it netshoot -- curl clusterip-service',
        'kubectl exec -it netshoot -- curl clusterip-service.default.svc.cluster.local',
        'kubectl exec -it netshoot -- curl <cluster-ip>',
      ],
    },
    {
      id: 'not-from-outside',
      goals: [
        learnerSent({
          id: 'from-client',
          from: 'client',
          to: { service: SERVICE, via: 'clusterIP' },
          outcome: 'timeout',
        }),
        { question: 'why-timeout' },
      ],
      solution: [
        { kind: 'send', request: { from: 'client', to: { service: SERVICE, via: 'clusterIP' } } },
        { kind: 'answer', question: 'why-timeout', value: ['only-inside'] },
      ],
      real: [
        'curl --max-time 5 <cluster-ip>',
        'kubectl port-forward svc/clusterip-service 8080:80',
      ],
    },
  ],
  questions: [
    {
      id: 'why-timeout',
      kind: 'choice',
      choices: ['firewall', 'only-inside', 'no-endpoints'],
      correct: ['only-inside'],
    },
  ],
  quiz: [
    {
      id: 'after-dns',
      task: 'by-name-and-ip',
      request: BY_NAME,
      hop: { action: 'dns' },
      field: 'dst',
    },
    {
      id: 'after-dnat',
      task: 'by-name-and-ip',
      request: BY_NAME,
      hop: { action: 'dnat' },
      field: 'dst',
    },
    {
      id: 'reply-from',
      task: 'by-name-and-ip',
      request: BY_NAME,
      hop: { action: 'reply' },
      field: 'src',
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
