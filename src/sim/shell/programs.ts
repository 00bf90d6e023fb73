/**
 * Which programs exist where, and how a name runs: shell builtins first, then the host's programs
 * (workstation: a Linux laptop with kubectl; nodes: Ubuntu with kubeadm's tools; pods: what the
 * image ships), else the shell's `command not found`.
 */

import { kubectl } from '../kubectl/commands/index.ts';
import { bashExit, shellProgram, ssh } from './contexts.ts';
import { curl } from './curl.ts';
import { dig, host, nslookup } from './dnstools.ts';
import { isDirectory, listDir } from './fs.ts';
import { grep } from './grep.ts';
import { helpText } from './help.ts';
import { conntrack, ip, iptables, iptablesSave } from './nodetools.ts';
import {
  cwdOf,
  homeDir,
  hostName,
  podProfile,
  shellKind,
  shellName,
  type Session,
} from './session.ts';
import { cat, echo, headTail, printf, sort, uniq, wc } from './textutils.ts';
import { isNodeHost, isPodHost, own, type ProcResult } from './types.ts';
import { wget } from './wget.ts';

export type Program = (s: Session, argv: string[], stdin: string) => ProcResult;

const out = (stdout: string): ProcResult => ({ stdout, stderr: '', code: 0 });

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** GNU date's default format in UTC: `Wed Jan  1 00:01:00 UTC 2025`. */
export function gnuDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${time} UTC ${d.getUTCFullYear()}`;
}

/** Environment variables of the current host. */
export function variables(s: Session): Record<string, string> {
  const kind = shellKind(s);
  const user = s.ctx.host === 'workstation' ? 'learner' : 'root';
  return {
    HOME: homeDir(s.ctx),
    USER: user,
    LOGNAME: user,
    HOSTNAME: hostName(s),
    PWD: cwdOf(s),
    SHELL: kind === 'bash' ? '/bin/bash' : '/bin/sh',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    TERM: 'xterm-256color',
    '0': shellName(kind),
    $: '1',
  };
}

function cd(s: Session, argv: string[]): ProcResult {
  const target = argv[1] ?? homeDir(s.ctx);
  if (!isDirectory(s, target)) {
    const name = shellName(shellKind(s));
    return { stdout: '', stderr: `${name}: cd: ${target}: No such file or directory\n`, code: 1 };
  }
  const abs = target.startsWith('/') ? target : `${cwdOf(s)}/${target}`;
  const parts: string[] = [];
  for (const p of abs.split('/')) {
    if (!p || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  s.ctx = { ...s.ctx, cwd: `/${parts.join('/')}` };
  return out('');
}

function ls(s: Session, argv: string[]): ProcResult {
  const paths = argv.slice(1).filter((a) => !a.startsWith('-'));
  const targets = paths.length > 0 ? paths : ['.'];
  let stdout = '';
  let stderr = '';
  for (const t of targets) {
    const names = listDir(s, t);
    if (names === undefined) stderr += `ls: cannot access '${t}': No such file or directory\n`;
    else if (names.length > 0) stdout += `${names.join('  ')}\n`;
  }
  return { stdout, stderr, code: stderr ? 2 : 0 };
}

function history(s: Session): ProcResult {
  return out(s.history.map((l, i) => `${String(i + 1).padStart(5)}  ${l}\n`).join(''));
}

const BUILTINS: Record<string, Program> = {
  cd,
  pwd: (s) => out(`${cwdOf(s)}\n`),
  echo: (_s, argv) => echo(argv),
  printf: (_s, argv) => printf(argv),
  true: () => out(''),
  false: () => ({ stdout: '', stderr: '', code: 1 }),
  ':': () => out(''),
  exit: bashExit,
  logout: bashExit,
  export: () => out(''),
  history,
  help: () => out(helpText()),
  type: (s, argv) => {
    let stdout = '';
    let stderr = '';
    for (const name of argv.slice(1)) {
      if (own(BUILTINS, name)) stdout += `${name} is a shell builtin\n`;
      else if (available(s, name)) stdout += `${name} is /usr/bin/${name}\n`;
      else stderr += `${shellName(shellKind(s))}: type: ${name}: not found\n`;
    }
    return { stdout, stderr, code: stderr ? 1 : 0 };
  },
};

export const PROGRAMS: Record<string, Program> = {
  kubectl,
  curl,
  wget,
  dig,
  nslookup,
  host,
  ssh,
  ip,
  iptables,
  'iptables-save': iptablesSave,
  'iptables-legacy-save': iptablesSave,
  conntrack,
  cat,
  grep,
  egrep: grep,
  fgrep: grep,
  head: headTail,
  tail: headTail,
  wc,
  sort,
  uniq,
  ls,
  echo: (_s, argv) => echo(argv),
  hostname: (s) => out(`${hostName(s)}\n`),
  whoami: (s) => out(`${s.ctx.host === 'workstation' ? 'learner' : 'root'}\n`),
  date: (s) => out(`${gnuDate(s.at)}\n`),
  sleep: () => out(''),
  env: (s) =>
    out(
      Object.entries(variables(s))
        .filter(([k]) => /^[A-Z]/.test(k))
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    ),
  printenv: (s, argv) => {
    const vars = variables(s);
    if (argv[1] !== undefined) {
      const v = own(vars, argv[1]);
      return v === undefined ? { stdout: '', stderr: '', code: 1 } : out(`${v}\n`);
    }
    return out(
      Object.entries(vars)
        .filter(([k]) => /^[A-Z]/.test(k))
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
  },
  clear: (s) => {
    s.clear = true;
    return out('');
  },
  which: (s, argv) => {
    const found = argv.slice(1).filter((n) => available(s, n));
    return {
      stdout: found.map((n) => `/usr/bin/${n}\n`).join(''),
      stderr: '',
      code: found.length === argv.length - 1 ? 0 : 1,
    };
  },
  sh: shellProgram,
  bash: shellProgram,
};

const COMMON = [
  'cat',
  'grep',
  'egrep',
  'fgrep',
  'head',
  'tail',
  'wc',
  'sort',
  'uniq',
  'ls',
  'echo',
  'hostname',
  'whoami',
  'date',
  'sleep',
  'env',
  'printenv',
  'clear',
  'which',
  'sh',
  'bash',
];

const WORKSTATION = new Set([
  ...COMMON,
  'kubectl',
  'curl',
  'wget',
  'dig',
  'nslookup',
  'host',
  'ssh',
  'ip',
  'iptables',
  'iptables-save',
]);

const NODE = new Set([
  ...COMMON,
  'kubectl',
  'curl',
  'wget',
  'dig',
  'nslookup',
  'host',
  'ssh',
  'ip',
  'iptables',
  'iptables-save',
  'iptables-legacy-save',
  'conntrack',
]);

/** Whether `name` exists on the current host (as a program, not a builtin). */
export function available(s: Session, name: string): boolean {
  const h = s.ctx.host;
  if (h === 'workstation') return WORKSTATION.has(name);
  if (isNodeHost(h)) return NODE.has(name);
  const p = podProfile(s);
  if (!p) return false;
  if (name === 'sh') return p.sh !== undefined;
  if (name === 'bash') return p.bash;
  if (name === 'egrep' || name === 'fgrep') return p.tools.has('grep');
  return p.tools.has(name);
}

function notFound(s: Session, name: string): ProcResult {
  const kind = shellKind(s);
  if (name.includes('/')) {
    return {
      stdout: '',
      stderr: `${shellName(kind)}: ${name}: No such file or directory\n`,
      code: 127,
    };
  }
  const text =
    kind === 'bash'
      ? `bash: ${name}: command not found\n`
      : kind === 'dash'
        ? `sh: 1: ${name}: not found\n`
        : `sh: ${name}: not found\n`;
  return { stdout: '', stderr: text, code: 127 };
}

/** Strips a directory from `/usr/bin/curl` when that is where the program lives. */
function programName(name: string): string {
  const m = /^\/(?:usr\/)?(?:local\/)?s?bin\/([^/]+)$/.exec(name);
  return m ? (m[1] as string) : name;
}

/** Runs argv[0] in the current context as an interactive shell would (builtins first). */
export function runProgram(s: Session, argv: string[], stdin: string): ProcResult {
  const name = argv[0] as string;
  const builtin = own(BUILTINS, name);
  if (builtin && !(name === 'help' && isPodHost(s.ctx.host) && shellKind(s) !== 'bash')) {
    return builtin(s, argv, stdin);
  }
  return runBinary(s, [programName(name), ...argv.slice(1)], stdin) ?? notFound(s, name);
}

/** Runs a program without a shell (what `kubectl exec POD -- prog` does); undefined if absent. */
export function runBinary(s: Session, argv: string[], stdin: string): ProcResult | undefined {
  const name = argv[0] as string;
  const prog = own(PROGRAMS, name);
  if (!prog || !available(s, name)) return undefined;
  return prog(s, argv, stdin);
}
