/** `kubectl delete TYPE NAME… | TYPE/NAME… | -f FILE | TYPE -l SEL | TYPE --all` (v1.33 wording). */

import { dispatch } from '../../shell/session.ts';
import type { ProcResult } from '../../shell/types.ts';
import { parseManifestStream, type ResourceName } from './deps.ts';
import { readSources } from './files.ts';
import type { FlagDef } from './flags.ts';
import { list, metaOf } from './objects.ts';
import { parseSelector } from './selector.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

const FLAGS: FlagDef[] = [
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'all', type: 'bool' },
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'field-selector', type: 'string' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'force', type: 'bool' },
  { name: 'now', type: 'bool' },
  { name: 'grace-period', type: 'int' },
  { name: 'wait', type: 'bool' },
  { name: 'timeout', type: 'string' },
  { name: 'cascade', type: 'string', noOptDefVal: 'background' },
  { name: 'dry-run', type: 'string', noOptDefVal: 'unchanged' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'interactive', short: 'i', type: 'bool' },
  { name: 'raw', type: 'string' },
  { name: 'kustomize', short: 'k', type: 'string' },
];

const NO_ARGS = `error: You must provide one or more resources by argument or filename.
Example resource specifications include:
   '-f rsrc.yaml'
   '--filename=rsrc.json'
   '<resource> <name>'
   '<resource>'
`;

const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';

/** Registry kind names for printer resource names (endpoints are not served by the registry). */
const KIND: Record<ResourceName, string> = {
  services: 'services',
  pods: 'pods',
  deployments: 'deployments',
  replicasets: 'replicasets',
  endpoints: 'endpoints',
  endpointslices: 'endpointslices',
  nodes: 'nodes',
  namespaces: 'namespaces',
};

interface Item {
  kind: string;
  name: string;
  namespace?: string;
  source?: string;
}

function deleteItems(k: Kctx, items: Item[]): ProcResult {
  const force = k.flags.bool('force') && k.flags.int('grace-period', -1) === 0;
  let stdout = '';
  let stderr = force && items.length > 0 ? FORCE_WARNING : '';
  let code = 0;
  for (const it of items) {
    const r = dispatch(k.s, {
      type: 'object/deleted',
      kind: it.kind,
      name: it.name,
      ...(it.namespace ? { namespace: it.namespace } : {}),
    });
    if (r.ok) stdout += `${force ? r.message.replace(/ deleted$/, ' force deleted') : r.message}\n`;
    else if (k.flags.bool('ignore-not-found') && r.message.includes('(NotFound)')) continue;
    else {
      stderr += `${it.source ? r.message.replace('): ', `): error when deleting "${it.source}": `) : r.message}\n`;
      code = 1;
    }
  }
  return { stdout, stderr, code };
}

function fromFiles(k: Kctx, files: string[]): ProcResult {
  const sources = readSources(k.s, files, k.stdin);
  if (typeof sources === 'string') return kerr(sources);
  const items: Item[] = [];
  for (const src of sources) {
    const parsed = parseManifestStream(src.text);
    for (const doc of parsed.documents) {
      const v = doc.value as {
        kind?: unknown;
        metadata?: { name?: unknown; namespace?: unknown };
      } | null;
      if (!v || typeof v !== 'object') continue;
      const kind = typeof v.kind === 'string' ? v.kind : '';
      const name = typeof v.metadata?.name === 'string' ? v.metadata.name : '';
      const ns = typeof v.metadata?.namespace === 'string' ? v.metadata.namespace : k.namespace;
      items.push({ kind, name, namespace: ns, source: src.name });
    }
    if (parsed.error) return kerr(`error: error parsing ${src.name}: ${parsed.error.message}`);
  }
  return deleteItems(k, items);
}

export function runDelete(k: Kctx): ProcResult {
  const f = k.flags;
  const files = f.list('filename');
  if (files.length > 0) {
    if (f.args.length > 0)
      return kerr(
        'error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well',
      );
    return fromFiles(k, files);
  }
  if (f.args.length === 0) return { stdout: '', stderr: NO_ARGS, code: 1 };
  const parsed = parseTargets(f.args);
  if (!parsed.ok) return kerr(parsed.message);
  if (parsed.unmodeled) return { stdout: '', stderr: 'No resources found\n', code: 0 };
  const byName = parsed.targets.some((t) => t.name !== undefined);
  const all = f.bool('all');
  const hasSelector = f.has('selector');
  if (!byName && !all && !hasSelector)
    return kerr('error: resource(s) were provided, but no name was specified');
  if (byName && (all || hasSelector))
    return kerr('error: name cannot be provided when a selector is specified');
  const items: Item[] = [];
  if (byName) {
    for (const t of parsed.targets)
      items.push({ kind: KIND[t.resource], name: t.name as string, namespace: k.namespace });
  } else {
    const sel = hasSelector ? parseSelector(f.str('selector')) : undefined;
    if (typeof sel === 'string') return kerr(sel);
    const ns = f.bool('all-namespaces') ? undefined : k.namespace;
    for (const r of parsed.types) {
      for (const o of list(k.s.state, r, ns, sel)) {
        const m = metaOf(o);
        items.push({
          kind: KIND[r],
          name: m.name,
          ...(m.namespace ? { namespace: m.namespace } : {}),
        });
      }
    }
    if (items.length === 0) return { stdout: '', stderr: 'No resources found\n', code: 0 };
  }
  return deleteItems(k, items);
}

export const DELETE: CommandDef = { name: 'delete', flags: FLAGS, run: runDelete };
