/**
 * Moving between hosts: `ssh NODE [CMD]`, `exit`, `sh`/`bash` as programs, and running a program
 * inside a pod for `kubectl exec`.
 */

import type { Pod } from '../model/types.ts';
import { runLine } from './exec.ts';
import { readFile } from './fs.ts';
import { runBinary } from './programs.ts';
import { dispatch, podProfile, shellKind, type Session } from './session.ts';
import { isNodeHost, isPodHost, type ProcResult, type ShellContext } from './types.ts';

/** Runs `line` as a non-interactive shell script in `ctx`, then restores the session's context. */
export function runScript(s: Session, ctx: ShellContext, line: string, stdin: string): ProcResult {
  const saved = s.ctx;
  s.ctx = ctx;
  s.subshell++;
  try {
    const r = runLine(s, line, stdin);
    const code = s.exitRequested ?? r.code;
    return { ...r, code };
  } finally {
    s.exitRequested = undefined;
    s.subshell--;
    s.ctx = saved;
  }
}

/** `exit [N]` / `logout`. */
export function bashExit(s: Session, argv: string[]): ProcResult {
  const n = argv[1] === undefined ? s.status : Number.parseInt(argv[1], 10);
  const code = Number.isFinite(n) ? ((n % 256) + 256) % 256 : 2;
  if (s.subshell > 0) {
    s.exitRequested = code;
    return { stdout: '', stderr: '', code };
  }
  const ctx = s.ctx;
  const h = ctx.host;
  if (h === 'workstation' && !ctx.parent) return { stdout: '', stderr: '', code };
  const back: ShellContext = ctx.parent ?? { host: 'workstation' };
  const nested = ctx.parent !== undefined && JSON.stringify(ctx.parent.host) === JSON.stringify(h);
  let stdout = '';
  let stderr = '';
  if (isNodeHost(h) && !nested) stderr = `logout\nConnection to ${h.node} closed.\n`;
  else if (shellKind(s) === 'bash') stderr = 'exit\n';
  if (isPodHost(h) && !nested) {
    if (ctx.rmOnExit) {
      const r = dispatch(s, {
        type: 'object/deleted',
        kind: 'pods',
        name: ctx.rmOnExit.pod,
        namespace: ctx.rmOnExit.namespace,
      });
      stdout += `${r.message}\n`;
    } else if (code !== 0) stderr += `command terminated with exit code ${code}\n`;
  }
  s.ctx = back;
  return { stdout, stderr, code };
}

/** `sh`/`bash` run as programs: `-c CMD`, a script file, piped input, or a nested interactive shell. */
export function shellProgram(s: Session, argv: string[], stdin: string): ProcResult {
  const name = argv[0] === 'bash' ? 'bash' : 'sh';
  const args = argv.slice(1).filter((a) => a !== '-i' && a !== '-l' && a !== '--login');
  const ctx: ShellContext = { ...s.ctx, shell: name === 'bash' ? 'bash' : 'sh' };
  if (args[0] === '-c') {
    if (args[1] === undefined) {
      return { stdout: '', stderr: `${name}: -c: option requires an argument\n`, code: 2 };
    }
    return runScript(s, ctx, args[1], stdin);
  }
  if (args[0] !== undefined && !args[0].startsWith('-')) {
    const f = readFile(s, args[0]);
    if (!f.ok) return { stdout: '', stderr: `${name}: ${args[0]}: ${f.error}\n`, code: 127 };
    return runScript(s, ctx, f.text, stdin);
  }
  if (stdin !== '' || s.subshell > 0 || !s.stdoutTty) return runScript(s, ctx, stdin, '');
  s.ctx = { ...ctx, parent: s.ctx };
  return { stdout: '', stderr: '', code: 0 };
}

const SSH_OPTS_WITH_ARG = new Set([
  '-i',
  '-p',
  '-o',
  '-l',
  '-F',
  '-J',
  '-b',
  '-c',
  '-D',
  '-E',
  '-L',
  '-R',
  '-W',
]);

/** The node a name or address points at (node names and InternalIPs; `user@` stripped). */
function nodeNamed(s: Session, target: string): string | undefined {
  const host = target.replace(/^.*@/, '');
  for (const n of s.state.config.nodes) if (n.name === host || n.ip === host) return n.name;
  return undefined;
}

