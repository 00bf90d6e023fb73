/** The part of dig's command line the simulation understands. */

import { reverseName } from './names.ts';
import { RR_TYPES } from './types.ts';
import type { RRType } from './types.ts';

/** dig's display switches (`+[no]cmd`, `+[no]comments`, …) after `+noall`/`+short` expansion. */
export interface DigDisplay {
  cmd: boolean;
  comments: boolean;
  question: boolean;
  answer: boolean;
  authority: boolean;
  additional: boolean;
  stats: boolean;
  short: boolean;
  /** `+search`: use the resolv.conf search list (dig's default is `+nosearch`). */
  search: boolean;
}

export interface DigArgs {
  /** `@server` as typed, if any. */
  server?: string;
  name: string;
  type: RRType;
  display: DigDisplay;
  /** The arguments as typed, echoed in `; <<>> DiG 9.18.28 <<>> …`. */
  args: string;
  /** Options dig would reject or that the simulation ignores (`-p`, `+trace`, …). */
  ignored: string[];
}

export const DEFAULT_DISPLAY: DigDisplay = {
  cmd: true,
  comments: true,
  question: true,
  answer: true,
  authority: true,
  additional: true,
  stats: true,
  short: false,
  search: false,
};

const SECTIONS = [
  'cmd',
  'comments',
  'question',
  'answer',
  'authority',
  'additional',
  'stats',
] as const;

function applyPlus(d: DigDisplay, opt: string): boolean {
  const no = opt.startsWith('no');
  const key = no ? opt.slice(2) : opt;
  if (key === 'all') {
    for (const s of SECTIONS) d[s] = !no;
    return true;
  }
  if (key === 'short') {
    // +short: rdata of the answer only.
    d.short = !no;
    if (!no) for (const s of SECTIONS) d[s] = s === 'answer';
    return true;
  }
  if (key === 'search' || key === 'defname') {
    d.search = !no;
    return true;
  }
  if ((SECTIONS as readonly string[]).includes(key)) {
    d[key as (typeof SECTIONS)[number]] = !no;
    return true;
  }
  return false;
}

const isType = (s: string): s is RRType =>
  (RR_TYPES as readonly string[]).includes(s.toUpperCase());

/** `dig [@server] [-t type] [-x addr] [name] [type] [+opts]` → what to ask and how to print it. */
export function parseDigArgs(argv: readonly string[]): DigArgs {
  const display: DigDisplay = { ...DEFAULT_DISPLAY };
  const ignored: string[] = [];
  let server: string | undefined;
  let name: string | undefined;
  let type: RRType | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a.startsWith('@')) server = a.slice(1);
    else if (a.startsWith('+')) {
      if (!applyPlus(display, a.slice(1).toLowerCase())) ignored.push(a);
    } else if (a === '-t' && i + 1 < argv.length) {
      const t = (argv[++i] as string).toUpperCase();
      if (isType(t)) type = t;
      else ignored.push(`-t ${t}`);
    } else if (a === '-x' && i + 1 < argv.length) {
      name = reverseName(argv[++i] as string);
      type ??= 'PTR';
    } else if (a.startsWith('-')) {
      ignored.push(a);
    } else if (name !== undefined && type === undefined && isType(a)) {
      type = a.toUpperCase() as RRType;
    } else if (name === undefined && isType(a) && !a.includes('.')) {
      // `dig SRV _http._tcp.web…`: a leading type word, as dig accepts it.
      type = a.toUpperCase() as RRType;
    } else if (name === undefined) {
      name = a;
    } else if (a.toUpperCase() !== 'IN') {
      ignored.push(a);
    }
  }
  return {
    ...(server !== undefined ? { server } : {}),
    name: name ?? '.',
    type: type ?? (name === undefined ? 'NS' : 'A'),
    display,
    args: argv.join(' '),
    ignored,
  };
}
