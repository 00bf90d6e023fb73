import { describe, expect, it } from 'vitest';
import { endpointsFor } from './endpoints.ts';
import { formatEndpoints } from './get-endpoints.ts';
import { apiOrder, listResource, printNames, printTable } from './get.ts';
import { NOW, clusterService, makeState, pod, slice } from './test-fixtures.ts';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const opts = { now: NOW };
const port8080 = [{ protocol: 'TCP' as const, port: 8080 }];
const two = [{ ip: '10.244.1.5' }, { ip: '10.244.2.7' }];

describe('kubectl get endpointslices', () => {
  it('C35: PORTS shows the target port, ENDPOINTS every address, placeholders <unset>', () => {
    const k = slice(
      'kubernetes',
      'kubernetes',
      [{ name: 'https', protocol: 'TCP', port: 6443 }],
      [{ ip: '192.168.0.10' }],
      5 * 86400,
    );
    const slices = [
      slice('web-x7k2p', 'web', port8080, two),
      slice('web-np-7gfkx', 'web-np', port8080, two),
      slice('multi-2xq9v', 'multi', null, []),
      k,
      slice('web-lb-qn5wd', 'web-lb', port8080, two),
      slice('web-headless-8lzrk', 'web-headless', port8080, [
        { ip: '10.244.1.5' },
        { ip: '10.244.2.7', ready: false },
      ]),
    ];
    expect(printTable('endpointslices', apiOrder(slices), opts)).toBe(
      lines(
        'NAME                 ADDRESSTYPE   PORTS     ENDPOINTS               AGE',
        'kubernetes           IPv4          6443      192.168.0.10            5d',
        'multi-2xq9v          IPv4          <unset>   <unset>                 3m',
        'web-headless-8lzrk   IPv4          8080      10.244.1.5,10.244.2.7   3m',
        'web-lb-qn5wd         IPv4          8080      10.244.1.5,10.244.2.7   3m',
        'web-np-7gfkx         IPv4          8080      10.244.1.5,10.244.2.7   3m',
        'web-x7k2p            IPv4          8080      10.244.1.5,10.244.2.7   3m',
      ),
    );
    expect(printNames('endpointslices', [slices[0] as (typeof slices)[0]])).toBe(
      'endpointslice.discovery.k8s.io/web-x7k2p\n',
    );
  });

  it('more than three ports / endpoints', () => {
    const s = slice(
      'big-abcde',
      'big',
      [80, 81, 82, 83].map((port) => ({ protocol: 'TCP' as const, port })),
      ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'].map((ip) => ({ ip })),
      60,
    );
    expect(printTable('endpointslices', [s], opts)).toBe(
      lines(
        'NAME        ADDRESSTYPE   PORTS                  ENDPOINTS                                AGE',
        'big-abcde   IPv4          80,81,82 + 1 more...   10.0.0.1,10.0.0.2,10.0.0.3 + 2 more...   60s',
      ),
    );
  });
});

