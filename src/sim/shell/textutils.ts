/** echo, printf, cat, head, tail, wc, sort, uniq — GNU coreutils behaviour (busybox wording where it differs). */

import { readFile } from './fs.ts';
import { podProfile, type Session } from './session.ts';
import { own, type ProcResult } from './types.ts';

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  e: '\x1b',
  '\\': '\\',
};

function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[i + 1] as string;
    if (n === 'c') return { text: out, stop: true };
    if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(text.slice(i + 2))?.[0] ?? '';
      out += String.fromCharCode(parseInt(m || '0', 8));
      i += 1 + m.length;
      continue;
    }
    out += own(ESCAPES, n) ?? `\\${n}`;
    i++;
  }
  return { text: out, stop: false };
}

/** bash's builtin echo: -n, -e, -E (combinable). */
export function echo(argv: string[]): ProcResult {
  let i = 1;
  let newline = true;
  let escapes = false;
  while (i < argv.length && /^-[neE]+$/.test(argv[i] as string)) {
    for (const f of (argv[i] as string).slice(1)) {
      if (f === 'n') newline = false;
      else escapes = f === 'e';
    }
    i++;
  }
  let text = argv.slice(i).join(' ');
  if (escapes) {
    const u = unescape(text);
    if (u.stop) return { stdout: u.text, stderr: '', code: 0 };
    text = u.text;
  }
  return { stdout: newline ? `${text}\n` : text, stderr: '', code: 0 };
}

/** bash's builtin printf for %s %d %i %c %x %% and backslash escapes; the format repeats for extra args. */
export function printf(argv: string[]): ProcResult {
  const fmt = argv[1];
  if (fmt === undefined) {
    return { stdout: '', stderr: 'printf: usage: printf [-v var] format [arguments]\n', code: 2 };
  }
  const args = argv.slice(2);
  let out = '';
  let k = 0;
  do {
    let consumed = false;
    out += unescape(
      fmt.replace(/%(-?\d*)([sdicx%])/g, (_m, width: string, conv: string) => {
        if (conv === '%') return '%';
        consumed = true;
        const a = args[k++] ?? '';
        let v = a;
        if (conv === 'd' || conv === 'i') v = String(Number.parseInt(a, 10) || 0);
        if (conv === 'x') v = (Number.parseInt(a, 10) || 0).toString(16);
        if (conv === 'c') v = a.slice(0, 1);
        const w = Number(width || 0);
        return w < 0 ? v.padEnd(-w) : v.padStart(w);
      }),
    ).text;
    if (!consumed) break;
  } while (k < args.length);
  return { stdout: out, stderr: '', code: 0 };
}

const busybox = (s: Session) => podProfile(s)?.utils === 'busybox';

/** Reads the named files (or stdin when none / `-`); errors in the tool's wording. */
export function readInputs(
  s: Session,
  tool: string,
  files: string[],
  stdin: string,
): { text: string; errors: string; failed: boolean } {
  if (files.length === 0) return { text: stdin, errors: '', failed: false };
  let text = '';
  let errors = '';
  for (const f of files) {
    if (f === '-') {
      text += stdin;
      continue;
    }
    const r = readFile(s, f);
    if (r.ok) text += r.text;
    else
      errors +=
        busybox(s) && tool === 'cat'
          ? `cat: can't open '${f}': ${r.error}\n`
          : `${tool}: ${f}: ${r.error}\n`;
  }
  return { text, errors, failed: errors !== '' };
}

export function cat(s: Session, argv: string[], stdin: string): ProcResult {
  const files = argv.slice(1).filter((a) => a === '-' || !a.startsWith('-'));
  const r = readInputs(s, 'cat', files, stdin);
  return { stdout: r.text, stderr: r.errors, code: r.failed ? 1 : 0 };
}

const lines = (text: string): string[] => {
  if (text === '') return [];
  const ls = text.split('\n');
  if (ls[ls.length - 1] === '') ls.pop();
  return ls;
};

const joinLines = (ls: string[]): string => ls.map((l) => `${l}\n`).join('');

