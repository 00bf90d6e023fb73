/**
 * ValidateService / ValidateServiceUpdate (k8s pkg/apis/core/validation/validation.go, v1.33),
 * errors appended in the order the Go function appends them. Operates on the defaulted wire
 * object; values are rendered as ErrorBody renders the internal Go values.
 */
import type { FieldError } from '../../model/errors.ts';
import { externallyAccessible, needsHealthCheck } from '../defaults/service.ts';
import { duplicate, forbidden, invalid, notSupported, required } from '../fieldErrors.ts';
import { goInt, goOptStr, goQuote, goServicePortKey } from '../goValue.ts';
import type { ServicePortW, ServiceW } from '../wire.ts';
import { isValidCIDR, isValidIP, validateEndpointIP } from './ip.ts';
import { validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './meta.ts';
import {
  isDNS1123Label,
  isDNS1123Subdomain,
  isQualifiedName,
  isValidPortName,
  isValidPortNum,
  nameIsDNS1035Label,
} from './names.ts';
import {
  isHeadless,
  validateServiceClusterIPsRelatedFields,
  validateUpgradeDowngradeClusterIPs,
  validateUpgradeDowngradeIPFamilies,
} from './serviceIPs.ts';

export const TOPOLOGY_MODE = 'service.kubernetes.io/topology-mode';
export const TOPOLOGY_HINTS = 'service.kubernetes.io/topology-aware-hints';
const LB_SOURCE_RANGES_ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges';
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const LB_ONLY = "may only be used when `type` is 'LoadBalancer'";

/** ValidatePortNumOrName. */
export function validatePortNumOrName(
  port: number | string | undefined,
  field: string,
): FieldError[] {
  if (typeof port === 'string')
    return isValidPortName(port).map((m) => invalid(field, goQuote(port), m));
  return isValidPortNum(port ?? 0).map((m) => invalid(field, goInt(port ?? 0), m));
}

function validateServicePort(
  sp: ServicePortW,
  requireName: boolean,
  allNames: Set<string>,
  path: string,
): FieldError[] {
  const errs: FieldError[] = [];
  const name = sp.name ?? '';
  if (requireName && name === '') errs.push(required(`${path}.name`));
  else if (name !== '') {
    errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, goQuote(name), m)));
    if (allNames.has(name)) errs.push(duplicate(`${path}.name`, goQuote(name)));
    else allNames.add(name);
  }
  errs.push(
    ...isValidPortNum(sp.port ?? 0).map((m) => invalid(`${path}.port`, goInt(sp.port ?? 0), m)),
  );
  const proto = sp.protocol ?? '';
  if (proto === '') errs.push(required(`${path}.protocol`));
  else if (!PROTOCOLS.includes(proto))
    errs.push(notSupported(`${path}.protocol`, goQuote(proto), PROTOCOLS));
  errs.push(...validatePortNumOrName(sp.targetPort, `${path}.targetPort`));
  if (sp.appProtocol !== undefined)
    errs.push(
      ...isQualifiedName(sp.appProtocol).map((m) =>
        invalid(`${path}.appProtocol`, goQuote(sp.appProtocol ?? ''), m),
      ),
    );
  return errs;
}

function validateClientIPAffinityConfig(svc: ServiceW): FieldError[] {
  const p = 'spec.sessionAffinityConfig';
  const why = 'when session affinity type is ClientIP';
  const cfg = svc.spec?.sessionAffinityConfig;
  if (!cfg) return [required(p, why)];
  if (!cfg.clientIP) return [required(`${p}.clientIP`, why)];
  const t = cfg.clientIP.timeoutSeconds;
  if (t === undefined) return [required(`${p}.clientIP.timeoutSeconds`, why)];
  return t <= 0 || t > 86400
    ? [
        invalid(
          `${p}.clientIP.timeoutSeconds`,
          goInt(t),
          'must be greater than 0 and less than 86400',
        ),
      ]
    : [];
}

/** validateLoadBalancerClassField(old, svc). */
export function validateLoadBalancerClass(old: ServiceW | undefined, svc: ServiceW): FieldError[] {
  const errs: FieldError[] = [];
  const cls = svc.spec?.loadBalancerClass;
  if (old && old.spec?.type === 'LoadBalancer' && svc.spec?.type === 'LoadBalancer') {
    if (old.spec.loadBalancerClass !== cls)
      errs.push(invalid('spec.loadBalancerClass', goOptStr(cls), 'may not change once set'));
  }
  if (svc.spec?.type === 'LoadBalancer') {
    if (cls !== undefined)
      errs.push(
        ...isQualifiedName(cls).map((m) => invalid('spec.loadBalancerClass', goQuote(cls), m)),
      );
  } else if (cls !== undefined) {
    errs.push(forbidden('spec.loadBalancerClass', LB_ONLY));
  }
  return errs;
}