/** ssh from the workstation or a node: an interactive login (MOTD line) or a one-shot command. */
export function ssh(s: Session, argv: string[], stdin: string): ProcResult {
  let target: string | undefined;
  const rest: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (target === undefined && SSH_OPTS_WITH_ARG.has(a)) i++;
    else if (target === undefined && a.startsWith('-')) continue;
    else if (target === undefined) target = a;
    else rest.push(a);
  }
  if (target === undefined) {
    return {
      stdout: '',
      stderr:
        'usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface] [-b bind_address]\n' +
        '           [-c cipher_spec] [-D [bind_address:]port] [-E log_file]\n' +
        '           [-e escape_char] [-F configfile] [-I pkcs11] [-i identity_file]\n' +
        '           [-J destination] [-L address] [-l login_name] [-m mac_spec]\n' +
        '           [-O ctl_cmd] [-o option] [-P tag] [-p port] [-R address]\n' +
        '           [-S ctl_path] [-W host:port] [-w local_tun[:remote_tun]]\n' +
        '           destination [command [argument ...]]\n',
      code: 255,
    };
  }
  const host = target.replace(/^.*@/, '');
  const node = nodeNamed(s, target);
  if (!node) {
    if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
      return {
        stdout: '',
        stderr: `ssh: connect to host ${host} port 22: Connection timed out\n`,
        code: 255,
      };
    }
    const why = isPodHost(s.ctx.host) ? 'Name does not resolve' : 'Name or service not known';
    return { stdout: '', stderr: `ssh: Could not resolve hostname ${host}: ${why}\n`, code: 255 };
  }
  if (isPodHost(s.ctx.host)) {
    return { stdout: '', stderr: 'Host key verification failed.\n', code: 255 };
  }
  const ctx: ShellContext = { host: { node } };
  if (rest.length > 0) return runScript(s, ctx, rest.join(' '), stdin);
  const info = s.state.nodes[node]?.status.nodeInfo;
  const motd = info
    ? `Welcome to ${info.osImage} (GNU/Linux ${info.kernelVersion} ${info.architecture === 'amd64' ? 'x86_64' : info.architecture})\n\n`
    : '';
  s.ctx = s.ctx.host === 'workstation' && !s.ctx.parent ? ctx : { ...ctx, parent: s.ctx };
  return { stdout: motd, stderr: '', code: 0 };
}

export interface ExecTarget {
  pod: Pod;
  container: string;
}

function execId(s: Session, pod: Pod): string {
  let h = 0x811c9dc5;
  const text = `${pod.metadata.uid}/${s.at}`;
  let out = '';
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    h = Math.imul(h ^ round, 0x01000193) >>> 0;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

/**
 * `kubectl exec POD -- argv`: runs the program in the container. A shell with a terminal (`-it`)
 * becomes the session's context until `exit`. A missing executable fails the way containerd
 * reports it through the API server.
 */
export function execInPod(
  s: Session,
  t: ExecTarget,
  argv: string[],
  stdin: string,
  opts: { stdin: boolean; tty: boolean },
): ProcResult {
  const ns = t.pod.metadata.namespace ?? 'default';
  const ctx: ShellContext = {
    host: { pod: t.pod.metadata.name, namespace: ns, container: t.container },
  };
  const saved = s.ctx;
  s.ctx = ctx;
  const profile = podProfile(s);
  s.ctx = saved;
  const prog = argv[0] as string;
  const base = prog.replace(/^\/(?:usr\/)?(?:local\/)?s?bin\//, '');
  const isShell =
    (base === 'sh' && profile?.sh) ||
    (base === 'bash' && profile?.bash) ||
    (base === 'zsh' && profile?.tools.has('zsh'));
  if (isShell && argv.length === 1 && opts.stdin && opts.tty && s.subshell === 0) {
    s.ctx = {
      ...ctx,
      shell: base === 'sh' ? 'sh' : 'bash',
      ...(saved.host !== 'workstation' ? { parent: saved } : {}),
    };
    return { stdout: '', stderr: '', code: 0 };
  }
  const tty = s.stdoutTty;
  s.stdoutTty = opts.tty && tty;
  s.ctx = ctx;
  let r: ProcResult | undefined;
  try {
    if (isShell) {
      const shellArgv = [base === 'zsh' ? 'bash' : base, ...argv.slice(1)];
      r = runBinary(s, shellArgv, opts.stdin ? stdin : '');
    } else r = runBinary(s, [base, ...argv.slice(1)], opts.stdin ? stdin : '');
  } finally {
    s.ctx = saved;
    s.stdoutTty = tty;
  }
  if (!r) {
    return {
      stdout: '',
      stderr:
        `error: Internal error occurred: error executing command in container: failed to exec in container: ` +
        `failed to start exec "${execId(s, t.pod)}": OCI runtime exec failed: exec failed: unable to start container process: ` +
        `exec: "${prog}": executable file not found in $PATH: unknown\n`,
      code: 1,
    };
  }
  if (r.code !== 0)
    return { ...r, stderr: `${r.stderr}command terminated with exit code ${r.code}\n` };
  return r;
}
