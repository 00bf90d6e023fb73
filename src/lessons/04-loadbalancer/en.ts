import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'LoadBalancer',
  summary:
    'A NodePort Service plus an external address — which something outside Kubernetes has to provide.',
  explanation: md(
    'A LoadBalancer Service is a NodePort Service (it gets a cluster IP and a node port too) that also asks for an external load balancer. Kubernetes itself does not make one: a cloud provider’s controller does, or, on your own machines, something like **MetalLB**. Until one does, EXTERNAL-IP stays `<pending>` — forever, if nothing is installed.',
    'What the address then does depends on who provides it:',
    '- **MetalLB (layer 2)** hands out the lowest free address of its pool (here 192.168.0.180–199). One node answers ARP for it, so packets arrive at that node still addressed to the load-balancer IP, and kube-proxy’s “loadbalancer IP” rule sends them to a pod. There is no node-port hop on this path.\n- **A cloud load balancer** is a separate machine: it forwards to a node port on one of the nodes, and from there the packet follows the same kube-proxy chain as the cluster IP to a pod. That is the path the article describes (EXTERNAL-IP → node port 31203 → the Service → targetPort).',
    'With `externalTrafficPolicy: Local` the Service also gets a **health-check node port**: kube-proxy answers on it on every node, 200 where the Service has a local pod and 503 where it has none, so the load balancer only sends traffic to nodes that can keep the client’s address.',
  ),
  tasks: {
    pending: {
      title: '<pending> without a load balancer',
      text: md(
        'This cluster has no load-balancer implementation. Apply `lb-service.yaml` and look at `kubectl get svc lb-service`: EXTERNAL-IP says `<pending>`.',
        'The Service is not broken: reach my-app from the client through its node port on node1. Then answer why the address is pending.',
      ),
      hints: [
        'PORT(S) shows `80:3xxxx/TCP`: the second number is the node port.',
        '`curl -s node1:<node port>` from the terminal, or click node1 on the canvas.',
        'Who would give the Service an address? Is anything like that running here?',
      ],
      real: 'On a managed cluster (EKS, GKE, AKS…) the cloud controller fills EXTERNAL-IP within a minute or so; on kubeadm or bare metal you install MetalLB (or another implementation) first.',
    },
    pool: {
      title: 'An address from the pool',
      text: md(
        'This task starts a new cluster that runs MetalLB in layer-2 mode with the pool 192.168.0.180–192.168.0.199. Apply `lb-service.yaml` again: EXTERNAL-IP is now 192.168.0.180, the lowest free address.',
        'Send a request from the client to it and play the trace: the packet arrives at one node with the load-balancer IP still as its destination, and kube-proxy takes it from there.',
      ),
      hints: [
        '`kubectl get svc lb-service` shows EXTERNAL-IP.',
        '`curl -s 192.168.0.180` from the terminal, or click the client on the canvas.',
        'In the trace, find the node that answered ARP for the address: that is where the packet arrives.',
      ],
      real: 'MetalLB needs an IPAddressPool and an L2Advertisement in the metallb-system namespace; the addresses must be free on your LAN.',
    },
    'cloud-path': {
      title: 'A cloud load balancer: EXTERNAL-IP → node port → pod',
      text: md(
        'This task starts a new cluster behind a cloud load balancer (addresses 198.51.100.10–20). Apply `lb-service.yaml`, send a request from the client to its EXTERNAL-IP, and follow the trace: the load balancer forwards to a node port on some node, and kube-proxy there sends it on to a pod.',
        'Which port does the load balancer send the packet to on the node?',
      ),
      hints: [
        'The first hop of the trace is the load balancer’s.',
        'Compare with PORT(S) in `kubectl get svc lb-service`.',
        'It is the Service’s node port (the number after the colon).',
      ],
    },
    'health-check': {
      title: 'The health-check node port',
      text: md(
        'Set `externalTrafficPolicy: Local` on lb-service and apply it. The Service gets a health-check node port (`kubectl describe svc lb-service` shows `HealthCheck NodePort`).',
        'Ask it on node1 (or node2) and on node3 — 200 where a my-app pod runs, 503 on node3. Then send a request to the EXTERNAL-IP: the load balancer only uses healthy nodes, and the pod sees the client’s own address.',
      ),
      hints: [
        'Under `spec:`, next to `type: LoadBalancer`, add `externalTrafficPolicy: Local`.',
        '`curl -s node1:<HealthCheck NodePort>/healthz` and `curl -s node3:<HealthCheck NodePort>/healthz`; add `-i` to see the status line.',
        'The JSON answer counts `localEndpoints`: 1 on node1, 0 on node3.',
      ],
    },
  },
  quiz: {
    'metallb-node': 'The packet addressed to 192.168.0.180 arrives. On which node?',
    'metallb-dnat': 'kube-proxy’s “loadbalancer IP” rule matched. What is the destination now?',
    'cloud-lb': 'The cloud load balancer forwards the packet. Where to?',
    'cloud-dnat': 'kube-proxy on that node picked a pod. What is the destination now?',
  },
  questions: {
    'why-pending': {
      prompt: 'Why does EXTERNAL-IP stay <pending>?',
      choices: {
        'no-implementation':
          'Nothing on this cluster implements LoadBalancer (no cloud controller, no MetalLB)',
        'pods-not-ready': 'The my-app pods are not ready yet',
        'takes-time': 'A load balancer takes a few minutes to create; wait longer',
      },
      why: {
        'no-implementation':
          'Kubernetes only records the request; a controller outside the core must create the load balancer and write its address into the Service’s status.',
        'pods-not-ready':
          'The pods are Ready — the node port answered. Pod readiness never decides whether an address is assigned.',
        'takes-time':
          'With no implementation installed, nobody is working on it: it stays <pending> forever.',
      },
    },
    'lb-node-port': {
      prompt: 'Which port on the node does the cloud load balancer send the packet to?',
    },
  },
};
