/**
 * `conntrack -L` on a node (conntrack-tools 1.4.7 / libnetfilter_conntrack default output):
 * `%-8s %u ` protocol name and number, remaining timeout in seconds, the TCP state, the original
 * tuple, `[UNREPLIED]` when no reply was seen, the reply tuple, `[ASSURED]`, `mark=0 use=1`.
 * The summary line goes to stderr.
 */
import type { ConntrackEntry, SimState } from '../model/state.ts';
import type { CommandResult } from './iptablesList.ts';

export const CONNTRACK_VERSION = 'v1.4.7';

/**
 * Timeouts in seconds: kernel defaults, except ESTABLISHED which kube-proxy sets to 24h
 * (KubeProxyConfiguration conntrack.tcpEstablishedTimeout). UDP entries that got a single reply
 * keep the 30 s "unreplied" timeout and are not ASSURED (nf_conntrack_proto_udp.c).
 */
export const CONNTRACK_TIMEOUTS = {
  tcp: { ESTABLISHED: 86400, TIME_WAIT: 120, SYN_SENT: 120, UNREPLIED: 120 },
  udp: 30,
} as const;

const PROTO_NUM = { tcp: 6, udp: 17 } as const;

function lifetime(e: ConntrackEntry): number {
  return e.protocol === 'udp' ? CONNTRACK_TIMEOUTS.udp : CONNTRACK_TIMEOUTS.tcp[e.state];
}

/** Seconds left before the entry expires (≤ 0: gone). */
export function conntrackRemaining(e: ConntrackEntry, now: number): number {
  return lifetime(e) - Math.floor((now - e.at) / 1000);
}

const tuple = (t: ConntrackEntry['orig']) =>
  `src=${t.src} dst=${t.dst} sport=${t.sport} dport=${t.dport} `;

export function conntrackLine(e: ConntrackEntry, now: number): string {
  const unreplied = e.state === 'SYN_SENT' || e.state === 'UNREPLIED';
  let s = `${e.protocol.padEnd(8, ' ')} ${PROTO_NUM[e.protocol]} ${conntrackRemaining(e, now)} `;
  if (e.protocol === 'tcp') s += `${unreplied ? 'SYN_SENT' : e.state} `;
  s += tuple(e.orig);
  if (unreplied) s += '[UNREPLIED] ';
  s += tuple(e.reply);
  if (e.protocol === 'tcp' && !unreplied) s += '[ASSURED] ';
  return `${s}mark=0 use=1`;
}

export interface ConntrackFilter {
  /** `-p tcp|udp` */
  protocol?: 'tcp' | 'udp';
  /** `-s` / `-d`: original source / destination address. */
  src?: string;
  dst?: string;
}

/** `conntrack -L [-p proto] [-s ip] [-d ip]` on `node`. */
export function conntrackList(
  state: SimState,
  node: string,
  f: ConntrackFilter = {},
): CommandResult {
  const lines = state.conntrack
    .filter(
      (e) =>
        e.node === node &&
        conntrackRemaining(e, state.now) > 0 &&
        (!f.protocol || e.protocol === f.protocol) &&
        (!f.src || e.orig.src === f.src) &&
        (!f.dst || e.orig.dst === f.dst),
    )
    .map((e) => conntrackLine(e, state.now));
  return {
    stdout: lines.map((l) => `${l}\n`).join(''),
    stderr: `conntrack ${CONNTRACK_VERSION} (conntrack-tools): ${lines.length} flow entries have been shown.\n`,
    exitCode: 0,
  };
}
