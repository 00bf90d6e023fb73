import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'Headless Services',
  summary: 'clusterIP: None — no virtual IP; DNS returns the Ready pods and the client picks one.',
  explanation: md(
    'Set `clusterIP: None` and a Service gets no cluster IP: kube-proxy writes no rules for it, so there is no load balancing in the network. What it keeps is the selector: Kubernetes still fills its EndpointSlices with the selected pods, and CoreDNS answers the Service’s name with **one A record per Ready pod**.',
    'The client gets the whole list and connects to a pod address itself — which one is up to it (most take the first; CoreDNS shuffles the order). StatefulSets use headless Services so each pod gets its own stable name, and clients that balance on their own (databases, gRPC) use them to see every pod.',
    'Without a selector, no endpoints are made — and no A records.',
  ),
  tasks: {
    'no-vip': {
      title: 'No virtual IP, one record per pod',
      text: md(
        'Apply `headless-service.yaml`. `kubectl get svc` shows CLUSTER-IP `None`, and `kubectl describe svc headless-service` still lists the pods as endpoints.',
        'Look it up from netshoot with `dig`: one A record per my-app pod.',
      ),
      hints: [
        'Apply with the Apply button or `kubectl apply -f headless-service.yaml`.',
        '`kubectl exec netshoot -- dig headless-service.default.svc.cluster.local`',
        'Compare the A records with `kubectl get pods -o wide`.',
      ],
    },
    'client-picks': {
      title: 'The client picks the pod',
      text: md(
        'Send a request from netshoot to `headless-service` and play the trace. After the DNS lookup the packet is addressed to a pod, and nothing on the way rewrites it: no DNAT, no kube-proxy.',
        'Who chose that pod?',
      ),
      hints: [
        '`kubectl exec netshoot -- curl -s headless-service`, or click netshoot on the canvas.',
        'Compare the hops with a ClusterIP request: there is no DNAT hop.',
        'DNS returned every Ready pod; the caller used one of them.',
      ],
    },
    readiness: {
      title: 'A pod that is not Ready leaves DNS',
      text: md(
        'Make one my-app pod fail its readiness probe (its readiness toggle on the canvas). It keeps running — `kubectl get pods` shows it 0/2 Ready — but it drops out of the Service: `dig` now returns only the Ready pod.',
      ),
      hints: [
        'Click a my-app pod on the canvas and switch it to not Ready.',
        '`kubectl get pods` shows READY 0/2 for it.',
        '`kubectl exec netshoot -- dig +short headless-service.default.svc.cluster.local`',
      ],
      real: 'On a real cluster the kubelet marks a pod not Ready when its `readinessProbe` fails; the pod is not restarted, only taken out of its Services’ endpoints (and out of DNS for headless Services).',
    },
  },
  quiz: {
    'headless-dns': 'DNS answered with the pods’ addresses. Where is the packet addressed now?',
    'headless-deliver':
      'The packet reaches the pod. Has anything changed its destination on the way?',
  },
  questions: {
    'who-picks': {
      prompt: 'With a headless Service, who picks the pod a connection goes to?',
      choices: {
        'kube-proxy': 'kube-proxy, with iptables rules on the node',
        client: 'The client: it connects to one of the addresses DNS returned',
        coredns: 'CoreDNS: it returns only the pod it picked',
      },
      why: {
        'kube-proxy':
          'A headless Service has no cluster IP, so kube-proxy writes no rules for it; the trace has no DNAT hop.',
        client:
          'DNS returns every Ready pod and the caller’s resolver and library decide which address to use.',
        coredns:
          'CoreDNS returns all the Ready pods (dig showed them); it only shuffles their order.',
      },
    },
  },
};
