import { describe, expect, it } from 'vitest';
import { testCluster } from '../../testing/cluster.ts';

describe('kubectl get events', () => {
  it('lists stored and derived events oldest first, kind/name as OBJECT', () => {
    const c = testCluster({ manifests: '' });
    c.apply(
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: lb\nspec:\n  type: LoadBalancer\n  ports:\n  - port: 80\n',
    );
    const out = c.run('kubectl get events').stdout.split('\n');
    expect(out[0]).toBe('LAST SEEN   TYPE     REASON         OBJECT       MESSAGE');
    expect(out[1]).toBe(
      '1s          Normal   IPAllocated    service/lb   Assigned IP ["192.168.0.180"]',
    );
    expect(out[2]).toMatch(
      /^1s {10}Normal {3}nodeAssigned {3}service\/lb {3}announcing from node "node[123]" with protocol "layer2"$/,
    );
  });

  it('says there are none in an empty namespace, and -A adds NAMESPACE', () => {
    const c = testCluster();
    expect(c.run('kubectl get events -n kube-public')).toEqual({
      stdout: '',
      stderr: 'No resources found in kube-public namespace.\n',
      exitCode: 0,
    });
    expect(c.run('kubectl get ev -A').stdout.split('\n')[0]).toBe(
      'NAMESPACE     LAST SEEN   TYPE     REASON      OBJECT                                      MESSAGE',
    );
  });
});
