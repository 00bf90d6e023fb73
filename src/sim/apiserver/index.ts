/**
 * The simulated API server's decode → default → validate pipeline and the Service create/update
 * strategy (allocation through an injected ServiceAllocator). The registry parses YAML, merges,
 * stores and fills system metadata; this package turns raw values into admitted objects or the
 * exact error kubectl would print.
 */
export type { DecodeOptions, DecodeResult, ValidateMode } from './decode.ts';
export { decodeDocument, decodeObject, patchInvalid } from './decode.ts';
export type { SourceMessage } from './clientErrors.ts';
export { kubectlClientErrorLine } from './clientErrors.ts';
export type { KindInfo, SupportedKind } from './kinds.ts';
export { KINDS, lookupKind } from './kinds.ts';
export type { ServiceAllocator } from './allocator.ts';
export { ALLOC_ERRORS } from './allocator.ts';
export { FakeAllocator } from './fakeAllocator.ts';
export type { AdmitFailure, AdmitResult } from './admitCommon.ts';
export type { ServiceAdmitResult } from './service/admit.ts';
export { admitServiceCreate, admitServiceUpdate } from './service/admit.ts';
export {
  admitDeploymentCreate,
  admitDeploymentUpdate,
  admitEndpointSliceCreate,
  admitEndpointSliceUpdate,
  admitNamespaceCreate,
  admitNamespaceUpdate,
  admitPodCreate,
  admitPodUpdate,
  podQOSClass,
} from './admit.ts';
export { setDefaultsService, externallyAccessible, needsHealthCheck } from './defaults/service.ts';
export { setDefaultsPod, setDefaultsPodSpec } from './defaults/pod.ts';
export {
  setDefaultsDeployment,
  setDefaultsEndpointSlice,
  setDefaultsNamespace,
} from './defaults/other.ts';
export { validateService, validateServiceUpdate } from './validation/service.ts';
export { getWarningsForService } from './service/warnings.ts';
export { invalidApiError, internalApiError, badRequestApiError } from './fieldErrors.ts';
export type { JsonObject, JsonValue } from './json.ts';
export { goJsonCompact, goPlusV, toJson } from './json.ts';
export { canonicalQuantity } from './quantity.ts';
