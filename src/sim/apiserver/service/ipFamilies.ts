/**
 * alloc.go initIPFamilyFields on this single-stack (IPv4) cluster: defaults ipFamilyPolicy and
 * ipFamilies, with the loose pre-validation (ValidateServiceClusterIPsRelatedFields) whose errors
 * are returned alone. Mutates `svc`; returns the errors (empty = ok).
 */
import type { FieldError } from '../../model/errors.ts';
import { CONFIGURED_FAMILIES, PRIMARY_IP_FAMILY } from '../allocator.ts';
import { invalid } from '../fieldErrors.ts';
import { goOptStr, goQuote, goSlice } from '../goValue.ts';
import { deepEqual } from '../json.ts';
import { isIPv4String, isIPv6String } from '../validation/ip.ts';
import { validateServiceClusterIPsRelatedFields } from '../validation/serviceIPs.ts';
import type { ServiceW } from '../wire.ts';

const sameIPs = (a: ServiceW, b: ServiceW): boolean =>
  deepEqual(a.spec?.clusterIPs ?? [], b.spec?.clusterIPs ?? []);
const sameFamilies = (a: ServiceW, b: ServiceW): boolean =>
  deepEqual(a.spec?.ipFamilies ?? [], b.spec?.ipFamilies ?? []);
const otherFamily = (f: string): string => (f === 'IPv4' ? 'IPv6' : 'IPv4');

function familyOf(ip: string): string {
  if (isIPv4String(ip)) return 'IPv4';
  if (isIPv6String(ip)) return 'IPv6';
  return 'unknown';
}

/** isMatchingPreferDualStackClusterIPFields: an update that leaves a PreferDualStack service as is. */
export function isMatchingPreferDualStack(svc: ServiceW, old: ServiceW | undefined): boolean {
  if (!old || svc.spec?.ipFamilyPolicy === undefined) return false;
  const t = svc.spec.type;
  if (old.spec?.type !== t) return false;
  if (t !== 'ClusterIP' && t !== 'NodePort' && t !== 'LoadBalancer') return false;
  if (svc.spec.ipFamilyPolicy !== 'PreferDualStack') return false;
  const oldPolicy = old.spec?.ipFamilyPolicy;
  if (oldPolicy !== undefined && oldPolicy !== 'PreferDualStack') return false;
  return sameIPs(old, svc) && sameFamilies(old, svc);
}

export function initIPFamilyFields(svc: ServiceW, old?: ServiceW): FieldError[] {
  const spec = (svc.spec ??= {});
  if (spec.type === 'ExternalName') return [];
  if (isMatchingPreferDualStack(svc, old)) return [];

  if (spec.ipFamilyPolicy === undefined) {
    if (old?.spec?.ipFamilyPolicy !== undefined) spec.ipFamilyPolicy = old.spec.ipFamilyPolicy;
    else if (spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0)
      spec.ipFamilyPolicy = 'RequireDualStack';
    else spec.ipFamilyPolicy = 'SingleStack';
  }

  const pre = validateServiceClusterIPsRelatedFields(svc);
  if (pre.length > 0) return pre;

  const el: FieldError[] = [];
  const policy = (): string => goOptStr(spec.ipFamilyPolicy);
  if (old) {
    if (spec.ipFamilyPolicy === 'SingleStack') {
      if (sameIPs(old, svc) && (spec.clusterIPs?.length ?? 0) > 1)
        spec.clusterIPs = spec.clusterIPs?.slice(0, 1);
      if (sameFamilies(old, svc) && (spec.ipFamilies?.length ?? 0) > 1)
        spec.ipFamilies = spec.ipFamilies?.slice(0, 1);
    } else {
      const newIPs = spec.clusterIPs?.length ?? 0;
      if (newIPs > 0 && newIPs < (old.spec?.clusterIPs?.length ?? 0))
        el.push(
          invalid(
            'spec.ipFamilyPolicy',
            policy(),
            "must be 'SingleStack' to release the secondary cluster IP",
          ),
        );
      const newFams = spec.ipFamilies?.length ?? 0;
      if (newFams > 0 && newFams < (old.spec?.ipFamilies?.length ?? 0))
        el.push(
          invalid(
            'spec.ipFamilyPolicy',
            policy(),
            "must be 'SingleStack' to release the secondary IP family",
          ),
        );
    }
  }
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if ((spec.clusterIPs?.length ?? 0) === 2)
      el.push(
        invalid(
          'spec.ipFamilyPolicy',
          policy(),
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified",
        ),
      );
    if ((spec.ipFamilies?.length ?? 0) === 2)
      el.push(
        invalid(
          'spec.ipFamilyPolicy',
          policy(),
          "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified",
        ),
      );
  }
  const ips = spec.clusterIPs ?? [];
  for (let i = 0; i < ips.length; i++) {
    const ip = ips[i] ?? '';
    if (ip === 'None') break;
    const fam = familyOf(ip);
    if (i >= (spec.ipFamilies?.length ?? 0)) {
      if (!CONFIGURED_FAMILIES.includes(fam))
        el.push(
          invalid(
            `spec.clusterIPs[${i}]`,
            goSlice(ips),
            `${fam} is not configured on this cluster`,
          ),
        );
      else spec.ipFamilies = [...(spec.ipFamilies ?? []), fam];
    }
  }
  if (el.length > 0) return el;

  if (spec.clusterIP === 'None' && Object.keys(spec.selector ?? {}).length === 0) {
    if ((spec.ipFamilies?.length ?? 0) === 0) spec.ipFamilies = [PRIMARY_IP_FAMILY];
    const fams = spec.ipFamilies ?? [];
    if (fams.length < 2 && spec.ipFamilyPolicy !== 'SingleStack')
      spec.ipFamilies = [...fams, otherFamily(fams[0] ?? PRIMARY_IP_FAMILY)];
    return [];
  }

  if (spec.ipFamilyPolicy === 'RequireDualStack' && CONFIGURED_FAMILIES.length < 2)
    el.push(
      invalid(
        'spec.ipFamilyPolicy',
        policy(),
        'this cluster is not configured for dual-stack services',
      ),
    );
  (spec.ipFamilies ?? []).forEach((fam, i) => {
    if (!CONFIGURED_FAMILIES.includes(fam))
      el.push(invalid(`spec.ipFamilies[${i}]`, goQuote(fam), 'not configured on this cluster'));
  });
  if (el.length > 0) return el;

  if ((spec.ipFamilies?.length ?? 0) === 0) spec.ipFamilies = [PRIMARY_IP_FAMILY];
  const fams = spec.ipFamilies ?? [];
  if (
    spec.ipFamilyPolicy !== 'SingleStack' &&
    fams.length === 1 &&
    CONFIGURED_FAMILIES.length === 2
  )
    spec.ipFamilies = [...fams, otherFamily(fams[0] ?? PRIMARY_IP_FAMILY)];
  return [];
}
