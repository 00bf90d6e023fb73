/** Goal checks over DNS answers, looked up on a copy of the state as a pod's resolver would. */
import type { ResolveResult, Service } from '../../sim/core.ts';
import type { Localized } from '../languages.ts';
import { same } from '../languages.ts';
import type { Check, ServiceQuery } from '../types.ts';
import { isReady, podsSelectedBy } from './cluster.ts';
import { describeFrom } from './describe.ts';
import { msg } from './msg.ts';
import { explainNoService, findServices } from './query.ts';

export interface DnsOptions {
  id?: string;
  /** A literal name, or the Service found by the query (looked up by its full name). */
  name: string | ServiceQuery;
  /** Who asks: `pod/netshoot`, `node/node1`, `client`. */
  from: string;
  /** The answer is a CNAME for this name (ExternalName). */
  cname?: string;
  /** The A records are exactly the addresses of the Ready pods the Service selects (headless). */
  readyPods?: boolean;
  /** Exactly this many records of `type` (default A). */
  count?: number;
  type?: 'A' | 'CNAME';
}

const recordsText = (r: ResolveResult): Localized =>
  r.answers.length ? same(r.answers.map((a) => `${a.type} ${a.data}`).join(', ')) : msg('none');

function nameTitle(name: string | ServiceQuery): Localized {
  if (typeof name === 'string') return same(name);
  if (name.headless) return msg('headlessName');
  if (name.type === 'ExternalName' || name.externalName) return msg('externalNameName');
  return msg('toName');
}

/** What the caller's resolver answers for a Service (or a name) has the wanted shape. */
export function dnsAnswers(o: DnsOptions): Check {
  const name = nameTitle(o.name);
  const from = describeFrom(o.from);
  const title = o.cname
    ? msg('dnsCnameTitle', { name, from, cname: o.cname })
    : o.readyPods
      ? msg('dnsReadyTitle', { name, from })
      : msg('dnsCountTitle', { name, from, count: o.count ?? 1, type: o.type ?? 'A' });
  return {
    id: o.id ?? 'dns-answers',
    title,
    run(ctx) {
      let targets: { fqdn: string; svc?: Service }[];
      if (typeof o.name === 'string') targets = [{ fqdn: o.name }];
      else {
        const found = findServices(ctx.state, o.name);
        if (found.length === 0)
          return { pass: false, explanation: explainNoService(ctx.state, o.name) };
        const domain = ctx.state.config.clusterDomain;
        targets = found.map((svc) => ({
          svc,
          fqdn: `${svc.metadata.name}.${svc.metadata.namespace}.svc.${domain}`,
        }));
      }
      let firstFailure: Localized | undefined;
      for (const { fqdn, svc } of targets) {
        const r = ctx.resolve(fqdn, { from: o.from });
        const got = recordsText(r);
        let why: Localized | undefined;
        if (r.rcode !== 'NOERROR') why = msg('dnsRcode', { name: fqdn, rcode: r.rcode });
        else if (
          o.cname &&
          !r.answers.some((a) => a.type === 'CNAME' && a.data.replace(/\.$/, '') === o.cname)
        )
          why = msg('dnsNoCname', { name: fqdn, cname: o.cname, got });
        else if (o.readyPods && svc) {
          const a = r.answers.filter((x) => x.type === 'A').map((x) => x.data);
          const want = podsSelectedBy(ctx.state, svc)
            .filter(isReady)
            .map((p) => p.status.podIP ?? '');
          const key = (l: string[]) => [...l].sort().join(', ');
          if (key(a) !== key(want))
            why = msg('dnsWrongA', {
              name: fqdn,
              got: a.length ? key(a) : msg('none'),
              want: want.length ? key(want) : msg('none'),
            });
        } else if (o.count !== undefined) {
          const type = o.type ?? 'A';
          const n = r.answers.filter((x) => x.type === type).length;
          if (n !== o.count)
            why = msg('dnsWrongCount', { name: fqdn, got: n, want: o.count, type });
        }
        if (!why)
          return { pass: true, explanation: msg('dnsAnswer', { name: fqdn, records: got }) };
        firstFailure ??= why;
      }
      return { pass: false, explanation: firstFailure ?? msg('noServices') };
    },
  };
}