/** head/tail: `-n N`, `-nN`, `-N`, `--lines=N`, tail `-n +N`. */
export function headTail(s: Session, argv: string[], stdin: string): ProcResult {
  const tool = argv[0] === 'tail' ? 'tail' : 'head';
  let count = '10';
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-n') count = argv[++i] ?? '';
    else if (a.startsWith('--lines=')) count = a.slice(8);
    else if (/^-n.+/.test(a)) count = a.slice(2);
    else if (/^-\d+$/.test(a)) count = a.slice(1);
    else if (a === '-f' || a === '-q') continue;
    else if (a.startsWith('-') && a !== '-') {
      return {
        stdout: '',
        stderr: `${tool}: invalid option -- '${a.slice(1, 2)}'\nTry '${tool} --help' for more information.\n`,
        code: 1,
      };
    } else files.push(a);
  }
  const fromStart = tool === 'tail' && count.startsWith('+');
  const n = Number(fromStart ? count.slice(1) : count);
  if (!/^\+?\d+$/.test(count) || !Number.isFinite(n)) {
    return { stdout: '', stderr: `${tool}: invalid number of lines: ‘${count}’\n`, code: 1 };
  }
  const input = readInputs(s, tool, files, stdin);
  const ls = lines(input.text);
  const picked =
    tool === 'head'
      ? ls.slice(0, n)
      : fromStart
        ? ls.slice(Math.max(n - 1, 0))
        : n === 0
          ? []
          : ls.slice(-n);
  return { stdout: joinLines(picked), stderr: input.errors, code: input.failed ? 1 : 0 };
}

export function wc(s: Session, argv: string[], stdin: string): ProcResult {
  const flags = new Set<string>();
  const files: string[] = [];
  for (const a of argv.slice(1)) {
    if (a === '--lines') flags.add('l');
    else if (a === '--words') flags.add('w');
    else if (a === '--bytes' || a === '--chars') flags.add('c');
    else if (/^-[lwcm]+$/.test(a)) for (const f of a.slice(1)) flags.add(f === 'm' ? 'c' : f);
    else files.push(a);
  }
  const input = readInputs(s, 'wc', files, stdin);
  const t = input.text;
  const counts: Record<string, number> = {
    l: (t.match(/\n/g) ?? []).length,
    w: t.split(/\s+/).filter(Boolean).length,
    c: new TextEncoderLike().length(t),
  };
  const order = ['l', 'w', 'c'].filter((f) => flags.size === 0 || flags.has(f));
  const values = order.map((f) => counts[f] as number);
  const name = files.length === 1 ? ` ${files[0]}` : '';
  const single = values.length === 1;
  const width = single
    ? 0
    : files.length === 0
      ? 7
      : Math.max(...values.map((v) => String(v).length));
  const text = values.map((v) => String(v).padStart(width)).join(' ');
  return { stdout: `${text}${name}\n`, stderr: input.errors, code: input.failed ? 1 : 0 };
}

/** UTF-8 byte length without TextEncoder (not in the sim's lib). */
class TextEncoderLike {
  length(s: string): number {
    let n = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0) ?? 0;
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    }
    return n;
  }
}

export function sort(s: Session, argv: string[], stdin: string): ProcResult {
  let reverse = false;
  let numeric = false;
  let unique = false;
  let key: number | undefined;
  let sep: string | undefined;
  const files: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-k') key = Number.parseInt(argv[++i] ?? '', 10);
    else if (a.startsWith('-k')) key = Number.parseInt(a.slice(2), 10);
    else if (a === '-t') sep = argv[++i];
    else if (a.startsWith('-t') && a.length > 2) sep = a.slice(2);
    else if (/^-[rnuh]+$/.test(a)) {
      reverse ||= a.includes('r');
      numeric ||= a.includes('n') || a.includes('h');
      unique ||= a.includes('u');
    } else files.push(a);
  }
  const input = readInputs(s, 'sort', files, stdin);
  const field = (l: string): string => {
    if (!key || key < 1) return l;
    const parts = sep !== undefined ? l.split(sep) : l.trim().split(/\s+/);
    return parts.slice(key - 1).join(sep ?? ' ');
  };
  const cmp = (a: string, b: string): number => {
    const fa = field(a);
    const fb = field(b);
    const d = numeric
      ? (Number.parseFloat(fa) || 0) - (Number.parseFloat(fb) || 0)
      : fa < fb
        ? -1
        : fa > fb
          ? 1
          : 0;
    return d !== 0 ? d : a < b ? -1 : a > b ? 1 : 0;
  };
  let out = lines(input.text).sort(cmp);
  if (reverse) out.reverse();
  if (unique) out = out.filter((l, i) => i === 0 || cmp(l, out[i - 1] as string) !== 0);
  return { stdout: joinLines(out), stderr: input.errors, code: input.failed ? 2 : 0 };
}

export function uniq(s: Session, argv: string[], stdin: string): ProcResult {
  const count = argv.includes('-c');
  const files = argv.slice(1).filter((a) => !a.startsWith('-'));
  const input = readInputs(s, 'uniq', files.slice(0, 1), stdin);
  const out: { line: string; n: number }[] = [];
  for (const l of lines(input.text)) {
    const last = out[out.length - 1];
    if (last && last.line === l) last.n++;
    else out.push({ line: l, n: 1 });
  }
  const text = out.map((o) => (count ? `${String(o.n).padStart(7)} ${o.line}\n` : `${o.line}\n`));
  return { stdout: text.join(''), stderr: input.errors, code: input.failed ? 1 : 0 };
}

export { lines, joinLines };
