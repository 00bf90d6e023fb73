/** dig 9.18 output (bin/dig/dig.c printmessage, dighost.c) for one query's outcome. */

import { nextFloat } from '../util/rand.ts';
import { DEFAULT_DISPLAY } from './digArgs.ts';
import type { DigDisplay } from './digArgs.ts';
import { questionLine, recordLine } from './masterdump.ts';
import { canonical, isSubdomain } from './names.ts';
import type { DnsRecord, DnsResponse, QueryOutcome, RRType } from './types.ts';
import { isResponse } from './types.ts';
import { messageSize } from './wire.ts';

export const DIG_VERSION = '9.18.28';

export interface DigFormatOptions {
  /** Question as asked (absolute or not; dig makes it absolute). */
  qname: string;
  qtype: RRType;
  /** The server queried (`@server`, or the resolv.conf nameserver). */
  server: string;
  /** True when the server came from `@server` (dig then prints `; (1 server found)`). */
  serverGiven?: boolean;
  /** Arguments as typed after `dig`; default: the name, and the type unless A. */
  args?: string;
  display?: Partial<DigDisplay>;
  /** Wall clock for `;; WHEN:` (ms since epoch; printed in UTC, as in a pod). */
  now: number;
  /** Query ID (draw it from the simulator's generator). */
  id: number;
  queryTimeMs?: number;
  version?: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number) => String(n).padStart(2, '0');

/** strftime("%a %b %d %H:%M:%S %Z %Y") in UTC. */
export function digDate(ms: number): string {
  const d = new Date(ms);
  const time = `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())}`;
  const day = `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())}`;
  return `${day} ${time} UTC ${d.getUTCFullYear()}`;
}

/** The 8-byte client cookie dig sends, derived from the query ID so output is reproducible. */
export function clientCookie(id: number): Uint8Array {
  const out = new Uint8Array(8);
  let g = (id * 2654435761) >>> 0;
  for (let i = 0; i < 8; i++) {
    const d = nextFloat(g);
    g = d.rng;
    out[i] = Math.floor(d.value * 256);
  }
  return out;
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('');

function headerLines(r: DnsResponse, id: number): string[] {
  const flags = ['qr', r.aa ? 'aa' : '', 'rd', r.ra ? 'ra' : ''].filter(Boolean).join(' ');
  const counts = `QUERY: 1, ANSWER: ${r.answers.length}, AUTHORITY: ${r.authority.length}, ADDITIONAL: ${r.additional.length + (r.opt ? 1 : 0)}`;
  const lines = [
    `;; ->>HEADER<<- opcode: QUERY, status: ${r.rcode}, id: ${id}`,
    `;; flags: ${flags}; ${counts}`,
  ];
  if (!r.ra) lines.push(';; WARNING: recursion requested but not available');
  return lines;
}

function section(title: string, rrs: DnsRecord[], comments: boolean): string[] {
  if (rrs.length === 0) return [];
  const lines = rrs.map(recordLine);
  return comments ? [`;; ${title} SECTION:`, ...lines, ''] : lines;
}

/** dig's exit status: 0 for any reply (NXDOMAIN included), 9 when no server answered. */
export function digExitCode(outcome: QueryOutcome): number {
  return isResponse(outcome) ? 0 : 9;
}

/**
 * The terminal text of `dig` for one outcome (stdout; dig 9.18 prints its communication errors
 * there too). Ends with a newline.
 *
 * @example formatDig(response, { qname: 'web', qtype: 'A', server: '10.96.0.10', now, id })
 */
export function formatDig(outcome: QueryOutcome, o: DigFormatOptions): string {
  const d: DigDisplay = { ...DEFAULT_DISPLAY, ...o.display };
  const args = o.args ?? (o.qtype === 'A' ? o.qname : `${o.qname} ${o.qtype}`);
  const out: string[] = [];
  const cmd = () => {
    if (!d.cmd) return;
    out.push('', `; <<>> DiG ${o.version ?? DIG_VERSION} <<>> ${args}`);
    if (o.serverGiven) out.push('; (1 server found)');
    out.push(';; global options: +cmd');
  };
  if (!isResponse(outcome)) {
    const why = outcome === 'timeout' ? 'timed out' : 'connection refused';
    for (let i = 0; i < 3; i++) out.push(`;; communications error to ${o.server}#53: ${why}`);
    cmd();
    out.push(';; no servers could be reached');
    return `${out.join('\n')}\n`;
  }
  const r = outcome;
  if (d.short) {
    const lines = r.answers.map((a) => a.data);
    return lines.length > 0 ? `${lines.join('\n')}\n` : '';
  }
  cmd();
  if (d.comments) {
    out.push(';; Got answer:');
    if (isSubdomain(canonical(r.question.name), 'local.')) {
      out.push(
        ';; WARNING: .local is reserved for Multicast DNS',
        ';; You are currently testing what happens when an mDNS query is leaked to DNS',
      );
    }
    out.push(...headerLines(r, o.id));
    if (r.opt) {
      out.push('', ';; OPT PSEUDOSECTION:', `; EDNS: version: 0, flags:; udp: ${r.opt.udpSize}`);
      if (r.opt.echoCookie) out.push(`; COOKIE: ${hex(clientCookie(o.id))} (echoed)`);
    } else {
      out.push('');
    }
  }
  if (d.question) {
    if (d.comments) out.push(';; QUESTION SECTION:');
    out.push(questionLine(r.question.name, r.question.type));
    if (d.comments) out.push('');
  }
  if (d.answer) out.push(...section('ANSWER', r.answers, d.comments));
  if (d.authority) out.push(...section('AUTHORITY', r.authority, d.comments));
  if (d.additional) out.push(...section('ADDITIONAL', r.additional, d.comments));
  if (d.stats) {
    out.push(
      `;; Query time: ${o.queryTimeMs ?? 0} msec`,
      // dig sends ANY over TCP by default (it tried a TCP connect against our UDP-only harness).
      `;; SERVER: ${o.server}#53(${o.server}) (${r.question.type === 'ANY' ? 'TCP' : 'UDP'})`,
      `;; WHEN: ${digDate(o.now)}`,
      `;; MSG SIZE  rcvd: ${messageSize(r)}`,
      '',
    );
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
