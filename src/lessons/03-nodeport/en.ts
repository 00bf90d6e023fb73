import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'NodePort',
  summary:
    'Every node opens the same port; a node without a pod forwards to one that has it — the second hop.',
  explanation: md(
    'A NodePort Service is a ClusterIP Service plus one port opened on **every** node — control plane included. Without `nodePort` in the manifest Kubernetes picks a free one from 30000–32767 (the article says 32768; the default range ends at 32767). `kubectl get svc` shows it as `80:30001/TCP`: Service port 80, node port 30001.',
    'A request to any node’s port lands in kube-proxy’s rules on that node, which pick one of the Service’s pods — on any node. If the pod runs elsewhere, the packet takes an extra trip across the node network: the **second hop**. With the default `externalTrafficPolicy: Cluster` the node also rewrites the source address to its own (SNAT), so the reply comes back through it — and the pod never sees the client’s address.',
    '`externalTrafficPolicy: Local` changes both: a node only sends to pods on itself and keeps the client’s address — and a node with no such pod drops the request.',
  ),
  tasks: {
    'every-node': {
      title: 'Every node opens the port',
      text: md(
        'Apply `nodeport-service.yaml`. Then reach my-app from the client through port 30001 of node1, node2 and node3 — node3 runs no my-app pod, yet it answers too.',
        'Click a node on the canvas, or use `curl -s node1:30001` in the terminal (your workstation is the client).',
      ),
      hints: [
        'Apply with the Apply button or `kubectl apply -f nodeport-service.yaml`.',
        '`kubectl get svc nodeport-service` shows `80:30001/TCP`.',
        '`curl -s node1:30001`, `curl -s node2:30001`, `curl -s node3:30001`.',
      ],
    },
    'second-hop': {
      title: 'The second hop',
      text: md(
        'Send a request from the client to node3’s node port and play its trace. kube-proxy on node3 picks a pod on node1 or node2, masquerades the source, and forwards the packet over the node network.',
        'How long does that extra hop take, one way? Read it in the trace and answer.',
      ),
      hints: [
        '`kubectl get pods -o wide`: no my-app pod runs on node3.',
        'In the trace, the hop that moves the packet to another node is marked as crossing nodes; its latency is shown on it.',
        'The simulated node network adds 0.4 ms each way.',
      ],
    },
    'local-policy': {
      title: 'externalTrafficPolicy: Local',
      text: md(
        'Add `externalTrafficPolicy: Local` to the Service and apply it. Now a request to node1 reaches the pod on node1 with the client’s own address (203.0.113.10) — and a request to node3 times out: node3 has no my-app pod and drops it.',
        'Send one request to node1 and one to node3 to see both.',
      ),
      hints: [
        'Under `spec:`, next to `type: NodePort`, add `externalTrafficPolicy: Local`.',
        'whoami prints `RemoteAddr`: the address the pod saw.',
        '`curl -s node1:30001`, then `curl -s --max-time 3 node3:30001`.',
      ],
      real: 'Cloud load balancers avoid the drop by health-checking each node (next lesson). Without one, only send clients to nodes that run a pod.',
    },
    'port-range': {
      title: 'Choose a node port',
      text: md(
        'Move the Service to a node port you choose. First try `nodePort: 40000` and apply: the API server refuses it —',
        '```\nThe Service "nodeport-service" is invalid: spec.ports[0].nodePort: Invalid value: 40000: provided port is not in the valid range. The range of valid ports is 30000-32767\n```',
        'Then pick a port inside 30000–32767 (not 30001), apply, and reach my-app through it.',
      ),
      hints: [
        'The range is the API server’s `--service-node-port-range` (default 30000-32767).',
        'Automatic allocation avoids 30000–30085 while the rest of the range has room, so a hand-picked port there is unlikely to be taken.',
        'For example `nodePort: 30080`, apply, then `curl -s node1:30080`.',
      ],
    },
  },
  quiz: {
    'node3-dnat': 'kube-proxy on node3 picked a pod. What is the destination now?',
    'node3-snat': 'node3 masquerades the packet. Which source IP will the pod see?',
    'local-source':
      'With externalTrafficPolicy: Local the packet reaches the pod. Which source IP does the pod see?',
  },
  questions: {
    'second-hop-ms': {
      prompt: 'How many milliseconds does the second hop (node3 → the pod’s node) take, one way?',
    },
  },
};