function validateExternalTrafficPolicy(svc: ServiceW): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const etp = spec.externalTrafficPolicy ?? '';
  if (!externallyAccessible(spec)) {
    if (etp !== '')
      errs.push(
        invalid(
          'spec.externalTrafficPolicy',
          goQuote(etp),
          'may only be set for externally-accessible services',
        ),
      );
  } else if (etp === '') errs.push(required('spec.externalTrafficPolicy'));
  else if (etp !== 'Cluster' && etp !== 'Local')
    errs.push(notSupported('spec.externalTrafficPolicy', goQuote(etp), ['Cluster', 'Local']));
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck(spec)) {
    if (hc !== 0)
      errs.push(
        invalid(
          'spec.healthCheckNodePort',
          goInt(hc),
          "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'",
        ),
      );
  } else if (hc === 0) errs.push(required('spec.healthCheckNodePort'));
  else
    errs.push(...isValidPortNum(hc).map((m) => invalid('spec.healthCheckNodePort', goInt(hc), m)));
  return errs;
}

function validateTypeSpecific(svc: ServiceW): FieldError[] {
  const spec = svc.spec ?? {};
  const errs: FieldError[] = [];
  const first = goQuote(spec.clusterIPs?.[0] ?? '');
  if (spec.type === 'LoadBalancer' && isHeadless(svc))
    errs.push(
      invalid('spec.clusterIPs[0]', first, "may not be set to 'None' for LoadBalancer services"),
    );
  if (spec.type === 'NodePort' && isHeadless(svc))
    errs.push(
      invalid('spec.clusterIPs[0]', first, "may not be set to 'None' for NodePort services"),
    );
  if (spec.type === 'ExternalName') {
    const never = 'may not be set for ExternalName services';
    if ((spec.clusterIPs?.length ?? 0) > 0) errs.push(forbidden('spec.clusterIPs', never));
    if ((spec.ipFamilies?.length ?? 0) > 0) errs.push(forbidden('spec.ipFamilies', never));
    if (spec.ipFamilyPolicy !== undefined) errs.push(forbidden('spec.ipFamilyPolicy', never));
    const cname = (spec.externalName ?? '').replace(/\.$/, '');
    if (cname.length > 0)
      errs.push(
        ...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', goQuote(cname), m)),
      );
    else errs.push(required('spec.externalName'));
  }
  return errs;
}

