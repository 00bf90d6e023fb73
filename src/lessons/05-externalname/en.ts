import { md } from '../languages.ts';
import type { LessonText } from '../types.ts';

export const en: LessonText = {
  title: 'ExternalName',
  summary: 'A DNS alias (CNAME) for a name outside the cluster — and nothing more.',
  explanation: md(
    'An ExternalName Service has no selector, no cluster IP and no endpoints. CoreDNS answers its name with a **CNAME** to `spec.externalName`, and that is all: kube-proxy writes no rules for it, so nothing is proxied, no port is mapped and no header is rewritten. The client resolves the CNAME and talks to the outside host itself.',
    'It is handy when code inside the cluster should use a stable in-cluster name for something outside (a managed database, an external API) that you may later move into the cluster.',
    'Because the client talks to the outside host directly, the request still carries the name the client used — in HTTP, the `Host` header. That is why the article’s `curl externalname-service.default.svc.cluster.local` got Google’s 404 page.',
  ),
  tasks: {
    cname: {
      title: 'A CNAME and nothing else',
      text: md(
        'Apply `externalname-service.yaml` and look it up from netshoot: `kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local`. The answer is a CNAME to google.com, followed by google.com’s own A record.',
        '`kubectl get svc` shows CLUSTER-IP `<none>` and `kubectl get endpointslices` shows none for it: there is nothing behind the name.',
      ),
      hints: [
        'Apply with the Apply button or `kubectl apply -f externalname-service.yaml`.',
        '`kubectl exec netshoot -- dig externalname-service.default.svc.cluster.local`',
        'Look at the ANSWER SECTION: `CNAME google.com.`',
      ],
    },
    'host-header': {
      title: 'Why Google answers 404',
      text: md(
        'From netshoot, `curl` the Service as the article did: `kubectl exec netshoot -- curl -s externalname-service.default.svc.cluster.local`. Google answers 404.',
        'Now send the request again with a Host header Google serves, e.g. `-H "Host: www.google.com"`, and get something other than a 404. Then answer: why was the first answer a 404?',
      ),
      hints: [
        '`curl -v` prints the request headers: look at `Host:`.',
        '`kubectl exec netshoot -- curl -s -o /dev/null -w "%{http_code}\\n" -H "Host: www.google.com" externalname-service` prints only the status code.',
        'Google’s web server answers per host name, and it does not know externalname-service.default.svc.cluster.local.',
      ],
    },
    'no-port-mapping': {
      title: 'No port mapping either',
      text: md(
        'Create an ExternalName Service `example-service` for example.com that says `port: 8080` → `targetPort: 80`, as if it could map ports. From netshoot, request `example-service:8080`: it times out, because the client connects to example.com on 8080 itself. `example-service:80` works.',
      ),
      hints: [
        'A new file (the + tab) with `type: ExternalName`, `externalName: example.com` and a port 8080 → targetPort 80.',
        '`kubectl exec netshoot -- curl -s --max-time 3 example-service:8080`',
        '`kubectl exec netshoot -- curl -s example-service:80`',
      ],
      real: 'Kubernetes accepts ports on an ExternalName Service but nothing uses them. To really map a port to an outside host, use a selector-less Service with a manual EndpointSlice (for an IP), or a proxy.',
    },
  },
  quiz: {
    'after-cname':
      'netshoot resolved externalname-service (and followed the CNAME). Where is the packet addressed?',
  },
  questions: {
    'why-404': {
      prompt: 'Why did google.com answer 404 to the first request?',
      choices: {
        'no-page': 'google.com has no page at /',
        'host-header':
          'curl sent Host: externalname-service.default.svc.cluster.local, a name Google’s server does not serve',
        'path-rewrite': 'The Service rewrote the path of the request',
      },
      why: {
        'no-page': 'It does — with Host: www.google.com the same request gets a 200.',
        'host-header':
          'The ExternalName Service only answered DNS; the request kept the name curl was given, and Google answers unknown host names with 404.',
        'path-rewrite':
          'An ExternalName Service never touches the traffic: it is only a DNS record.',
      },
    },
  },
};
