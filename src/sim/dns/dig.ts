/** `dig` run from a caller: server choice, `+search`, the query ID, then formatDig. */

import type { SimState } from '../model/state.ts';
import { nextInt } from '../util/rand.ts';
import { callerDns } from './callers.ts';
import { parseDigArgs } from './digArgs.ts';
import { digExitCode, formatDig } from './digFormat.ts';
import type { ToolRun } from './nslookup.ts';
import { candidateNames } from './resolver.ts';
import { queryServer, queryTimeMs } from './server.ts';
import type { QueryOutcome } from './types.ts';
import { isResponse } from './types.ts';

/**
 * Runs `dig <argv…>` from `from` (`client`, `node/NAME`, `pod/NAME` + namespace). Without
 * `+search` the name is queried as typed (made absolute), so `dig web` asks for `web.`.
 *
 * @example runDig(state, 'pod/netshoot', ['+noall', '+answer', 'web.default.svc.cluster.local'], rng)
 */
export function runDig(
  state: SimState,
  from: string,
  argv: readonly string[],
  rng: number,
  namespace?: string,
): ToolRun {
  const a = parseDigArgs(argv);
  const caller = callerDns(state, from, namespace);
  const server = a.server ?? caller.nameservers[0] ?? '';
  const idDraw = nextInt(rng, 65536);
  let g = idDraw.rng;
  const names =
    a.display.search && !a.name.endsWith('.')
      ? candidateNames(a.name, caller.search, caller.ndots, 'musl')
      : [a.name];
  let outcome: QueryOutcome = 'timeout';
  for (const name of names) {
    const q = queryServer(state, server, name, a.type, g, { from });
    g = q.rng;
    outcome = q.response;
    if (!isResponse(outcome) || outcome.rcode !== 'NXDOMAIN') break;
  }
  const output = formatDig(outcome, {
    qname: a.name,
    qtype: a.type,
    server,
    serverGiven: a.server !== undefined,
    args: a.args,
    display: a.display,
    now: state.now,
    id: idDraw.value,
    queryTimeMs: isResponse(outcome) ? queryTimeMs(state, outcome) : 0,
  });
  return { output, exitCode: digExitCode(outcome), rng: g };
}
