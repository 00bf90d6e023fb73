/** `kubectl describe`: by name, by name prefix (as kubectl falls back to), by selector, or all. */

import type { SimState } from '../../model/state.ts';
import type { Deployment, EndpointSlice, Node, Pod, Service } from '../../model/types.ts';
import type { ProcResult } from '../../shell/types.ts';
import {
  ENDPOINTS_DEPRECATION_WARNING,
  describeDeployment,
  describeEndpointSlice,
  describeEndpoints,
  describeNode,
  describePod,
  describeService,
  noResourcesMessage,
  type Endpoints,
  type Printable,
  type ResourceName,
} from './deps.ts';
import type { FlagDef } from './flags.ts';
import { findObject, isNamespaced, list, metaOf, notFound } from './objects.ts';
import { parseSelector, type Selector } from './selector.ts';
import { parseTargets } from './targets.ts';
import { kerr, type CommandDef, type Kctx } from './types.ts';

const FLAGS: FlagDef[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'show-events', type: 'bool' },
  { name: 'filename', short: 'f', type: 'strings' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
];

const MISSING_TYPE = `You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.

error: Required resource not specified.
Use "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).
See 'kubectl describe -h' for help and examples
`;

function describeOne(
  state: SimState,
  r: ResourceName,
  obj: Printable,
  now: number,
  showEvents: boolean,
): string | undefined {
  const opts = { now, showEvents };
  switch (r) {
    case 'services':
      return describeService(state, obj as Service, opts);
    case 'pods':
      return describePod(state, obj as Pod, opts);
    case 'nodes':
      return describeNode(state, obj as Node, opts);
    case 'deployments':
      return describeDeployment(state, obj as Deployment, opts);
    case 'endpoints':
      return describeEndpoints(state, obj as Endpoints, opts);
    case 'endpointslices':
      return describeEndpointSlice(state, obj as EndpointSlice, opts);
    default:
      return undefined;
  }
}

export function runDescribe(k: Kctx): ProcResult {
  const f = k.flags;
  if (f.args.length === 0) return { stdout: '', stderr: MISSING_TYPE, code: 1 };
  const parsed = parseTargets(f.args);
  if (!parsed.ok) return kerr(parsed.message);
  const allNs = f.bool('all-namespaces');
  const ns = k.namespace;
  if (parsed.unmodeled)
    return { stdout: '', stderr: `${noResourcesMessage(allNs ? undefined : ns)}\n`, code: 0 };
  let selector: Selector | undefined;
  if (f.has('selector')) {
    const sel = parseSelector(f.str('selector'));
    if (typeof sel === 'string') return kerr(sel);
    selector = sel;
  }
  const found: { r: ResourceName; obj: Printable }[] = [];
  const errors: string[] = [];
  for (const t of parsed.targets) {
    if (t.name === undefined) {
      for (const obj of list(k.s.state, t.resource, allNs ? undefined : ns, selector))
        found.push({ r: t.resource, obj });
      continue;
    }
    const exact = findObject(k.s.state, t.resource, ns, t.name);
    if (exact) {
      found.push({ r: t.resource, obj: exact });
      continue;
    }
    const prefixed = list(k.s.state, t.resource, ns).filter((o) =>
      metaOf(o).name.startsWith(t.name as string),
    );
    if (prefixed.length === 0) errors.push(notFound(t.resource, t.name));
    for (const obj of prefixed) found.push({ r: t.resource, obj });
  }
  const showEvents = f.has('show-events') ? f.bool('show-events') : true;
  const parts: string[] = [];
  for (const { r, obj } of found) {
    const text = describeOne(k.s.state, r, obj, k.s.at, showEvents);
    if (text === undefined) {
      errors.push(`error: describing ${r} is not supported by the simulated kubectl`);
      continue;
    }
    parts.push(text);
  }
  const stdout = parts.join('\n\n');
  // Any v1 Endpoints request carries the API server's deprecation warning (printed once).
  let stderr = parsed.types.includes('endpoints') ? `${ENDPOINTS_DEPRECATION_WARNING}\n` : '';
  const byName = parsed.targets.some((t) => t.name !== undefined);
  if (found.length === 0 && !byName) {
    const clusterScoped = parsed.types.every((r) => !isNamespaced(r));
    stderr += `${noResourcesMessage(allNs || clusterScoped ? undefined : ns)}\n`;
  }
  if (errors.length > 0) return { stdout, stderr: `${stderr}${errors.join('\n')}\n`, code: 1 };
  return { stdout, stderr, code: 0 };
}

export const DESCRIBE: CommandDef = { name: 'describe', flags: FLAGS, run: runDescribe };
