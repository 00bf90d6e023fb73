import { describe, expect, it } from 'vitest';
import { apiOrder, printNames, printTable } from './get.ts';
import { NOW, clusterService, service } from './test-fixtures.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const opts = { now: NOW };

function c29Services() {
  const web = { selector: { app: 'web' } };
  const kubernetes = clusterService(
    'kubernetes',
    '10.96.0.1',
    {
      ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
    },
    5 * 86400,
  );
  return [
    clusterService('web-np', '10.103.7.201', {
      ...web,
      type: 'NodePort',
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30080 }],
    }),
    clusterService('web', '10.96.45.12', {
      ...web,
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    }),
    service('db-ext', { type: 'ExternalName', externalName: 'my.database.example.com' }),
    kubernetes,
    clusterService('multi', '10.110.20.30', {
      selector: { app: 'multi' },
      ports: [
        { name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 },
        { name: 'https', protocol: 'TCP', port: 443, targetPort: 8443 },
      ],
    }),
    clusterService('web-headless', 'None', {
      ...web,
      ports: [{ protocol: 'TCP', port: 8080, targetPort: 8080 }],
    }),
    clusterService('web-lb', '10.108.12.34', {
      ...web,
      type: 'LoadBalancer',
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 31234 }],
    }),
  ];
}

