import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'ClusterIP',
  summary:
    'The default Service type: one virtual IP and a DNS name, reachable only inside the cluster.',
  explanation: md(
    'A ClusterIP Service gets a virtual IP from the cluster’s **service range** (on a kubeadm cluster `10.96.0.0/12`, i.e. 10.96.0.1–10.111.255.254) and a DNS name, `NAME.NAMESPACE.svc.cluster.local`. No machine owns that IP: kube-proxy on every node writes iptables rules that rewrite (DNAT) a packet sent to it into a packet to one of the Service’s pods.',
    'You may ask for a specific address with `spec.clusterIP`, but it has to lie inside the service range — the article’s `10.10.10.10` only works on a cluster whose service range contains it. Automatic allocation avoids the bottom of the range (10.96.0.1–10.96.1.0 here) as long as the rest has room, so a hand-picked address there is unlikely to clash with an automatic one.',
    'Because the address only exists in the nodes’ iptables rules, nothing outside the cluster can reach it.',
  ),
  tasks: {
    'service-cidr': {
      title: 'Pick a cluster IP inside the service range',
      text: md(
        'Apply the article’s `clusterip-service.yaml` as it is. The API server refuses it:',
        '```\nThe Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range\n```',
        'Choose an address inside 10.96.0.0/12 yourself, put it in `clusterIP`, and apply again.',
      ),
      hints: [
        '`kubectl get svc kubernetes` shows 10.96.0.1: the first address of the service range.',
        '10.96.0.0/12 covers 10.96.0.0–10.111.255.255. Avoid 10.96.0.1 and 10.96.0.10 — `kubernetes` and `kube-dns` already have them.',
        'For example `clusterIP: 10.96.0.100`, then apply the file again.',
      ],
      real: 'Since v1.33 a cluster lists its service ranges as ServiceCIDR objects (`kubectl get servicecidr`); kubeadm sets the range with `--service-cidr`.',
    },
    'by-name-and-ip': {
      title: 'Reach my-app by name and by IP',
      text: md(
        'From netshoot, send one request to the Service by its name and one to its cluster IP. Both reach a my-app pod on port 8080 (the Service maps port 80 to targetPort 8080).',
        'Use the terminal (`kubectl exec netshoot -- curl -s clusterip-service`) or click netshoot on the canvas. Then play the trace hop by hop: DNS turns the name into the cluster IP, and kube-proxy on node3 rewrites the cluster IP into a pod’s address.',
      ),
      hints: [
        'By name: `kubectl exec netshoot -- curl -s clusterip-service`.',
        '`kubectl exec netshoot -- nslookup clusterip-service` shows the name resolving to the cluster IP.',
        'By IP: `kubectl exec netshoot -- curl -s <CLUSTER-IP>` with the address from `kubectl get svc`.',
      ],
    },
    'not-from-outside': {
      title: 'A ClusterIP is not reachable from outside',
      text: md(
        'Now send a request to the cluster IP from the client — your workstation, outside the cluster (`curl --max-time 5 <CLUSTER-IP>` in the terminal, or click the client on the canvas). It times out.',
        'Then answer the question: why?',
      ),
      hints: [
        'The terminal runs on your workstation: a plain `curl` there comes from the client.',
        'Look where the trace ends: the packet never reaches a node.',
        'Which machines hold the rules that know the cluster IP?',
      ],
      real: 'To reach a ClusterIP Service from your laptop while debugging, `kubectl port-forward` tunnels through the API server — or give the Service a NodePort or LoadBalancer type (next lessons).',
    },
  },
  quiz: {
    'after-dns': 'netshoot asked DNS for clusterip-service. Where is the packet addressed now?',
    'after-dnat': 'kube-proxy’s rules on node3 just acted. What is the destination now?',
    'reply-from': 'The answer comes back to netshoot. Which source address does it carry?',
  },
  questions: {
    'why-timeout': {
      prompt: 'Why does the client time out on the cluster IP?',
      choices: {
        firewall: 'kube-proxy blocks clients from outside the cluster',
        'only-inside':
          'The cluster IP exists only in the iptables rules of the cluster’s nodes; nothing outside routes to it',
        'no-endpoints': 'The Service has no endpoints',
      },
      why: {
        firewall:
          'kube-proxy does not filter by source here: a packet from outside never reaches a node at all.',
        'only-inside':
          'No machine owns the address; only the nodes’ iptables rules know it, and the client’s network has no route to the service range.',
        'no-endpoints':
          'It has two: the requests from netshoot were answered. With no endpoints the connection would be refused at once, not time out.',
      },
    },
  },
};
