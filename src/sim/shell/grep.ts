/** GNU grep: -i -v -E -F -c -w -x -n -o -q -h -H, -e PATTERN, BRE and ERE. */

import { readFile } from './fs.ts';
import type { Session } from './session.ts';
import { own, type ProcResult } from './types.ts';

const USAGE =
  "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n";

/** POSIX basic regular expression → JavaScript: `\( \) \| \{ \} \+ \?` are operators, bare ones literal. */
export function breToJs(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\' && i + 1 < p.length) {
      const n = p[++i] as string;
      out += '()|{}+?'.includes(n) ? n : `\\${n}`;
    } else if ('()|{}+?'.includes(c)) out += `\\${c}`;
    else if (c === '[') {
      const end = p.indexOf(']', i + (p[i + 1] === ']' ? 2 : 1));
      if (end < 0) {
        out += '\\[';
        continue;
      }
      out += p
        .slice(i, end + 1)
        .replace(/\[:(\w+):\]/g, (_m, cls: string) => own(POSIX_CLASSES, cls) ?? '');
      i = end;
    } else out += c;
  }
  return out;
}

const POSIX_CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

const ere = (p: string) =>
  p.replace(/\[:(\w+):\]/g, (_m, cls: string) => own(POSIX_CLASSES, cls) ?? '');

const escapeRe = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface GrepOpts {
  ignoreCase: boolean;
  invert: boolean;
  count: boolean;
  word: boolean;
  line: boolean;
  number: boolean;
  only: boolean;
  quiet: boolean;
  mode: 'bre' | 'ere' | 'fixed';
  withName?: boolean;
  patterns: string[];
  files: string[];
}

function parseArgs(argv: string[]): GrepOpts | string {
  const o: GrepOpts = {
    ignoreCase: false,
    invert: false,
    count: false,
    word: false,
    line: false,
    number: false,
    only: false,
    quiet: false,
    mode: argv[0] === 'egrep' ? 'ere' : argv[0] === 'fgrep' ? 'fixed' : 'bre',
    patterns: [],
    files: [],
  };
  const rest: string[] = [];
  let dashdash = false;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (dashdash || a === '-' || !a.startsWith('-')) {
      rest.push(a);
      continue;
    }
    if (a === '--') {
      dashdash = true;
      continue;
    }
    if (a.startsWith('--')) {
      const [name, value] = a.slice(2).split('=', 2);
      if (name === 'regexp' && value !== undefined) o.patterns.push(value);
      else if (name === 'ignore-case') o.ignoreCase = true;
      else if (name === 'invert-match') o.invert = true;
      else if (name === 'count') o.count = true;
      else if (name === 'extended-regexp') o.mode = 'ere';
      else if (name === 'fixed-strings') o.mode = 'fixed';
      else if (name === 'color' || name === 'colour') continue;
      else return `grep: unrecognized option '${a}'\n${USAGE}`;
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const f = a[j] as string;
      if (f === 'e') {
        const v = a.slice(j + 1) || argv[++i];
        if (v === undefined) return `grep: option requires an argument -- 'e'\n${USAGE}`;
        o.patterns.push(v);
        break;
      }
      if (f === 'i') o.ignoreCase = true;
      else if (f === 'v') o.invert = true;
      else if (f === 'c') o.count = true;
      else if (f === 'w') o.word = true;
      else if (f === 'x') o.line = true;
      else if (f === 'n') o.number = true;
      else if (f === 'o') o.only = true;
      else if (f === 'q' || f === 's') o.quiet ||= f === 'q';
      else if (f === 'E') o.mode = 'ere';
      else if (f === 'F') o.mode = 'fixed';
      else if (f === 'G') o.mode = 'bre';
      else if (f === 'h') o.withName = false;
      else if (f === 'H') o.withName = true;
      else return `grep: invalid option -- '${f}'\n${USAGE}`;
    }
  }
  if (o.patterns.length === 0) {
    const p = rest.shift();
    if (p === undefined) return USAGE;
    o.patterns.push(p);
  }
  o.files = rest;
  return o;
}

function compile(o: GrepOpts): RegExp | string {
  const parts = o.patterns
    .flatMap((p) => p.split('\n'))
    .map((p) => (o.mode === 'fixed' ? escapeRe(p) : o.mode === 'ere' ? ere(p) : breToJs(p)));
  let src = parts.length === 1 ? (parts[0] as string) : parts.map((p) => `(?:${p})`).join('|');
  if (o.word) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`;
  if (o.line) src = `^(?:${src})$`;
  try {
    return new RegExp(src, o.ignoreCase ? 'gi' : 'g');
  } catch {
    return 'grep: Unmatched ( or \\(\n';
  }
}

export function grep(s: Session, argv: string[], stdin: string): ProcResult {
  const o = parseArgs(argv);
  if (typeof o === 'string') return { stdout: '', stderr: o, code: 2 };
  const re = compile(o);
  if (typeof re === 'string') return { stdout: '', stderr: re, code: 2 };
  const sources =
    o.files.length === 0
      ? [{ name: '(standard input)', text: stdin }]
      : o.files.map((f) => {
          if (f === '-') return { name: '(standard input)', text: stdin };
          const r = readFile(s, f);
          return r.ok ? { name: f, text: r.text } : { name: f, error: r.error };
        });
  const withName = o.withName ?? o.files.length > 1;
  let out = '';
  let err = '';
  let matched = false;
  for (const src of sources) {
    if ('error' in src) {
      err += `grep: ${src.name}: ${src.error}\n`;
      continue;
    }
    const prefix = withName ? `${src.name}:` : '';
    const ls = src.text.split('\n');
    if (ls[ls.length - 1] === '') ls.pop();
    let n = 0;
    ls.forEach((l, idx) => {
      re.lastIndex = 0;
      const hit = re.test(l);
      if (hit === o.invert) return;
      n++;
      if (o.count || o.quiet) return;
      const num = o.number ? `${idx + 1}:` : '';
      if (o.only && !o.invert) {
        re.lastIndex = 0;
        for (const m of l.matchAll(re)) if (m[0] !== '') out += `${prefix}${num}${m[0]}\n`;
      } else out += `${prefix}${num}${l}\n`;
    });
    if (o.count) out += `${prefix}${n}\n`;
    matched ||= n > 0;
  }
  if (o.quiet) out = '';
  const code = err && !(o.quiet && matched) ? 2 : matched ? 0 : 1;
  return { stdout: out, stderr: err, code };
}
