import { withReadiness } from './controllers/kubelet.ts';
import { reconcile } from './controllers/reconcile.ts';
import type { SimState } from './model/state.ts';
import type { SendRequest, Trace } from './model/trace.ts';
import type { Kind } from './model/types.ts';
import type { JsonObject } from './apiserver/index.ts';
import { applyStream } from './registry/apply.ts';
import { patchObject, type PatchResult } from './registry/patch.ts';
import { resolveResource } from './registry/resources.ts';
import type { ApplyOptions, ApplyResult } from './registry/results.ts';
import { agentOf, remove, store } from './registry/store.ts';
import { Txn } from './registry/txn.ts';
import { sendRequest } from './traffic/send.ts';
import { resolveName, type ResolveOptions, type ResolveResult } from './traffic/resolve.ts';

/**
 * Everything that can happen to the simulated cluster, as past-tense events. Each carries the
 * wall-clock time it happened at (`at`, ms since epoch): the reducer never reads a clock.
 */
export type SimAction =
  | ({ type: 'manifests/applied'; text: string; at: number } & ApplyOptions)
  | { type: 'object/deleted'; kind: string; name: string; namespace?: string; at: number }
  | { type: 'deployment/scaled'; name: string; namespace?: string; replicas: number; at: number }
  | { type: 'pod/readinessChanged'; name: string; namespace?: string; ready: boolean; at: number }
  | {
      type: 'object/patched';
      kind: string;
      name: string;
      namespace?: string;
      patch: JsonObject;
      /** `status`: `kubectl patch --subresource=status` (only the status changes). */
      subresource?: 'status';
      at: number;
    }
  | { type: 'request/sent'; request: SendRequest; at: number }
  | { type: 'dns/resolved'; name: string; options: ResolveOptions; at: number };

/** `{ ok: true, message }` is what kubectl prints on stdout; `{ ok: false, message }` on stderr. */
export interface OpResult {
  ok: boolean;
  message: string;
}

export interface ResultOf {
  'manifests/applied': ApplyResult;
  'object/deleted': OpResult;
  'deployment/scaled': OpResult;
  'pod/readinessChanged': OpResult;
  'object/patched': PatchResult;
  'request/sent': Trace;
  'dns/resolved': ResolveResult;
}

export type StepResult<A extends SimAction> = { state: SimState; result: ResultOf[A['type']] };

const notFound = (resource: string, name: string): OpResult => ({
  ok: false,
  message: `Error from server (NotFound): ${resource} "${name}" not found`,
});

/** Applies one action and returns the next state together with what the action reported. */
export function step<A extends SimAction>(state: SimState, action: A): StepResult<A> {
  const txn = new Txn(state, action.at);
  const result = run(txn, action);
  reconcile(txn, agentOf);
  return { state: txn.commit(), result: result as ResultOf[A['type']] };
}

/** The pure reducer: the next state for an action (results are dropped; use `step` for them). */
export function reduce(state: SimState, action: SimAction): SimState {
  return step(state, action).state;
}

function run(txn: Txn, action: SimAction): ResultOf[SimAction['type']] {
  switch (action.type) {
    case 'manifests/applied': {
      const { text, source, namespace, mode } = action;
      return applyStream(txn, text, {
        ...(source ? { source } : {}),
        ...(namespace ? { namespace } : {}),
        ...(mode ? { mode } : {}),
      });
    }
    case 'object/deleted': {
      const info = resolveResource(action.kind);
      if (!info)
        return {
          ok: false,
          message: `error: the server doesn't have a resource type "${action.kind}"`,
        };
      const ns = info.namespaced ? (action.namespace ?? 'default') : undefined;
      if (!remove(txn, info.kind as Kind, ns, action.name))
        return notFound(info.resource + (info.group ? `.${info.group}` : ''), action.name);
      return {
        ok: true,
        message: `${info.singular}${info.group ? `.${info.group}` : ''} "${action.name}" deleted`,
      };
    }
    case 'deployment/scaled': {
      const ns = action.namespace ?? 'default';
      const d = txn.get('Deployment', ns, action.name);
      if (!d) return notFound('deployments.apps', action.name);
      if (!Number.isInteger(action.replicas) || action.replicas < 0) {
        return {
          ok: false,
          message:
            'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
        };
      }
      if (d.spec.replicas !== action.replicas)
        store(txn, { ...d, spec: { ...d.spec, replicas: action.replicas } }, d);
      return { ok: true, message: `deployment.apps/${action.name} scaled` };
    }
    case 'pod/readinessChanged': {
      const ns = action.namespace ?? 'default';
      const pod = txn.get('Pod', ns, action.name);
      if (!pod) return notFound('pods', action.name);
      const next = withReadiness(pod, action.ready, action.at);
      if (next !== pod) {
        txn.put({ ...next, metadata: txn.updatedMeta(pod.metadata, {}) });
        txn.dirtyPods.push({ namespace: ns, labels: [pod.metadata.labels] });
        const owner = pod.metadata.ownerReferences?.find((r) => r.controller);
        if (owner?.kind === 'ReplicaSet') txn.dirtyReplicaSets.add(`${ns}/${owner.name}`);
      }
      return { ok: true, message: `pod/${action.name} ${action.ready ? 'ready' : 'not ready'}` };
    }
    case 'object/patched':
      return patchObject(
        txn,
        action.kind,
        action.name,
        action.namespace,
        action.patch,
        action.subresource,
      );
    case 'request/sent':
      return sendRequest(txn, action.request);
    case 'dns/resolved':
      return resolveName(txn, action.name, action.options);
  }
}
