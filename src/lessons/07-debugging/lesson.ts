/**
 * Lesson 7: debugging a Service. Each task starts from a fresh cluster with one thing broken in
 * the Service `web` (or its pods); the goal is the same every time: netshoot reaches my-app
 * through `web`. The checks explain what is wrong in the learner's terms.
 */
import { podReadiness, requestReaches } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import { webService } from '../manifests.ts';
import type { LessonDef, StartSpec, Step } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const FILE = 'web-service.yaml';

const broken = (content: string, setup: readonly Step[] = []): StartSpec => ({
  files: [{ path: FILE, content }],
  setup: [{ kind: 'apply', file: FILE }, ...setup],
});

const webAnswers = requestReaches({
  id: 'web-answers',
  from: 'pod/netshoot',
  to: { service: { name: 'web' }, via: 'name' },
  podLabels: MY_APP,
});

const LOOK: readonly Step[] = [
  { kind: 'command', line: 'kubectl get endpointslices -l kubernetes.io/service-name=web' },
  { kind: 'command', line: 'kubectl describe svc web' },
];
const PORTS: Step = {
  kind: 'command',
  line: 'kubectl get pods -l app=my-app -o jsonpath="{.items[0].spec.containers[*].ports}"',
};
const CHECK: Step = { kind: 'command', line: 'kubectl exec netshoot -- curl -s web' };

const SELECTOR = broken(webService({ selector: 'my-ap' }));

const def: LessonDef = {
  id: '07-debugging',
  start: SELECTOR,
  tasks: [
    {
      id: 'selector',
      goals: [webAnswers],
      solution: [
        ...LOOK,
        { kind: 'command', line: 'kubectl get pods --show-labels' },
        { kind: 'replace', file: FILE, find: 'app: my-ap\n', replace: 'app: my-app\n' },
        { kind: 'apply', file: FILE },
        CHECK,
      ],
      real: [
        'kubectl get endpointslices -l kubernetes.io/service-name=web',
        'kubectl get pods --show-labels',
        'kubectl get pods -l app=my-ap',
      ],
    },
    {
      id: 'target-port',
      start: broken(webService({ targetPort: 9090 })),
      goals: [webAnswers],
      solution: [
        ...LOOK,
        PORTS,
        { kind: 'replace', file: FILE, find: 'targetPort: 9090', replace: 'targetPort: 8080' },
        { kind: 'apply', file: FILE },
        CHECK,
      ],
      real: [
        'kubectl describe svc web',
        'kubectl get endpointslices -l kubernetes.io/service-name=web',
        'kubectl describe pod <my-app-pod>',
      ],
    },
    {
      id: 'named-port',
      start: broken(webService({ targetPort: 'htp' })),
      goals: [webAnswers],
      solution: [
        ...LOOK,
        PORTS,
        { kind: 'replace', file: FILE, find: 'targetPort: htp', replace: 'targetPort: http' },
        { kind: 'apply', file: FILE },
        CHECK,
      ],
      real: [
        'kubectl get endpointslices -l kubernetes.io/service-name=web -o yaml',
        "kubectl get deployment my-app -o jsonpath='{.spec.template.spec.containers[*].ports}'",
      ],
    },
    {
      id: 'not-ready',
      start: broken(webService(), [
        { kind: 'readiness', pod: { selector: MY_APP, index: 0 }, ready: false },
        { kind: 'readiness', pod: { selector: MY_APP, index: 1 }, ready: false },
      ]),
      goals: [webAnswers, podReadiness({ selects: MY_APP, want: 'allReady' })],
      solution: [
        ...LOOK,
        { kind: 'command', line: 'kubectl get pods' },
        { kind: 'command', line: 'kubectl rollout restart deployment my-app' },
        { kind: 'command', line: 'kubectl get pods' },
        CHECK,
      ],
      real: [
        'kubectl get pods',
        'kubectl describe pod <my-app-pod>',
        'kubectl get endpoints web',
        'kubectl rollout restart deployment my-app',
      ],
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
