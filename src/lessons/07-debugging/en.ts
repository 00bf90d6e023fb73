import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'Debugging a Service',
  summary: 'Four broken Services, one method: endpoints first, then ports, then readiness.',
  explanation: md(
    'When a Service does not answer, follow the chain it is built from:',
    '1. **Endpoints.** `kubectl get endpointslices -l kubernetes.io/service-name=NAME` (or `kubectl describe svc NAME`). No endpoints means the selector matches no pods, or the pods are not Ready, or a named targetPort exists in none of them.\n2. **Selector vs labels.** `kubectl get pods --show-labels`: every `key=value` of the selector must be on the pod.\n3. **Ports.** The Service sends to `targetPort`; something in the pod has to listen there. A named targetPort must match a container port’s `name`.\n4. **Readiness.** Only Ready pods get traffic; `kubectl get pods` shows `0/2` for a pod whose readiness probe fails.',
    'In every task netshoot calls the Service `web`, and the goal is the same: `kubectl exec netshoot -- curl -s web` answers. Each task starts a fresh cluster with one thing broken.',
  ),
  tasks: {
    selector: {
      title: 'The selector matches nothing',
      text: md('`web` has no endpoints. Find out why and fix `web-service.yaml`.'),
      hints: [
        '`kubectl get endpointslices -l kubernetes.io/service-name=web` shows no endpoints.',
        'Compare `kubectl describe svc web` (Selector) with `kubectl get pods --show-labels`.',
        'The selector says `app: my-ap`; the pods are labelled `app=my-app`.',
      ],
    },
    'target-port': {
      title: 'Nothing listens on the targetPort',
      text: md(
        '`web` has endpoints, but every connection is refused. Find out why and fix `web-service.yaml`.',
      ),
      hints: [
        'The endpoints list the pods with port 9090 — that is the Service’s targetPort.',
        'Which ports do the my-app containers listen on? `kubectl get pods -l app=my-app -o jsonpath="{.items[0].spec.containers[*].ports}"`',
        'They listen on 80 and 8080: set `targetPort: 8080` (or 80).',
      ],
    },
    'named-port': {
      title: 'A named targetPort with a typo',
      text: md(
        '`web` uses a named targetPort, and has no ready endpoints. Find out why and fix `web-service.yaml`.',
      ),
      hints: [
        '`kubectl describe svc web` shows `TargetPort: htp/TCP`.',
        'A name must match a container port’s `name` in the pod. List them with `kubectl get pods -l app=my-app -o jsonpath="{.items[0].spec.containers[*].ports}"`.',
        'The ports are named `http` and `http-alt`: set `targetPort: http`.',
      ],
    },
    'not-ready': {
      title: 'The pods are not Ready',
      text: md(
        '`web` looks right, yet connections are refused. The my-app pods are running but both fail their readiness probes — say the app got stuck. Make them Ready again without changing the Service.',
      ),
      hints: [
        '`kubectl get pods` shows READY 0/2 for both my-app pods.',
        '`kubectl describe svc web` shows no endpoints; `kubectl describe endpoints web` lists the pods under NotReadyAddresses.',
        'Restart them: `kubectl rollout restart deployment my-app` (or delete the pods; the Deployment replaces them).',
      ],
      real: 'On a real cluster, read `kubectl describe pod` first: its Events say why the readiness probe fails. Restarting only helps when the app is stuck, not when the probe itself is wrong.',
    },
  },
  quiz: {},
  questions: {},
};
