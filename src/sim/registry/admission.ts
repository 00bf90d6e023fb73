import {
  admitDeploymentCreate,
  admitDeploymentUpdate,
  admitEndpointSliceCreate,
  admitEndpointSliceUpdate,
  admitNamespaceCreate,
  admitNamespaceUpdate,
  admitPodCreate,
  admitPodUpdate,
  admitServiceCreate,
  admitServiceUpdate,
  type JsonObject,
  type ServiceAllocator,
} from '../apiserver/index.ts';
import type { ApiError } from '../model/errors.ts';
import type {
  Deployment,
  EndpointSlice,
  KubeObject,
  Namespace,
  Node,
  Pod,
  Service,
} from '../model/types.ts';

export type Admitted =
  { ok: true; object: KubeObject; warnings: string[] } | { ok: false; error: ApiError };

/**
 * The API server's create/update strategy for each kind the registry stores. `live` present means
 * an update (the input is the object the PATCH produced).
 */
export function admit(
  kind: string,
  input: JsonObject,
  live: KubeObject | undefined,
  alloc: ServiceAllocator,
): Admitted {
  switch (kind) {
    case 'Service':
      return live
        ? admitServiceUpdate(input, live as Service, alloc)
        : admitServiceCreate(input, alloc);
    case 'Pod':
      return live ? admitPodUpdate(input, live as Pod) : admitPodCreate(input);
    case 'Deployment':
      return live ? admitDeploymentUpdate(input, live as Deployment) : admitDeploymentCreate(input);
    case 'EndpointSlice':
      return live
        ? admitEndpointSliceUpdate(input, live as EndpointSlice)
        : admitEndpointSliceCreate(input);
    case 'Namespace':
      return live ? admitNamespaceUpdate(input, live as Namespace) : admitNamespaceCreate(input);
    case 'Node':
      // Nodes register themselves; users only relabel, annotate or taint them (kubectl label node …).
      return live
        ? {
            ok: true,
            object: { ...(input as unknown as Node), status: (live as Node).status },
            warnings: [],
          }
        : {
            ok: false,
            error: {
              reason: 'Forbidden',
              message: 'nodes are registered by their kubelet in the simulated cluster',
            },
          };
    default:
      return {
        ok: false,
        error: {
          reason: 'MethodNotAllowed',
          message: `the server does not allow this method on the requested resource`,
        },
      };
  }
}
