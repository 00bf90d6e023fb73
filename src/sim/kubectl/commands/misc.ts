/** `kubectl version`, `cluster-info`, `config view|current-context|get-contexts`, `api-resources`. */

import type { ProcResult } from '../../shell/types.ts';
import { TabWriter, TABLE_TABWRITER } from '../printers/index.ts';
import { RESOURCES } from './deps.ts';
import { kerr, out, type CommandDef, type Kctx } from './types.ts';

/** kustomize bundled with kubectl 1.33. */
const KUSTOMIZE = 'v5.6.0';

const apiServer = (k: Kctx): string => {
  const cp = k.s.state.config.nodes.find((n) => n.controlPlane) ?? k.s.state.config.nodes[0];
  return `https://${cp?.ip ?? '127.0.0.1'}:6443`;
};

function version(k: Kctx): ProcResult {
  const v = k.s.state.config.kubernetesVersion;
  const o = k.flags.str('output');
  const client = k.flags.bool('client');
  if (o === 'yaml' || o === 'json') {
    const info = (gv: string) => ({
      major: gv.replace(/^v/, '').split('.')[0] ?? '1',
      minor: gv.split('.')[1] ?? '33',
      gitVersion: gv,
      gitTreeState: 'clean',
      goVersion: 'go1.24.2',
      compiler: 'gc',
      platform: 'linux/amd64',
    });
    const doc = {
      clientVersion: info(v),
      kustomizeVersion: KUSTOMIZE,
      ...(client ? {} : { serverVersion: info(v) }),
    };
    if (o === 'json') return out(`${JSON.stringify(doc, null, 2)}\n`);
    const yaml = (obj: Record<string, unknown>, indent: string): string =>
      Object.entries(obj)
        .map(([key, val]) =>
          typeof val === 'object' && val !== null
            ? `${indent}${key}:\n${yaml(val as Record<string, unknown>, `${indent}  `)}`
            : `${indent}${key}: ${val}\n`,
        )
        .join('');
    return out(yaml(doc, ''));
  }
  if (o) return kerr(`error: --output must be 'yaml' or 'json'`);
  return out(
    `Client Version: ${v}\nKustomize Version: ${KUSTOMIZE}\n${client ? '' : `Server Version: ${v}\n`}`,
  );
}

function clusterInfo(k: Kctx): ProcResult {
  if (k.flags.args[0] === 'dump')
    return kerr('error: cluster-info dump is not available in this playground');
  const base = apiServer(k);
  let text = `Kubernetes control plane is running at ${base}\n`;
  for (const svc of Object.values(k.s.state.services)) {
    const l = svc.metadata.labels ?? {};
    if (svc.metadata.namespace !== 'kube-system' || l['kubernetes.io/cluster-service'] !== 'true')
      continue;
    const name = l['kubernetes.io/name'] ?? svc.metadata.name;
    const port = svc.spec.ports?.[0];
    const portPart = port?.name ? `:${port.name}` : '';
    text += `${name} is running at ${base}/api/v1/namespaces/kube-system/services/${svc.metadata.name}${portPart}/proxy\n`;
  }
  return out(
    `${text}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`,
  );
}

function configView(k: Kctx): ProcResult {
  return out(`apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: ${apiServer(k)}
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`);
}

function getContexts(): ProcResult {
  const w = new TabWriter(TABLE_TABWRITER);
  w.write('CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE\n');
  w.write('*\tkubernetes-admin@kubernetes\tkubernetes\tkubernetes-admin\t\n');
  return out(w.toString());
}

function apiResources(k: Kctx): ProcResult {
  const w = new TabWriter(TABLE_TABWRITER);
  const wide = k.flags.str('output') === 'wide';
  const name = k.flags.str('output') === 'name';
  const rows = [...RESOURCES].sort(
    (a, b) => a.group.localeCompare(b.group) || a.resource.localeCompare(b.resource),
  );
  if (name) return out(rows.map((r) => `${r.resource}${r.group ? `.${r.group}` : ''}\n`).join(''));
  w.write(`NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND${wide ? '\tVERBS\tCATEGORIES' : ''}\n`);
  for (const r of rows) {
    const gv = r.group ? `${r.group}/${r.version}` : r.version;
    const verbs = '[create delete deletecollection get list patch update watch]';
    const cats = ['pods', 'services', 'deployments', 'replicasets'].includes(r.resource)
      ? 'all'
      : '';
    w.write(
      `${r.resource}\t${r.shortNames.join(',')}\t${gv}\t${r.namespaced}\t${r.kind}${wide ? `\t${verbs}\t${cats}` : ''}\n`,
    );
  }
  return out(w.toString());
}

export const VERSION: CommandDef = {
  name: 'version',
  flags: [
    { name: 'client', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  run: version,
};

export const CLUSTER_INFO: CommandDef = { name: 'cluster-info', flags: [], run: clusterInfo };

export const API_RESOURCES: CommandDef = {
  name: 'api-resources',
  flags: [
    { name: 'output', short: 'o', type: 'string' },
    { name: 'namespaced', type: 'bool' },
    { name: 'api-group', type: 'string' },
    { name: 'verbs', type: 'strings' },
    { name: 'sort-by', type: 'string' },
    { name: 'no-headers', type: 'bool' },
    { name: 'cached', type: 'bool' },
    { name: 'categories', type: 'strings' },
  ],
  run: apiResources,
};

export const CONFIG: CommandDef = {
  name: 'config',
  flags: [],
  sub: [
    {
      name: 'view',
      flags: [
        { name: 'minify', type: 'bool' },
        { name: 'raw', type: 'bool' },
        { name: 'flatten', type: 'bool' },
        { name: 'output', short: 'o', type: 'string' },
      ],
      run: configView,
    },
    { name: 'current-context', flags: [], run: () => out('kubernetes-admin@kubernetes\n') },
    {
      name: 'get-contexts',
      flags: [
        { name: 'output', short: 'o', type: 'string' },
        { name: 'no-headers', type: 'bool' },
      ],
      run: getContexts,
    },
  ],
};
