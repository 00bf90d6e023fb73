import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'Why Services',
  summary: 'Pods come and go and change their IPs; a Service gives them one address that stays.',
  explanation: md(
    'A Deployment keeps a number of pods running — but not the *same* pods. When a pod is deleted, or its node fails, the ReplicaSet starts a new one: with a new name, maybe on another node, and with a new IP address.',
    'Anything that talks to those pods by IP would break every time. A **Service** fixes that: it picks pods by their labels (here `app=my-app`) and gives them one stable address — a cluster IP and a DNS name — while Kubernetes keeps the list of pods behind it (its EndpointSlices) up to date.',
    'This cluster runs the Deployment `my-app` (two pods, on node1 and node2, that answer on ports 80 and 8080 with their own name and the client address they saw) and a debugging pod, `netshoot`, on node3.',
  ),
  tasks: {
    'pods-move': {
      title: 'Delete a pod and watch it come back',
      text: md(
        'List the pods with their IPs (`kubectl get pods -o wide`), delete one of the `my-app` pods, and list them again.',
        'The Deployment replaces it at once — but the new pod has a different name and a different IP.',
      ),
      hints: [
        '`kubectl get pods -o wide` shows the IP and the node of each pod.',
        'Delete a pod by name: `kubectl delete pod my-app-…` (copy a name from the list).',
        'Compare the two lists: the replacement has a new name and a new IP.',
      ],
      real: 'On a real cluster the replacement may take a few seconds to become Ready; here it starts at once.',
    },
    'stable-address': {
      title: 'Put a Service in front of the pods',
      text: md(
        '`my-app-service.yaml` describes a Service named `my-app`, but it has no `selector`, so it does not know which pods are its own.',
        'Add a selector that picks the my-app pods, apply the file, and reach the pods through the Service’s name from netshoot: `kubectl exec netshoot -- curl -s my-app`.',
      ),
      hints: [
        '`kubectl get pods --show-labels` shows the labels a selector can match.',
        'Under `spec:` add:\n```yaml\n  selector:\n    app: my-app\n```',
        'Apply the file (the Apply button, or `kubectl apply -f my-app-service.yaml`), then run `kubectl exec netshoot -- curl -s my-app`.',
      ],
    },
    'address-stays': {
      title: 'The pods change, the address stays',
      text: md(
        'Delete a my-app pod again. Then send a request from netshoot to the Service’s cluster IP — `kubectl get svc my-app` shows it; click netshoot on the canvas, or run `kubectl exec netshoot -- curl -s <cluster-ip>`.',
        'The pod IPs changed; the Service’s address did not, and it still finds the pods.',
      ),
      hints: [
        '`kubectl get pods -o wide` before and after: one pod is new.',
        '`kubectl get svc my-app` prints the CLUSTER-IP. It is the same as before the delete.',
        'Send to that address from netshoot: `kubectl exec netshoot -- curl -s 10.x.y.z`.',
      ],
    },
  },
  quiz: {},
  questions: {},
};
