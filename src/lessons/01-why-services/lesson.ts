/** Lesson 1: pods come and go with new IPs; a Service keeps one address in front of them. */
import { learnerSent, podsReplaced, requestReaches, serviceExists } from '../checks/index.ts';
import { defineLesson } from '../define.ts';
import type { LessonDef, ServiceQuery } from '../types.ts';
import { en } from './en.ts';
import { ko } from './ko.ts';

const MY_APP = { app: 'my-app' };
const SERVICE: ServiceQuery = { selects: MY_APP };

export const MY_APP_SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: my-app
spec:
  ports:
    - protocol: TCP
      port: 80
      targetPort: 80
`;

const def: LessonDef = {
  id: '01-why-services',
  start: { files: [{ path: 'my-app-service.yaml', content: MY_APP_SERVICE }] },
  tasks: [
    {
      id: 'pods-move',
      goals: [podsReplaced({ selects: MY_APP })],
      solution: [
        { kind: 'command', line: 'kubectl get pods -o wide' },
        { kind: 'deletePod', pod: { selector: MY_APP } },
        { kind: 'command', line: 'kubectl get pods -o wide' },
      ],
      real: [
        'kubectl get pods -o wide',
        'kubectl delete pod <pod-name>',
        'kubectl get pods -o wide',
      ],
    },
    {
      id: 'stable-address',
      goals: [
        serviceExists(SERVICE),
        requestReaches({
          id: 'reach-by-name',
          from: 'pod/netshoot',
          to: { service: SERVICE, via: 'name' },
          podLabels: MY_APP,
        }),
      ],
      solution: [
        {
          kind: 'replace',
          file: 'my-app-service.yaml',
          find: 'spec:\n  ports:',
          replace: 'spec:\n  selector:\n    app: my-app\n  ports:',
        },
        { kind: 'apply', file: 'my-app-service.yaml' },
        { kind: 'command', line: 'kubectl get svc my-app' },
        { kind: 'command', line: 'kubectl exec netshoot -- curl -s my-app' },
      ],
      real: [
        'kubectl get pods --show-labels',
        'kubectl apply -f my-app-service.yaml',
        'kubectl get svc my-app',
        'kubectl exec -it netshoot -- curl my-app',
      ],
    },
    {
      id: 'address-stays',
      goals: [
        podsReplaced({ selects: MY_APP }),
        learnerSent({
          from: 'pod',
          to: { service: SERVICE, via: 'clusterIP' },
          outcome: 'delivered',
          podLabels: MY_APP,
        }),
      ],
      solution: [
        { kind: 'deletePod', pod: { selector: MY_APP, index: 1 } },
        { kind: 'command', line: 'kubectl get pods -o wide' },
        { kind: 'command', line: 'kubectl get svc my-app' },
        {
          kind: 'send',
          request: { from: 'pod/netshoot', to: { service: SERVICE, via: 'clusterIP' } },
        },
      ],
      real: [
        'kubectl delete pod <pod-name>',
        'kubectl get pods -o wide',
        'kubectl get svc my-app',
        'kubectl exec -it netshoot -- curl <cluster-ip>',
      ],
    },
  ],
};

export const lesson = defineLesson(def, { en, ko });
