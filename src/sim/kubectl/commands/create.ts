/**
 * `kubectl create -f`, `create service clusterip|nodeport|loadbalancer|externalname`,
 * `create deployment`, `create namespace` — objects built as create_service.go,
 * create_deployment.go and create_namespace.go build them.
 */

import type { JsonValue } from '../printers/wire.ts';
import type { ProcResult } from '../../shell/types.ts';
import { APPLY_FLAGS, runCreateFromFiles } from './apply.ts';
import type { FlagDef } from './flags.ts';
import { createObject, nameArg } from './imperative.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

const COMMON: FlagDef[] = [
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'save-config', type: 'bool' },
  { name: 'validate', type: 'string', noOptDefVal: 'strict' },
  { name: 'field-manager', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'allow-missing-template-keys', type: 'bool' },
];

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** create_service.go parsePorts: `port[:targetPort]`, targetPort a number or an IANA name. */
function parsePort(spec: string): { port: number; target: number | string } | string {
  const [p, t] = spec.split(':');
  if (!/^\d+$/.test(p ?? '') || Number(p) > 65535) {
    const why = /^\d+$/.test(p ?? '') ? 'value out of range' : 'invalid syntax';
    return `strconv.ParseUint: parsing "${p ?? ''}": ${why}`;
  }
  const port = Number(p);
  if (t === undefined) return { port, target: port };
  if (/^-?\d+$/.test(t)) {
    const n = Number(t);
    if (n < 1 || n > 65535) return 'must be between 1 and 65535, inclusive';
    return { port, target: n };
  }
  if (t.length > 15) return 'must be no more than 15 characters';
  if (!/^[-a-z0-9]+$/.test(t))
    return 'must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)';
  if (!/[a-z]/.test(t)) return 'must contain at least one letter (a-z)';
  if (t.includes('--')) return 'must not contain consecutive hyphens';
  if (t.startsWith('-') || t.endsWith('-')) return 'must not begin or end with a hyphen';
  return { port, target: t };
}

type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

function createService(k: Kctx, type: ServiceType): ProcResult {
  const name = nameArg(k);
  if (typeof name !== 'string') return name;
  const f = k.flags;
  const tcp = f.list('tcp');
  const clusterIP = f.str('clusterip');
  const externalName = f.str('external-name');
  if (type === 'ExternalName' && !f.has('external-name'))
    return kerr('error: required flag(s) "external-name" not set');
  if (clusterIP === 'None' && type !== 'ClusterIP')
    return kerr('error: ClusterIP=None can only be used with ClusterIP service type');
  if (clusterIP !== 'None' && tcp.length === 0 && type !== 'ExternalName') {
    return kerr('error: at least one tcp port specifier must be provided');
  }
  if (
    type === 'ExternalName' &&
    (externalName.length > 253 || !DNS1123_SUBDOMAIN.test(externalName))
  ) {
    return kerr(`error: invalid service external name ${externalName}`);
  }
  const ports: JsonValue[] = [];
  for (const spec of tcp) {
    const p = parsePort(spec);
    if (typeof p === 'string') return kerr(`error: ${p}`);
    const nodePort = f.int('node-port', 0);
    ports.push({
      name: spec.replace(/:/g, '-'),
      port: p.port,
      protocol: 'TCP',
      targetPort: p.target,
      ...(nodePort ? { nodePort } : {}),
    });
  }
  const spec: Record<string, JsonValue> = {
    ...(ports.length ? { ports } : {}),
    selector: { app: name },
    type,
    ...(externalName ? { externalName } : {}),
    ...(clusterIP ? { clusterIP } : {}),
  };
  const obj: Record<string, JsonValue> = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: {
      name,
      creationTimestamp: null,
      labels: { app: name },
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    },
    spec,
    status: { loadBalancer: {} },
  };
  return createObject(k, obj, { wrap: (raw) => `failed to create ${type} service: ${raw}` });
}

const serviceSub = (name: string, type: ServiceType, extra: FlagDef[]): CommandDef => ({
  name,
  flags: [...COMMON, { name: 'tcp', type: 'strings' }, ...extra],
  run: (k) => createService(k, type),
});

/** Container name from an image (create_deployment.go buildPodSpec): last path part, no tag. */
function containerName(image: string): string {
  const base = (image.split('@')[0] ?? '').split('/').pop() ?? image;
  return (base.split(':')[0] ?? base).replace(/[^a-z0-9-]/g, '-');
}

function createDeployment(k: Kctx): ProcResult {
  const name = nameArg(k);
  if (typeof name !== 'string') return name;
  const images = k.flags.list('image');
  if (images.length === 0) return kerr('error: required flag(s) "image" not set');
  const port = k.flags.int('port', -1);
  const containers: JsonValue[] = images.map((image) => ({
    image,
    name: containerName(image),
    ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
    resources: {},
  }));
  const labels = { app: name };
  const obj: Record<string, JsonValue> = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: {
      name,
      creationTimestamp: null,
      labels,
      ...(k.nsExplicit ? { namespace: k.namespace } : {}),
    },
    spec: {
      replicas: k.flags.int('replicas', 1),
      selector: { matchLabels: labels },
      template: { metadata: { creationTimestamp: null, labels }, spec: { containers } },
      strategy: {},
    },
    status: {},
  };
  return createObject(k, obj);
}

function createNamespace(k: Kctx): ProcResult {
  const name = nameArg(k);
  if (typeof name !== 'string') return name;
  const obj: Record<string, JsonValue> = {
    kind: 'Namespace',
    apiVersion: 'v1',
    metadata: { name, creationTimestamp: null },
    spec: {},
    status: {},
  };
  return createObject(k, obj);
}

const SERVICE: CommandDef = {
  name: 'service',
  aliases: ['svc'],
  flags: [],
  sub: [
    serviceSub('clusterip', 'ClusterIP', [{ name: 'clusterip', type: 'string' }]),
    serviceSub('nodeport', 'NodePort', [{ name: 'node-port', type: 'int' }]),
    serviceSub('loadbalancer', 'LoadBalancer', []),
    serviceSub('externalname', 'ExternalName', [{ name: 'external-name', type: 'string' }]),
  ],
};

export const CREATE: CommandDef = {
  name: 'create',
  flags: APPLY_FLAGS,
  run: (k) => {
    if (k.flags.args.length > 0) {
      return kerr(
        `error: Unexpected args: [${k.flags.args.join(' ')}]\nSee '${k.path} -h' for help and examples`,
      );
    }
    if (k.flags.list('filename').length === 0) {
      return { stdout: '', stderr: 'Error: must specify one of -f and -k\n\n', code: 1 };
    }
    return runCreateFromFiles(k);
  },
  sub: [
    SERVICE,
    {
      name: 'deployment',
      aliases: ['deploy'],
      flags: [
        ...COMMON,
        { name: 'image', type: 'stringArray' },
        { name: 'replicas', short: 'r', type: 'int' },
        { name: 'port', type: 'int' },
      ],
      run: createDeployment,
    },
    { name: 'namespace', aliases: ['ns'], flags: COMMON, run: createNamespace },
  ],
};
