/** `kubectl describe endpoints` and `kubectl describe endpointslice` (describe.go). */

import type { SimState } from '../../model/state.ts';
import type { EndpointSlice } from '../../model/types.ts';
import type { DescribeOptions } from './describe-service.ts';
import {
  LEVEL_0,
  LEVEL_1,
  LEVEL_2,
  LEVEL_3,
  printAnnotationsMultiline,
  printLabelsMultiline,
  tabbedString,
} from './describe-writer.ts';
import type { Endpoints } from './endpoints.ts';
import { describeEvents, eventsFor } from './events.ts';

/** describeEndpoints: one block per subset, each followed by a blank line. */
export function describeEndpoints(state: SimState, ep: Endpoints, opts: DescribeOptions): string {
  const meta = ep.metadata;
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, {
          kind: 'Endpoints',
          name: meta.name,
          namespace: meta.namespace,
          uid: meta.uid,
        });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, 'Subsets:\n');
    for (const s of ep.subsets ?? []) {
      const ready = (s.addresses ?? []).map((a) => a.ip).join(',');
      w.write(LEVEL_1, `Addresses:\t${ready || '<none>'}\n`);
      const notReady = (s.notReadyAddresses ?? []).map((a) => a.ip).join(',');
      w.write(LEVEL_1, `NotReadyAddresses:\t${notReady || '<none>'}\n`);
      if (s.ports?.length) {
        w.write(LEVEL_1, 'Ports:\n');
        w.write(LEVEL_2, 'Name\tPort\tProtocol\n');
        w.write(LEVEL_2, '----\t----\t--------\n');
        for (const p of s.ports)
          w.write(LEVEL_2, `${p.name || '<unset>'}\t${p.port}\t${p.protocol}\n`);
      }
      w.write(LEVEL_0, '\n');
    }
    describeEvents(w, events, opts.now);
  });
}

/** describeEndpointSliceV1. */
export function describeEndpointSlice(
  state: SimState,
  slice: EndpointSlice,
  opts: DescribeOptions,
): string {
  const meta = slice.metadata;
  const events =
    opts.showEvents === false
      ? undefined
      : eventsFor(state, {
          kind: 'EndpointSlice',
          name: meta.name,
          namespace: meta.namespace,
          uid: meta.uid,
        });
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${meta.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${meta.namespace ?? ''}\n`);
    printLabelsMultiline(w, 'Labels', meta.labels);
    printAnnotationsMultiline(w, 'Annotations', meta.annotations);
    w.write(LEVEL_0, `AddressType:\t${slice.addressType}\n`);
    const ports = slice.ports ?? [];
    if (ports.length === 0) w.write(LEVEL_0, 'Ports: <unset>\n');
    else {
      w.write(LEVEL_0, 'Ports:\n');
      w.write(LEVEL_1, 'Name\tPort\tProtocol\n');
      w.write(LEVEL_1, '----\t----\t--------\n');
      for (const p of ports) {
        w.write(
          LEVEL_1,
          `${p.name || '<unset>'}\t${p.port !== undefined ? p.port : '<unset>'}\t${p.protocol}\n`,
        );
      }
    }
    if (slice.endpoints.length === 0) w.write(LEVEL_0, 'Endpoints: <none>\n');
    else {
      w.write(LEVEL_0, 'Endpoints:\n');
      for (const e of slice.endpoints) {
        w.write(LEVEL_1, `- Addresses:\t${e.addresses.join(', ') || '<none>'}\n`);
        w.write(LEVEL_2, 'Conditions:\n');
        const ready = e.conditions.ready === undefined ? '<unset>' : String(e.conditions.ready);
        w.write(LEVEL_3, `Ready:\t${ready}\n`);
        w.write(LEVEL_2, `Hostname:\t${e.hostname ?? '<unset>'}\n`);
        if (e.targetRef) w.write(LEVEL_2, `TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}\n`);
        w.write(LEVEL_2, `NodeName:\t${e.nodeName ?? '<unset>'}\n`);
        w.write(LEVEL_2, `Zone:\t${e.zone ?? '<unset>'}\n`);
      }
    }
    describeEvents(w, events, opts.now);
  });
}
