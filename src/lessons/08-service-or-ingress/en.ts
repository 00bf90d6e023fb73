import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';
import { APPS_INGRESS } from './ingress.ts';

export const en: LessonText = {
  title: 'Service or Ingress',
  summary: 'A Service works with addresses and ports (L4); an Ingress reads HTTP (L7).',
  explanation: md(
    'As the article puts it: both let traffic from outside reach pods, but a Service mostly works at **L4** and an Ingress at **L7**, and they are usually used for different jobs — often together.',
    'A Service sees a connection: source and destination address, port, protocol. It picks a pod and rewrites addresses; it never reads what is inside the connection. An **Ingress** is a set of HTTP routing rules that an Ingress controller (ingress-nginx, Traefik, a cloud L7 load balancer…) carries out: it reads the host name and the URL path, can terminate TLS, and then sends the request on to a Service’s pods.',
    'This cluster runs two small apps, `blue` (on node1) and `green` (on node2). With Services alone each app needs its own node port (or its own load-balancer address). One Ingress could serve both behind one address:',
    APPS_INGRESS,
    'This playground does not simulate Ingress. On a real cluster the object is accepted but does nothing until an Ingress controller runs.',
  ),
  tasks: {
    layers: {
      title: 'L4 and L7',
      text: md(
        'Answer both questions: what does a Service route by, and what does an Ingress route by?',
      ),
      hints: [
        'Think of what kube-proxy’s rules match on: `-d 10.96.0.100 --dport 80`.',
        'An HTTP request carries `Host:` and a path like `/blue`; only something that parses HTTP can see them.',
      ],
    },
    'service-per-app': {
      title: 'One Service per app',
      text: md(
        '`blue-service.yaml` exposes blue on node port 30081. Apply it, then write a second NodePort Service for green (any name, any free node port) and apply it too. Reach both apps from the client.',
      ),
      hints: [
        'Copy blue-service.yaml into a new file and change the name, the selector and the node port.',
        'Two Services cannot share a node port: pick another one, e.g. 30082.',
        '`curl -s node1:30081` and `curl -s node1:30082`.',
      ],
      real: 'Each extra NodePort or LoadBalancer is another port or address to open and pay for; that is where an Ingress (one entry point, many apps) pays off.',
    },
    'service-limits': {
      title: 'What a Service cannot do',
      text: md(
        'Try it: `curl -s node1:30081/green` still reaches blue — the Service never looks at the path. Then pick everything a Service can do by itself.',
      ),
      hints: [
        'Anything that needs to read the HTTP request (host, path) or decrypt it is L7.',
        'Port mapping, spreading connections and keeping the client address all happen on addresses and ports.',
      ],
    },
  },
  quiz: {},
  questions: {
    'service-layer': {
      prompt: 'A Service decides where a connection goes by…',
      choices: {
        mac: 'MAC addresses (L2)',
        'ip-port': 'IP addresses and ports (L4)',
        http: 'HTTP host names and URL paths (L7)',
      },
      why: {
        mac: 'kube-proxy’s rules match IP addresses and ports; MAC addresses are left to the network.',
        'ip-port':
          'kube-proxy matches destination address and port (and protocol) and DNATs to a pod: that is L4.',
        http: 'A Service never parses HTTP: /blue and /green reach the same pods.',
      },
    },
    'ingress-layer': {
      prompt: 'An Ingress decides where a request goes by…',
      choices: {
        mac: 'MAC addresses (L2)',
        'ip-port': 'IP addresses and ports (L4)',
        http: 'HTTP host names and URL paths (L7)',
      },
      why: {
        mac: 'An Ingress works far above L2: its rules are about HTTP.',
        'ip-port':
          'All requests to one Ingress arrive on the same address and port; its rules tell them apart by host and path.',
        http: 'Ingress rules match the Host header and the URL path: L7.',
      },
    },
    'service-can': {
      prompt: 'Which of these can a Service do by itself? (pick all)',
      choices: {
        spread: 'Spread connections over the pods it selects',
        'port-map': 'Send port 80 to targetPort 8080',
        'client-address': 'Keep the client’s address (externalTrafficPolicy: Local)',
        path: 'Send /blue to blue and /green to green',
        host: 'Send blue.example.com to blue and green.example.com to green',
        tls: 'Terminate HTTPS with a certificate',
      },
      why: {
        spread: 'kube-proxy picks one endpoint per connection.',
        'port-map': 'The DNAT rewrites the port as well as the address.',
        'client-address':
          'With externalTrafficPolicy: Local the node skips the SNAT, as lesson 3 showed.',
        path: 'The path is inside the HTTP request; a Service never reads it — that is an Ingress rule.',
        host: 'The host name is the HTTP Host header (or TLS SNI): L7, an Ingress rule.',
        tls: 'A Service passes the encrypted bytes through; terminating TLS takes an Ingress controller or the app.',
      },
    },
  },
};