describe('kubectl get services', () => {
  it('C29: -o wide adds SELECTOR (rows in API order)', () => {
    expect(printTable('services', apiOrder(c29Services()), { ...opts, wide: true })).toBe(
      lines(
        'NAME           TYPE           CLUSTER-IP     EXTERNAL-IP               PORT(S)          AGE   SELECTOR',
        'db-ext         ExternalName   <none>         my.database.example.com   <none>           3m    <none>',
        'kubernetes     ClusterIP      10.96.0.1      <none>                    443/TCP          5d    <none>',
        'multi          ClusterIP      10.110.20.30   <none>                    80/TCP,443/TCP   3m    app=multi',
        'web            ClusterIP      10.96.45.12    <none>                    80/TCP           3m    app=web',
        'web-headless   ClusterIP      None           <none>                    8080/TCP         3m    app=web',
        'web-lb         LoadBalancer   10.108.12.34   <pending>                 80:31234/TCP     3m    app=web',
        'web-np         NodePort       10.103.7.201   <none>                    80:30080/TCP     3m    app=web',
      ),
    );
  });

  it('C31: EXTERNAL-IP is sorted and clipped to 13 chars + "..." unless wide', () => {
    const lb2 = clusterService(
      'web-lb2',
      '10.111.3.4',
      {
        type: 'LoadBalancer',
        selector: { app: 'web' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30517 }],
      },
      302,
    );
    lb2.status.loadBalancer.ingress = [
      { ip: '192.168.0.181', ipMode: 'VIP' },
      { ip: '192.168.0.180', ipMode: 'VIP' },
    ];
    const lb3 = clusterService(
      'web-lb3',
      '10.98.7.7',
      {
        type: 'LoadBalancer',
        selector: { app: 'web' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 32001 }],
      },
      2 * 86400,
    );
    lb3.status.loadBalancer.ingress = [{ hostname: 'a1b2c3d4e5f6g7h8-1234567890.elb.example.com' }];
    expect(printTable('services', [lb2, lb3], opts)).toBe(
      lines(
        'NAME      TYPE           CLUSTER-IP   EXTERNAL-IP        PORT(S)        AGE',
        'web-lb2   LoadBalancer   10.111.3.4   192.168.0.180...   80:30517/TCP   5m2s',
        'web-lb3   LoadBalancer   10.98.7.7    a1b2c3d4e5f6g...   80:32001/TCP   2d',
      ),
    );
    expect(printTable('services', [lb2], { ...opts, wide: true })).toBe(
      lines(
        'NAME      TYPE           CLUSTER-IP   EXTERNAL-IP                   PORT(S)        AGE    SELECTOR',
        'web-lb2   LoadBalancer   10.111.3.4   192.168.0.180,192.168.0.181   80:30517/TCP   5m2s   app=web',
      ),
    );
  });

  it('LoadBalancer externalIPs are appended to the ingress list; NodePort shows externalIPs', () => {
    const lb = clusterService(
      'lb',
      '10.96.9.9',
      {
        type: 'LoadBalancer',
        externalIPs: ['198.51.100.7'],
        ports: [{ protocol: 'UDP', port: 53, targetPort: 53, nodePort: 30053 }],
      },
      30,
    );
    lb.status.loadBalancer.ingress = [{ ip: '192.168.0.182' }];
    const np = clusterService(
      'np',
      '10.96.9.10',
      {
        type: 'NodePort',
        externalIPs: ['198.51.100.8', '198.51.100.9'],
        ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 30000 }],
      },
      30,
    );
    expect(printTable('services', [lb, np], opts)).toBe(
      lines(
        'NAME   TYPE           CLUSTER-IP   EXTERNAL-IP                  PORT(S)        AGE',
        'lb     LoadBalancer   10.96.9.9    192.168.0.182,198.51.100.7   53:30053/UDP   30s',
        'np     NodePort       10.96.9.10   198.51.100.8,198.51.100.9    80:30000/TCP   30s',
      ),
    );
  });

  it("the article's kubectl get service rows", () => {
    const clusterip = clusterService(
      'clusterip-service',
      '10.10.10.10',
      {
        selector: { app: 'my-app' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
      },
      17,
    );
    expect(printTable('services', [clusterip], opts)).toBe(
      lines(
        'NAME                TYPE        CLUSTER-IP    EXTERNAL-IP   PORT(S)   AGE',
        'clusterip-service   ClusterIP   10.10.10.10   <none>        80/TCP    17s',
      ),
    );
    const nodeport = clusterService(
      'nodeport-service',
      '10.103.127.52',
      {
        type: 'NodePort',
        selector: { app: 'my-app' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 8080, nodePort: 30001 }],
      },
      19,
    );
    // The article cut the `kubernetes` row; its TYPE column (ClusterIP + 3) shows it was there.
    const kubernetes = clusterService(
      'kubernetes',
      '10.96.0.1',
      {
        ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      },
      600,
    );
    const out = printTable('services', [kubernetes, nodeport], opts).split('\n');
    expect([out[0], out[2]]).toEqual([
      'NAME               TYPE        CLUSTER-IP      EXTERNAL-IP   PORT(S)        AGE',
      'nodeport-service   NodePort    10.103.127.52   <none>        80:30001/TCP   19s',
    ]);
    const lb = clusterService(
      'lb-service',
      '10.107.254.85',
      {
        type: 'LoadBalancer',
        selector: { app: 'my-app' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 80, nodePort: 31203 }],
      },
      9,
    );
    lb.status.loadBalancer.ingress = [{ ip: '192.168.0.181', ipMode: 'VIP' }];
    expect(printTable('services', [lb], opts)).toBe(
      lines(
        'NAME         TYPE           CLUSTER-IP      EXTERNAL-IP     PORT(S)        AGE',
        'lb-service   LoadBalancer   10.107.254.85   192.168.0.181   80:31203/TCP   9s',
      ),
    );
    const ext = service(
      'externalname-service',
      { type: 'ExternalName', externalName: 'google.com' },
      1,
    );
    expect(printTable('services', [ext], opts)).toBe(
      lines(
        'NAME                   TYPE           CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'externalname-service   ExternalName   <none>       google.com    <none>    1s',
      ),
    );
    const headless = clusterService(
      'headless-service',
      'None',
      {
        selector: { app: 'my-app' },
        ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
      },
      2,
    );
    expect(printTable('services', [headless], opts)).toBe(
      lines(
        'NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE',
        'headless-service   ClusterIP   None         <none>        80/TCP    2s',
      ),
    );
  });

  it('-A puts NAMESPACE first, --show-labels puts LABELS last, --no-headers drops the header', () => {
    const svc = clusterService(
      'kube-dns',
      '10.96.0.10',
      {
        selector: { 'k8s-app': 'kube-dns' },
        ports: [
          { name: 'dns', protocol: 'UDP', port: 53, targetPort: 53 },
          { name: 'dns-tcp', protocol: 'TCP', port: 53, targetPort: 53 },
          { name: 'metrics', protocol: 'TCP', port: 9153, targetPort: 9153 },
        ],
      },
      5 * 86400,
    );
    svc.metadata.namespace = 'kube-system';
    svc.metadata.labels = {
      'k8s-app': 'kube-dns',
      'kubernetes.io/cluster-service': 'true',
      'kubernetes.io/name': 'CoreDNS',
    };
    expect(printTable('services', [svc], { ...opts, allNamespaces: true, showLabels: true })).toBe(
      lines(
        'NAMESPACE     NAME       TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE   LABELS',
        'kube-system   kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   5d    k8s-app=kube-dns,kubernetes.io/cluster-service=true,kubernetes.io/name=CoreDNS',
      ),
    );
    expect(printTable('services', [svc], { ...opts, noHeaders: true })).toBe(
      lines('kube-dns   ClusterIP   10.96.0.10   <none>   53/UDP,53/TCP,9153/TCP   5d'),
    );
    expect(printTable('services', [], opts)).toBe('');
  });

  it('-o name', () => {
    expect(printNames('services', apiOrder(c29Services()).slice(0, 2))).toBe(
      'service/db-ext\nservice/kubernetes\n',
    );
  });
});
