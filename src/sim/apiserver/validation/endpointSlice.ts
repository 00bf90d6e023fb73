/**
 * ValidateEndpointSlice[Update] (k8s pkg/apis/discovery/validation/validation.go, v1.33) and
 * ValidateNamespace[Update] (core validation).
 */
import type { FieldError } from '../../model/errors.ts';
import { duplicate, invalid, notSupported, required, tooMany } from '../fieldErrors.ts';
import { goQuote } from '../goValue.ts';
import type { EndpointSliceW, NamespaceW } from '../wire.ts';
import { isValidIPv4Address, isValidIPv6Address, validateEndpointIP } from './ip.ts';
import {
  FIELD_IMMUTABLE,
  validateLabels,
  validateObjectMeta,
  validateObjectMetaUpdate,
} from './meta.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidLabelValue,
  nameIsDNSLabel,
  nameIsDNSSubdomain,
} from './names.ts';

const ADDRESS_TYPES = ['FQDN', 'IPv4', 'IPv6'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

/** IsFullyQualifiedDomainName (FQDN addresses). */
function fqdn(path: string, name: string): FieldError[] {
  if (name.length === 0) return [required(path)];
  const n = name.endsWith('.') ? name.slice(0, -1) : name;
  const errs = isDNS1123Subdomain(n);
  if (errs.length) return [invalid(path, goQuote(n), errs.join(','))];
  if (n.split('.').length < 2)
    return [
      invalid(path, goQuote(n), 'should be a domain with at least two segments separated by dots'),
    ];
  for (const label of n.split('.')) {
    const le = isDNS1123Label(label);
    if (le.length) return [invalid(path, goQuote(label), le.join(','))];
  }
  return [];
}

export function validateEndpointSlice(s: EndpointSliceW): FieldError[] {
  const errs = validateObjectMeta(s.metadata, true, nameIsDNSSubdomain);
  const at = s.addressType ?? '';
  if (at === '') errs.push(required('addressType'));
  else if (!ADDRESS_TYPES.includes(at))
    errs.push(notSupported('addressType', goQuote(at), ADDRESS_TYPES));
  const endpoints = s.endpoints ?? [];
  if (endpoints.length > 1000) errs.push(tooMany('endpoints', endpoints.length, 1000));
  else
    endpoints.forEach((ep, i) => {
      const p = `endpoints[${i}]`;
      const addrs = ep.addresses ?? [];
      if (addrs.length === 0)
        errs.push(required(`${p}.addresses`, 'must contain at least 1 address'));
      else if (addrs.length > 100) errs.push(tooMany(`${p}.addresses`, addrs.length, 100));
      addrs.forEach((a, ai) => {
        const ap = `${p}.addresses[${ai}]`;
        if (at === 'IPv4') errs.push(...isValidIPv4Address(ap, a), ...validateEndpointIP(ap, a));
        else if (at === 'IPv6')
          errs.push(...isValidIPv6Address(ap, a), ...validateEndpointIP(ap, a));
        else if (at === 'FQDN') errs.push(...fqdn(ap, a));
      });
      if (ep.nodeName !== undefined)
        errs.push(
          ...isDNS1123Subdomain(ep.nodeName).map((m) =>
            invalid(`${p}.nodeName`, goQuote(ep.nodeName ?? ''), m),
          ),
        );
      const topo = ep.deprecatedTopology ?? {};
      if (Object.keys(topo).length > 16)
        errs.push(tooMany(`${p}.deprecatedTopology`, Object.keys(topo).length, 16));
      errs.push(...validateLabels(topo, `${p}.deprecatedTopology`));
      if (ep.hostname !== undefined)
        errs.push(
          ...isDNS1123Label(ep.hostname).map((m) =>
            invalid(`${p}.hostname`, goQuote(ep.hostname ?? ''), m),
          ),
        );
      const zones = new Set<string>();
      (ep.hints?.forZones ?? []).forEach((z, zi) => {
        const zp = `${p}.hints.forZones[${zi}].name`;
        const name = z.name ?? '';
        if (zones.has(name)) errs.push(duplicate(zp, goQuote(name)));
        else zones.add(name);
        errs.push(...isValidLabelValue(name).map((m) => invalid(zp, goQuote(name), m)));
      });
    });
  const ports = s.ports ?? [];
  if (ports.length > 100) errs.push(tooMany('ports', ports.length, 100));
  else {
    const names = new Set<string>();
    ports.forEach((port, i) => {
      const p = `ports[${i}]`;
      const name = port.name ?? '';
      if (name)
        errs.push(...isDNS1123Label(name).map((m) => invalid(`${p}.name`, goQuote(name), m)));
      if (names.has(name)) errs.push(duplicate(`${p}.name`, goQuote(name)));
      else names.add(name);
      if (port.protocol === undefined) errs.push(required(`${p}.protocol`));
      else if (!PROTOCOLS.includes(port.protocol))
        errs.push(notSupported(`${p}.protocol`, goQuote(port.protocol), PROTOCOLS));
      if (port.appProtocol !== undefined)
        errs.push(
          ...isQualifiedName(port.appProtocol).map((m) =>
            invalid(`${p}.appProtocol`, goQuote(port.appProtocol ?? ''), m),
          ),
        );
    });
  }
  return errs;
}

export function validateEndpointSliceUpdate(s: EndpointSliceW, old: EndpointSliceW): FieldError[] {
  const errs = validateEndpointSlice(s);
  if ((s.addressType ?? '') !== (old.addressType ?? ''))
    errs.push(invalid('addressType', goQuote(s.addressType ?? ''), FIELD_IMMUTABLE));
  return [...validateObjectMetaUpdate(s.metadata, old.metadata), ...errs];
}

export function validateNamespace(ns: NamespaceW): FieldError[] {
  const errs = validateObjectMeta(ns.metadata, false, nameIsDNSLabel);
  for (const f of ns.spec?.finalizers ?? []) {
    const msgs = isQualifiedName(f);
    if (msgs.length) errs.push(...msgs.map((m) => invalid('spec.finalizers', goQuote(f), m)));
    else if (!f.includes('/') && f !== 'kubernetes')
      errs.push(
        invalid(
          'spec.finalizers',
          goQuote(f),
          'name is neither a standard finalizer name nor is it fully qualified',
        ),
      );
  }
  return errs;
}

export function validateNamespaceUpdate(ns: NamespaceW, old: NamespaceW): FieldError[] {
  return validateObjectMetaUpdate(ns.metadata, old.metadata);
}
