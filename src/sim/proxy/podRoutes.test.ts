import { describe, expect, it } from 'vitest';
import { testCluster } from '../testing/cluster.ts';

describe('ip addr / ip route inside a pod (flannel, bridge CNI)', () => {
  const c = testCluster();

  it('eth0 is the pod end of the veth whose host end the node lists', () => {
    const pod = c.run('kubectl exec netshoot -- ip addr').stdout.split('\n');
    expect(pod[6]).toMatch(
      /^2: eth0@if4: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000$/,
    );
    expect(pod[8]).toBe('    inet 10.244.3.2/24 brd 10.244.3.255 scope global eth0');
    const node = c.run('ssh node3 ip addr').stdout;
    expect(node).toMatch(/\n4: veth[0-9a-f]{8}@if2: /);
  });

  it('routes everything through the cni0 bridge address', () => {
    expect(c.run('kubectl exec netshoot -- ip route').stdout).toBe(
      'default via 10.244.3.1 dev eth0 \n10.244.0.0/16 via 10.244.3.1 dev eth0 \n10.244.3.0/24 dev eth0 proto kernel scope link src 10.244.3.2 \n',
    );
  });
});
