/**
 * ValidateServiceClusterIPsRelatedFields and the update checks validateUpgradeDowngradeClusterIPs /
 * validateUpgradeDowngradeIPFamilies (k8s pkg/apis/core/validation/validation.go, v1.33).
 * The first is also the "loose pre-validation" run by the allocator (alloc.go initIPFamilyFields).
 */
import type { FieldError } from '../../model/errors.ts';
import { duplicate, internal, invalid, notSupported, required } from '../fieldErrors.ts';
import { goOptStr, goQuote, goSlice } from '../goValue.ts';
import type { ServiceW } from '../wire.ts';
import { isIPv6String, isValidIP, parseIPSloppy } from './ip.ts';

const IP_FAMILIES = ['IPv4', 'IPv6'];
const IP_FAMILY_POLICIES = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];

export const isHeadless = (svc: ServiceW): boolean =>
  (svc.spec?.clusterIPs?.length ?? 0) === 1 && svc.spec?.clusterIPs?.[0] === 'None';

const ipsValue = (svc: ServiceW): string => goSlice(svc.spec?.clusterIPs);
const familiesValue = (svc: ServiceW): string => goSlice(svc.spec?.ipFamilies, 'core.IPFamily');

export function validateServiceClusterIPsRelatedFields(svc: ServiceW): FieldError[] {
  const spec = svc.spec ?? {};
  if (spec.type === 'ExternalName') return [];
  const errs: FieldError[] = [];
  const ips = spec.clusterIPs ?? [];
  const f = 'spec.clusterIPs';
  let hasInvalidIPs = false;

  if ((spec.clusterIP ?? '') !== '') {
    if (ips.length === 0) errs.push(required(f));
    else if (ips[0] !== spec.clusterIP)
      errs.push(invalid(f, ipsValue(svc), 'first value must match `clusterIP`'));
  } else if (ips.length !== 0) {
    errs.push(invalid(f, ipsValue(svc), 'must be empty when `clusterIP` is not specified'));
  }

  const seen = new Set<string>();
  (spec.ipFamilies ?? []).forEach((fam, i) => {
    if (!IP_FAMILIES.includes(fam))
      errs.push(notSupported(`spec.ipFamilies[${i}]`, goQuote(fam), IP_FAMILIES));
    if (seen.has(fam)) errs.push(duplicate(`spec.ipFamilies[${i}]`, goQuote(fam)));
    seen.add(fam);
  });

  if (spec.ipFamilyPolicy !== undefined && !IP_FAMILY_POLICIES.includes(spec.ipFamilyPolicy))
    errs.push(
      notSupported('spec.ipFamilyPolicy', goQuote(spec.ipFamilyPolicy), IP_FAMILY_POLICIES),
    );

  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid(f, ipsValue(svc), "'None' must be the first and only value"));
      }
      return;
    }
    const ipErrs = isValidIP(`${f}[${i}]`, ip);
    if (ipErrs.length > 0) hasInvalidIPs = true;
    errs.push(...ipErrs);
  });

  if (ips.length > 2) errs.push(invalid(f, ipsValue(svc), 'may only hold up to 2 values'));
  if (hasInvalidIPs) return errs;

  if (ips.length > 1) {
    const fams = ips.map((ip) => parseIPSloppy(ip)?.length);
    if (fams.some((x) => x === undefined))
      errs.push(internal(f, 'failed to check for dual stack with error:invalid IP'));
    else if (!(ips.length === 2 && fams[0] !== fams[1]))
      errs.push(invalid(f, ipsValue(svc), 'may specify no more than one IP for each IP family'));
  }

  const families = spec.ipFamilies ?? [];
  if (!isHeadless(svc) && ips.length > 0 && families.length > 0) {
    ips.forEach((ip, i) => {
      if (i > families.length - 1) return;
      if (families[i] === 'IPv4' && isIPv6String(ip))
        errs.push(
          invalid(
            `${f}[${i}]`,
            goQuote(ip),
            `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``,
          ),
        );
      if (families[i] === 'IPv6' && !isIPv6String(ip))
        errs.push(
          invalid(
            `${f}[${i}]`,
            goQuote(ip),
            `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``,
          ),
        );
    });
  }
  return errs;
}

/** ClusterIPs may not change (except to/from ExternalName and headless→headless). */
export function validateUpgradeDowngradeClusterIPs(old: ServiceW, svc: ServiceW): FieldError[] {
  if (svc.spec?.type === 'ExternalName' || old.spec?.type === 'ExternalName') return [];
  if (isHeadless(old) && isHeadless(svc)) return [];
  const errs: FieldError[] = [];
  const oldIPs = old.spec?.clusterIPs ?? [];
  const newIPs = svc.spec?.clusterIPs ?? [];
  const f0 = 'spec.clusterIPs[0]';
  if (oldIPs.length === newIPs.length) {
    oldIPs.forEach((ip, i) => {
      if (ip !== newIPs[i])
        errs.push(invalid(`spec.clusterIPs[${i}]`, ipsValue(svc), 'may not change once set'));
    });
  } else if (oldIPs.length > newIPs.length) {
    if (newIPs.length === 0)
      errs.push(invalid(f0, ipsValue(svc), 'primary clusterIP can not be unset'));
    if (oldIPs.length > 0 && newIPs.length > 0 && newIPs[0] !== oldIPs[0])
      errs.push(invalid(f0, ipsValue(svc), 'may not change once set'));
    if (newIPs.length === 1 && svc.spec?.ipFamilyPolicy !== 'SingleStack')
      errs.push(
        invalid(
          'spec.ipFamilyPolicy',
          goOptStr(svc.spec?.ipFamilyPolicy),
          "must be set to 'SingleStack' when releasing the secondary clusterIP",
        ),
      );
  } else if (oldIPs.length > 0 && newIPs[0] !== oldIPs[0]) {
    errs.push(invalid(f0, ipsValue(svc), 'may not change once set'));
  }
  return errs;
}

export function validateUpgradeDowngradeIPFamilies(old: ServiceW, svc: ServiceW): FieldError[] {
  if (svc.spec?.type === 'ExternalName' || old.spec?.type === 'ExternalName') return [];
  if (isHeadless(old) !== isHeadless(svc) || isHeadless(svc)) return [];
  const errs: FieldError[] = [];
  const oldF = old.spec?.ipFamilies ?? [];
  const newF = svc.spec?.ipFamilies ?? [];
  const f0 = 'spec.ipFamilies[0]';
  if (oldF.length === newF.length) {
    oldF.forEach((fam, i) => {
      if (fam !== newF[i]) errs.push(invalid(f0, familiesValue(svc), 'may not change once set'));
    });
  } else if (oldF.length > newF.length) {
    if ((svc.spec?.clusterIPs ?? []).length === 0)
      errs.push(invalid(f0, familiesValue(svc), 'primary ipFamily can not be unset'));
    if (newF.length > 0 && newF[0] !== oldF[0])
      errs.push(invalid(f0, ipsValue(svc), 'may not change once set'));
    if (newF.length === 1 && svc.spec?.ipFamilyPolicy !== 'SingleStack')
      errs.push(
        invalid(
          'spec.ipFamilyPolicy',
          goOptStr(svc.spec?.ipFamilyPolicy),
          "must be set to 'SingleStack' when releasing the secondary ipFamily",
        ),
      );
  } else if (oldF.length > 0 && newF.length > 0 && newF[0] !== oldF[0]) {
    errs.push(invalid(f0, ipsValue(svc), 'may not change once set'));
  }
  return errs;
}
