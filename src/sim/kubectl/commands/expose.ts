/** `kubectl expose deployment|pod|service|replicaset NAME` — expose.go createService. */

import type { Deployment, Pod, ReplicaSet, Service } from '../../model/types.ts';
import type { JsonValue } from '../printers/wire.ts';
import type { ProcResult } from '../../shell/types.ts';
import type { ResourceName } from './deps.ts';
import type { FlagDef } from './flags.ts';
import { createObject } from './imperative.ts';
import { findObject, notFound } from './objects.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

const FLAGS: FlagDef[] = [
  { name: 'port', type: 'string' },
  { name: 'target-port', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'protocol', type: 'string' },
  { name: 'selector', type: 'string' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'cluster-ip', type: 'string' },
  { name: 'external-ip', type: 'string' },
  { name: 'load-balancer-ip', type: 'string' },
  { name: 'session-affinity', type: 'string' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'overrides', type: 'string' },
  { name: 'override-type', type: 'string' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'record', type: 'bool' },
  { name: 'field-manager', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'allow-missing-template-keys', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
];

const NO_ARGS = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

const KIND_OF: Partial<Record<ResourceName, string>> = {
  nodes: 'Node',
  namespaces: 'Namespace',
  endpoints: 'Endpoints',
  endpointslices: 'EndpointSlice',
};

const joinLabels = (m: Readonly<Record<string, string>>): string =>
  Object.keys(m)
    .sort()
    .map((k) => `${k}=${m[k]}`)
    .join(',');

function parseLabelList(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const kv = part.split('=');
    if (kv.length !== 2) return `unexpected label spec: ${part}`;
    if (!kv[0]) return 'unexpected empty label key';
    out[kv[0]] = kv[1] as string;
  }
  return out;
}

interface Introspected {
  selector: string;
  ports: string[];
  protocols: Map<string, string[]>;
  labels: Record<string, string>;
}

function introspect(r: ResourceName, obj: unknown): Introspected | string {
  const fromContainers = (containers: Pod['spec']['containers']) => {
    const ports: string[] = [];
    const protocols = new Map<string, string[]>();
    for (const c of containers) {
      for (const p of c.ports ?? []) {
        const key = String(p.containerPort);
        ports.push(key);
        protocols.set(key, [...(protocols.get(key) ?? []), p.protocol ?? 'TCP']);
      }
    }
    return { ports, protocols };
  };
  switch (r) {
    case 'pods': {
      const p = obj as Pod;
      const labels = p.metadata.labels ?? {};
      if (Object.keys(labels).length === 0) return 'the pod has no labels and cannot be exposed';
      return { selector: joinLabels(labels), ...fromContainers(p.spec.containers), labels };
    }
    case 'deployments':
    case 'replicasets': {
      const d = obj as Deployment | ReplicaSet;
      if ((d.spec.selector.matchExpressions ?? []).length > 0) {
        return 'couldn\'t convert expressions - "%+v" to map-based selector format';
      }
      return {
        selector: joinLabels(d.spec.selector.matchLabels ?? {}),
        ...fromContainers(d.spec.template.spec.containers),
        labels: d.metadata.labels ?? {},
      };
    }
    case 'services': {
      const s = obj as Service;
      if (!s.spec.selector || Object.keys(s.spec.selector).length === 0)
        return 'the service has no pod selector set';
      const ports = (s.spec.ports ?? []).map((p) => String(p.port));
      const protocols = new Map<string, string[]>();
      for (const p of s.spec.ports ?? [])
        protocols.set(String(p.port), [...(protocols.get(String(p.port)) ?? []), p.protocol]);
      return {
        selector: joinLabels(s.spec.selector),
        ports,
        protocols,
        labels: s.metadata.labels ?? {},
      };
    }
    default:
      return `cannot expose a ${KIND_OF[r] ?? r}`;
  }
}

export function runExpose(k: Kctx): ProcResult {
  const f = k.flags;
  if (f.args.length === 0) return { stdout: '', stderr: NO_ARGS, code: 1 };
  const parsed = parseTargets(f.args);
  if (!parsed.ok) return kerr(parsed.message);
  const t = parsed.targets[0];
  if (!t || t.name === undefined)
    return kerr('error: resource(s) were provided, but no name was specified');
  const obj = findObject(k.s.state, t.resource, k.namespace, t.name);
  if (!obj) return kerr(notFound(t.resource, t.name));
  const info = introspect(t.resource, obj);
  if (typeof info === 'string') {
    if (info.startsWith('cannot expose')) return kerr(`error: ${info}`);
    return kerr(`error: couldn't retrieve selectors via --selector flag or introspection: ${info}`);
  }
  const selector = parseLabelList(f.str('selector') || info.selector);
  if (typeof selector === 'string') return kerr(`error: ${selector}`);
  const labelsText = f.str('labels');
  const labels = labelsText ? parseLabelList(labelsText) : info.labels;
  if (typeof labels === 'string') return kerr(`error: ${labels}`);
  const clusterIP = f.str('cluster-ip');
  const headless = clusterIP === 'None';
  const portList = f.str('port') ? [f.str('port')] : info.ports;
  if (portList.length === 0 && !headless)
    return kerr("error: couldn't find port via --port flag or introspection");
  const ports: JsonValue[] = [];
  for (const [i, p] of portList.entries()) {
    if (!/^\d+$/.test(p)) return kerr(`error: strconv.Atoi: parsing "${p}": invalid syntax`);
    const port = Number(p);
    const name = portList.length > 1 ? `port-${i + 1}` : undefined;
    const protos = f.str('protocol') ? [f.str('protocol')] : (info.protocols.get(p) ?? ['TCP']);
    if (protos.length > 1 && !f.str('protocol')) {
      for (const proto of protos)
        ports.push({ name: `port-${i + 1}-${proto.toLowerCase()}`, port, protocol: proto });
      continue;
    }
    ports.push({ ...(name ? { name } : {}), port, protocol: protos[0] ?? 'TCP' });
  }
  const target = f.str('target-port');
  for (const p of ports as Record<string, JsonValue>[]) {
    p.targetPort = target ? (/^\d+$/.test(target) ? Number(target) : target) : (p.port as number);
  }
  const type = f.str('type');
  const affinity = f.str('session-affinity');
  if (affinity && affinity !== 'None' && affinity !== 'ClientIP')
    return kerr(`error: unknown session affinity: ${affinity}`);
  const svc: Record<string, JsonValue> = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: {
      name: (f.str('name') || t.name).slice(0, 63),
      creationTimestamp: null,
      ...(Object.keys(labels).length ? { labels } : {}),
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    },
    spec: {
      ...(ports.length ? { ports } : {}),
      selector,
      ...(type ? { type } : {}),
      ...(clusterIP ? { clusterIP } : {}),
      ...(f.str('external-ip') ? { externalIPs: [f.str('external-ip')] } : {}),
      ...(type === 'LoadBalancer' && f.str('load-balancer-ip')
        ? { loadBalancerIP: f.str('load-balancer-ip') }
        : {}),
      ...(affinity ? { sessionAffinity: affinity } : {}),
    },
    status: { loadBalancer: {} },
  };
  return createObject(k, svc, { verb: 'exposed' });
}

export const EXPOSE: CommandDef = { name: 'expose', flags: FLAGS, run: runExpose };
