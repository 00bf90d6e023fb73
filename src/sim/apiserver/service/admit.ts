/**
 * Service create/update in the order the real API server runs it (k8s registry
 * service/storage/storage.go beginCreate/beginUpdate → alloc.go → strategy.go → validation):
 *   decode+SetDefaults (done before) → [update: defaultOnRead(old), patchAllocatedValues]
 *   → normalizeClusterIPs → initIPFamilyFields (loose pre-validation; errors returned alone)
 *   → ClusterIP allocation → NodePort (+health-check) allocation (failures returned alone)
 *   → PrepareForCreate/Update (status; dropTypeDependentFields) → ValidateService[Update]
 *   → on validation failure the allocations are reverted; on success deferred releases happen.
 */
import type { Service } from '../../model/types.ts';
import type { AdmitFailure } from '../admitCommon.ts';
import { copyInput, copyStored, fail, prepareMeta } from '../admitCommon.ts';
import type { ServiceAllocator } from '../allocator.ts';
import { setDefaultsService } from '../defaults/service.ts';
import { SERVICE_GK, invalidApiError } from '../fieldErrors.ts';
import type { JsonObject } from '../json.ts';
import { validateService, validateServiceUpdate } from '../validation/service.ts';
import type { ServiceW } from '../wire.ts';
import { asWire } from '../wire.ts';
import {
  AllocTxn,
  allocateCreatePortsAndIPs,
  updateClusterIPs,
  updateNodePortsAndHealthCheck,
} from './alloc.ts';
import { initIPFamilyFields } from './ipFamilies.ts';
import {
  defaultOnReadService,
  dropTypeDependentFields,
  normalizeClusterIPs,
  patchAllocatedValues,
} from './prepare.ts';
import { getWarningsForService } from './warnings.ts';

export type ServiceAdmitResult =
  { ok: true; service: Service; object: Service; warnings: string[] } | AdmitFailure;

function finish(svc: ServiceW): ServiceAdmitResult {
  const warnings = getWarningsForService(svc);
  defaultOnReadService(svc);
  svc.status = { ...(svc.status ?? {}), loadBalancer: svc.status?.loadBalancer ?? {} };
  const service = svc as unknown as Service;
  return { ok: true, service, object: service, warnings };
}

const nameOf = (svc: ServiceW): string => svc.metadata?.name ?? '';

/** Create: `input` is the decoded object (decodeObject(...).object). */
export function admitServiceCreate(input: JsonObject, alloc: ServiceAllocator): ServiceAdmitResult {
  const svc = setDefaultsService(asWire<ServiceW>(copyInput(input)));
  prepareMeta((svc.metadata ??= {}), true);
  normalizeClusterIPs(svc);
  const famErrs = initIPFamilyFields(svc);
  if (famErrs.length > 0) return fail(invalidApiError(SERVICE_GK, nameOf(svc), famErrs));
  const txn = new AllocTxn(alloc);
  const allocErr = allocateCreatePortsAndIPs(svc, txn);
  if (allocErr) {
    txn.revert();
    return fail(allocErr);
  }
  svc.status = { loadBalancer: {} };
  const errs = validateService(svc);
  if (errs.length > 0) {
    txn.revert();
    return fail(invalidApiError(SERVICE_GK, nameOf(svc), errs));
  }
  txn.commit();
  return finish(svc);
}

/** Update: `input` is the decoded object the PATCH produced; `old` is the stored Service. */
export function admitServiceUpdate(
  input: JsonObject,
  old: Service,
  alloc: ServiceAllocator,
): ServiceAdmitResult {
  const svc = setDefaultsService(asWire<ServiceW>(copyInput(input)));
  const prev = asWire<ServiceW>(copyStored(old));
  prepareMeta((svc.metadata ??= {}), true, prev.metadata);
  defaultOnReadService(prev);
  patchAllocatedValues(svc, prev);
  normalizeClusterIPs(svc, prev);
  const famErrs = initIPFamilyFields(svc, prev);
  if (famErrs.length > 0) return fail(invalidApiError(SERVICE_GK, nameOf(svc), famErrs));
  const txn = new AllocTxn(alloc);
  const allocErr =
    updateClusterIPs(svc, prev, txn) ?? updateNodePortsAndHealthCheck(svc, prev, txn);
  if (allocErr) {
    txn.revert();
    return fail(allocErr);
  }
  svc.status = copyStored(prev.status ?? {}) as ServiceW['status'];
  dropTypeDependentFields(svc, prev);
  const errs = validateServiceUpdate(svc, prev);
  if (errs.length > 0) {
    txn.revert();
    return fail(invalidApiError(SERVICE_GK, nameOf(svc), errs));
  }
  txn.commit();
  return finish(svc);
}