function validatePortSets(svc: ServiceW): FieldError[] {
  const ports = svc.spec?.ports ?? [];
  const errs: FieldError[] = [];
  if (svc.spec?.type === 'ClusterIP')
    ports.forEach((p, i) => {
      if ((p.nodePort ?? 0) !== 0)
        errs.push(
          forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"),
        );
    });
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if ((p.nodePort ?? 0) === 0) return;
    const key = `${p.protocol ?? ''}/${p.nodePort}`;
    if (nodePorts.has(key))
      errs.push(duplicate(`spec.ports[${i}].nodePort`, goInt(p.nodePort ?? 0)));
    nodePorts.add(key);
  });
  const keys = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol ?? ''}/${p.port ?? 0}`;
    if (keys.has(key))
      errs.push(duplicate(`spec.ports[${i}]`, goServicePortKey(p.protocol ?? '', p.port ?? 0)));
    keys.add(key);
  });
  return errs;
}

function validateSourceRanges(svc: ServiceW): FieldError[] {
  const errs: FieldError[] = [];
  const ranges = svc.spec?.loadBalancerSourceRanges ?? [];
  const isLB = svc.spec?.type === 'LoadBalancer';
  const annotation = svc.metadata?.annotations?.[LB_SOURCE_RANGES_ANNOTATION];
  if (ranges.length > 0) {
    const f = 'spec.LoadBalancerSourceRanges';
    if (!isLB) errs.push(forbidden(f, LB_ONLY));
    ranges.forEach((r, i) => errs.push(...isValidCIDR(`${f}[${i}]`, r.trim())));
  } else if (annotation !== undefined) {
    const f = `metadata.annotations[${LB_SOURCE_RANGES_ANNOTATION}]`;
    if (!isLB) errs.push(forbidden(f, LB_ONLY));
    const val = annotation.trim();
    if (val !== '') for (const c of val.split(',')) errs.push(...isValidCIDR(f, c.trim()));
  }
  return errs;
}

export function validateService(svc: ServiceW): FieldError[] {
  const spec = svc.spec ?? {};
  const errs = validateObjectMeta(svc.metadata, true, nameIsDNS1035Label);
  const ann = svc.metadata?.annotations ?? {};
  const mode = ann[TOPOLOGY_MODE];
  const hints = ann[TOPOLOGY_HINTS];
  if (mode !== undefined && hints !== undefined && mode !== hints)
    errs.push(
      invalid(
        `metadata.annotations[${TOPOLOGY_MODE}]`,
        goQuote(mode),
        `must match annotations[${TOPOLOGY_HINTS}] when both are specified`,
      ),
    );
  const ports = spec.ports ?? [];
  if (ports.length === 0 && !isHeadless(svc) && spec.type !== 'ExternalName')
    errs.push(required('spec.ports'));
  errs.push(...validateTypeSpecific(svc));
  const names = new Set<string>();
  ports.forEach((p, i) =>
    errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)),
  );
  if (spec.selector !== undefined) errs.push(...validateLabels(spec.selector, 'spec.selector'));
  const aff = spec.sessionAffinity ?? '';
  if (aff === '') errs.push(required('spec.sessionAffinity'));
  else if (aff !== 'ClientIP' && aff !== 'None')
    errs.push(notSupported('spec.sessionAffinity', goQuote(aff), ['ClientIP', 'None']));
  if (aff === 'ClientIP') errs.push(...validateClientIPAffinityConfig(svc));
  else if (aff === 'None' && spec.sessionAffinityConfig !== undefined)
    errs.push(
      forbidden('spec.sessionAffinityConfig', 'must not be set when session affinity is None'),
    );
  errs.push(...validateServiceClusterIPsRelatedFields(svc));
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const f = `spec.externalIPs[${i}]`;
    const e = isValidIP(f, ip);
    errs.push(...(e.length > 0 ? e : validateEndpointIP(f, ip)));
  });
  const type = spec.type ?? '';
  const types = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
  if (type === '') errs.push(required('spec.type'));
  else if (!types.includes(type)) errs.push(notSupported('spec.type', goQuote(type), types));
  errs.push(...validatePortSets(svc));
  errs.push(...validateSourceRanges(svc));
  if (spec.allocateLoadBalancerNodePorts !== undefined && type !== 'LoadBalancer')
    errs.push(forbidden('spec.allocateLoadBalancerNodePorts', LB_ONLY));
  if (type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined)
    errs.push(required('allocateLoadBalancerNodePorts'));
  errs.push(...validateLoadBalancerClass(undefined, svc));
  errs.push(...validateExternalTrafficPolicy(svc));
  const itp = spec.internalTrafficPolicy;
  if (itp === undefined && (type === 'NodePort' || type === 'LoadBalancer' || type === 'ClusterIP'))
    errs.push(required('spec.internalTrafficPolicy'));
  if (itp !== undefined && itp !== 'Cluster' && itp !== 'Local')
    errs.push(notSupported('spec.internalTrafficPolicy', goQuote(itp), ['Cluster', 'Local']));
  if (spec.trafficDistribution !== undefined && spec.trafficDistribution !== 'PreferClose')
    errs.push(
      notSupported('spec.trafficDistribution', goQuote(spec.trafficDistribution), ['PreferClose']),
    );
  return errs;
}

export function validateServiceUpdate(svc: ServiceW, old: ServiceW): FieldError[] {
  const errs = validateObjectMetaUpdate(svc.metadata, old.metadata);
  errs.push(...validateUpgradeDowngradeClusterIPs(old, svc));
  errs.push(...validateUpgradeDowngradeIPFamilies(old, svc));
  errs.push(...validateLoadBalancerClass(old, svc));
  if (needsHealthCheck(old.spec) && needsHealthCheck(svc.spec)) {
    if ((svc.spec?.healthCheckNodePort ?? 0) !== (old.spec?.healthCheckNodePort ?? 0))
      errs.push(forbidden('spec.healthCheckNodePort', 'field is immutable'));
  }
  return [...errs, ...validateService(svc)];
}