describe('kubectl get endpoints (derived v1 Endpoints)', () => {
  const bigSvc = clusterService(
    'big',
    '10.96.100.1',
    {
      selector: { app: 'big' },
      ports: [{ protocol: 'TCP', port: 80, targetPort: 8080 }],
    },
    120,
  );

  it('C37: more than three endpoints', () => {
    const ips = ['10.244.1.5', '10.244.2.9', '10.244.1.6', '10.244.2.7', '10.244.2.8'];
    const pods = ips.map((ip, i) =>
      pod(`big-${i}`, ip, i % 2 ? 'node2' : 'node1', { labels: { app: 'big' } }),
    );
    const state = makeState({ services: [bigSvc], pods });
    expect(printTable('endpoints', listResource(state, 'endpoints', 'default'), opts)).toBe(
      lines(
        'NAME   ENDPOINTS                                                     AGE',
        'big    10.244.1.5:8080,10.244.1.6:8080,10.244.2.7:8080 + 2 more...   2m',
      ),
    );
  });

  it('ready vs not-ready addresses, <none> without subsets, empty when none is ready', () => {
    const svc = clusterService('web', '10.96.45.12', {
      selector: { app: 'web' },
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 'http' }],
    });
    const ready = pod('web-a', '10.244.2.7', 'node2');
    const notReady = pod('web-b', '10.244.1.5', 'node1', { ready: false });
    const pending = pod('web-c', undefined, undefined);
    const ep = endpointsFor(makeState({ services: [svc], pods: [ready, notReady, pending] }), svc);
    expect(ep?.subsets).toEqual([
      {
        addresses: [
          {
            ip: '10.244.2.7',
            nodeName: 'node2',
            targetRef: {
              kind: 'Pod',
              name: 'web-a',
              namespace: 'default',
              uid: ready.metadata.uid,
            },
          },
        ],
        notReadyAddresses: [
          {
            ip: '10.244.1.5',
            nodeName: 'node1',
            targetRef: {
              kind: 'Pod',
              name: 'web-b',
              namespace: 'default',
              uid: notReady.metadata.uid,
            },
          },
        ],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);
    expect(ep?.metadata.labels).toEqual({
      'endpoints.kubernetes.io/managed-by': 'endpoint-controller',
    });
    expect(
      formatEndpoints(ep ?? { apiVersion: 'v1', kind: 'Endpoints', metadata: svc.metadata }),
    ).toBe('10.244.2.7:8080');

    const onlyNotReady = endpointsFor(makeState({ services: [svc], pods: [notReady] }), svc);
    expect(onlyNotReady && formatEndpoints(onlyNotReady)).toBe('');
    const none = endpointsFor(makeState({ services: [svc], pods: [] }), svc);
    expect(none?.subsets).toBeUndefined();
    expect(none && formatEndpoints(none)).toBe('<none>');
  });

  it('no Endpoints for selector-less or ExternalName Services; headless label; port-less headless', () => {
    const manual = clusterService('manual', '10.96.1.2', {
      ports: [{ protocol: 'TCP', port: 80, targetPort: 80 }],
    });
    expect(endpointsFor(makeState({ services: [manual] }), manual)).toBeUndefined();
    const hl = clusterService('hl', 'None', { selector: { app: 'web' } });
    const ep = endpointsFor(
      makeState({ services: [hl], pods: [pod('web-a', '10.244.2.7', 'node2')] }),
      hl,
    );
    expect(ep?.metadata.labels?.['service.kubernetes.io/headless']).toBe('');
    expect(ep && formatEndpoints(ep)).toBe('10.244.2.7');
  });

  it('default/kubernetes comes from the apiserver (mirrored from its slice)', () => {
    const k = clusterService(
      'kubernetes',
      '10.96.0.1',
      {
        ports: [{ name: 'https', protocol: 'TCP', port: 443, targetPort: 6443 }],
      },
      5 * 86400,
    );
    const ks = slice(
      'kubernetes',
      'kubernetes',
      [{ name: 'https', protocol: 'TCP', port: 6443 }],
      [{ ip: '192.168.0.10' }],
      5 * 86400,
    );
    const state = makeState({ services: [k], endpointSlices: [ks] });
    expect(printTable('endpoints', listResource(state, 'endpoints', 'default'), opts)).toBe(
      lines('NAME         ENDPOINTS           AGE', 'kubernetes   192.168.0.10:6443   5d'),
    );
  });

  it('truncates to 1000 addresses with the over-capacity annotation', () => {
    const pods = Array.from({ length: 1005 }, (_, i) =>
      pod(`big-${i}`, `10.245.${Math.floor(i / 250)}.${i % 250}`, 'node1', {
        labels: { app: 'big' },
      }),
    );
    const ep = endpointsFor(makeState({ services: [bigSvc], pods }), bigSvc);
    expect(ep?.metadata.annotations?.['endpoints.kubernetes.io/over-capacity']).toBe('truncated');
    expect(ep?.subsets?.[0]?.addresses?.length).toBe(1000);
  });
});
