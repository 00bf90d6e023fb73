import { describe, expect, it } from 'vitest';
import { FakeAllocator } from '../fakeAllocator.ts';
import { BASE_WEB, applyNewService } from '../testkit.ts';

const warnings = (extra: string, base = BASE_WEB): string[] => {
  const r = applyNewService(
    base.replace('spec:', `spec:\n${extra.replace(/^/gm, '  ')}`),
    new FakeAllocator(),
  );
  if (!r.ok) throw new Error(r.text);
  return r.warnings;
};

describe('Service warnings (§1.7, v1.33 set)', () => {
  it('externalName on a non-ExternalName Service', () => {
    expect(warnings('externalName: db.example.com')).toEqual([
      'spec.externalName is ignored when spec.type is not "ExternalName"',
    ]);
  });

  it('externalIPs on an ExternalName Service', () => {
    const en =
      'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  type: ExternalName\n  externalName: db.example.com\n';
    expect(warnings('externalIPs: [192.168.0.50]', en)).toEqual([
      'spec.externalIPs is ignored when spec.type is "ExternalName"',
    ]);
  });

  it('non-standard IPs and ambiguous CIDRs', () => {
    expect(warnings('clusterIP: 10.96.0.010')).toEqual([
      'spec.clusterIPs[0]: non-standard IP address "10.96.0.010" will be considered invalid in a future Kubernetes release: use "10.96.0.10"',
    ]);
    expect(warnings('type: LoadBalancer\nloadBalancerSourceRanges: [10.0.0.1/8]')).toEqual([
      'spec.loadBalancerSourceRanges[0]: CIDR value "10.0.0.1/8" is ambiguous in this context (should be "10.0.0.0/8" or "10.0.0.1/32"?)',
    ]);
  });

  it('deprecated topology annotation', () => {
    const base = BASE_WEB.replace(
      'namespace: default',
      'namespace: default\n  annotations:\n    service.kubernetes.io/topology-aware-hints: auto',
    );
    expect(warnings('type: ClusterIP', base)).toEqual([
      'annotation service.kubernetes.io/topology-aware-hints is deprecated, please use service.kubernetes.io/topology-mode instead',
    ]);
  });

  it('no v1.34 headless warnings in v1.33', () => {
    expect(warnings('clusterIP: None')).toEqual([]);
  });
});
