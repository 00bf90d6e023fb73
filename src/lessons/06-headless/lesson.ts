/** Lesson 6: headless Services — no virtual IP, one A record per Ready pod, the client picks. */
import { dnsAnswers, learnerSent, podReadiness, serviceExists } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { HEADLESS_SERVICE } from '../manifests.ts';
import type { LessonDef, RequestSpec, ServiceQuery } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const HEADLESS: ServiceQuery = { headless: true, selects: MY_APP };
const FILE = 'headless-service.yaml';
const BY_NAME: RequestSpec = { from: 'pod/netshoot', to: { service: HEADLESS, via: 'name' } };

const def: LessonDef = {
  id: '06-headless',
  start: { files: [{ path: FILE, content: HEADLESS_SERVICE }] },
  tasks: [
    {
      id: 'no-vip',
      goals: [
        serviceExists(HEADLESS),
        dnsAnswers({ name: HEADLESS, from: 'pod/netshoot', readyPods: true }),
      ],
      solution: [
        { kind: 'apply', file: FILE },
        { kind: 'command', line: 'kubectl get svc headless-service' },
        { kind: 'command', line: 'kubectl describe svc headless-service' },
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- dig headless-service.default.svc.cluster.local',
        },
      ],
      real: [
        'kubectl apply -f headless-service.yaml',
        'kubectl describe svc headless-service',
        'kubectl exec -it netshoot -- dig headless-service.default.svc.cluster.local',
      ],
    },
    {
      id: 'client-picks',
      goals: [
        learnerSent({
          from: 'pod',
          to: { service: HEADLESS, via: 'name' },
          outcome: 'delivered',
          direct: true,
          podLabels: MY_APP,
        }),
        { question: 'who-picks' },
      ],
      solution: [
        { kind: 'command', line: 'kubectl exec netshoot -- curl -s headless-service' },
        { kind: 'answer', question: 'who-picks', value: ['client'] },
      ],
      real: ['kubectl exec -it netshoot -- curl headless-service'],
    },
    {
      id: 'readiness',
      goals: [
        podReadiness({ selects: MY_APP, want: 'someNotReady' }),
        dnsAnswers({ id: 'dns-ready-pods', name: HEADLESS, from: 'pod/netshoot', readyPods: true }),
      ],
      solution: [
        { kind: 'readiness', pod: { selector: MY_APP }, ready: false },
        { kind: 'command', line: 'kubectl get pods -o wide' },
        {
          kind: 'command',
          line: 'kubectl exec netshoot -- dig +short headless-service.default.svc.cluster.local',
        },
      ],
      real: [
        'kubectl get pods -o wide',
        'kubectl get endpointslices -l kubernetes.io/service-name=headless-service -o yaml',
        'kubectl exec -it netshoot -- dig +short headless-service.default.svc.cluster.local',
      ],
    },
  ],
  questions: [
    {
      id: 'who-picks',
      kind: 'choice',
      choices: ['kube-proxy', 'client', 'coredns'],
      correct: ['client'],
    },
  ],
  quiz: [
    {
      id: 'headless-dns',
      task: 'client-picks',
      request: BY_NAME,
      hop: { action: 'dns' },
      field: 'dst',
    },
    {
      id: 'headless-deliver',
      task: 'client-picks',
      request: BY_NAME,
      hop: { action: 'deliver' },
      field: 'dst',
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
