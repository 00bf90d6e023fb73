/**
 * Runs a parsed command line: `;`/`&&`/`||` lists, pipelines (stdout into the next stdin, stderr to
 * the terminal), redirections (`>`, `>>`, `<`, `2>&1`, `&>`, here-documents and here-strings) and
 * word expansion. Programs come from programs.ts.
 */

import { expandWord, type Expander } from './expand.ts';
import { readFile, writeFile } from './fs.ts';
import { lex } from './lexer.ts';
import { parse, type AndOr, type Pipeline, type SimpleCommand } from './parser.ts';
import { runProgram, variables } from './programs.ts';
import { MAX_DEPTH, shellKind, shellName, type Session, type ShellKind } from './session.ts';
import { own, type ProcResult } from './types.ts';

function eofMessage(kind: ShellKind, ch: string): string {
  if (kind === 'bash') return `bash: unexpected EOF while looking for matching \`${ch}'\n`;
  if (kind === 'dash') return 'sh: 1: Syntax error: Unterminated quoted string\n';
  return 'sh: syntax error: unterminated quoted string\n';
}

function syntaxMessage(kind: ShellKind, message: string): string {
  if (kind === 'bash') return `bash: ${message}\n`;
  const tok = /`(.*)'/.exec(message)?.[1];
  if (kind === 'dash') {
    return tok
      ? `sh: 1: Syntax error: "${tok}" unexpected\n`
      : 'sh: 1: Syntax error: end of file unexpected\n';
  }
  return tok
    ? `sh: syntax error: unexpected "${tok}"\n`
    : 'sh: syntax error: unexpected end of file\n';
}

function expander(s: Session): Expander {
  const vars = variables(s);
  return {
    variable: (name) => (name === '?' ? String(s.status) : own(vars, name)),
    substitute: (src) => {
      if (s.depth >= MAX_DEPTH) return '';
      s.depth++;
      const tty = s.stdoutTty;
      s.stdoutTty = false;
      try {
        return runLine(s, src, '').stdout;
      } finally {
        s.depth--;
        s.stdoutTty = tty;
      }
    },
    home: vars.HOME ?? '/root',
  };
}

type Sink = 'out' | 'err' | 'null' | { file: string; append: boolean };

interface Routed {
  out: string;
  err: string;
}

function route(s: Session, sink: Sink, text: string, acc: Routed): void {
  if (text === '' || sink === 'null') return;
  if (sink === 'out') acc.out += text;
  else if (sink === 'err') acc.err += text;
  else writeFile(s, sink.file, text, true);
}

/** One simple command with its redirections; stdout/stderr routed as the redirections say. */
function runSimple(s: Session, cmd: SimpleCommand, stdin: string, last: boolean): ProcResult {
  const x = expander(s);
  const argv = cmd.words.flatMap((w) => expandWord(w, x));
  let input = stdin;
  const fds: Record<number, Sink> = { 1: 'out', 2: 'err' };
  const acc: Routed = { out: '', err: '' };
  for (const r of cmd.redirs) {
    if (r.op === '<<') {
      input = r.body ?? '';
      continue;
    }
    if (r.op === '>&') {
      fds[r.fd] = fds[r.dup ?? 1] ?? 'out';
      continue;
    }
    const target = r.target ? expandWord(r.target, x).join(' ') : '';
    if (r.op === '<<<') {
      input = `${target}\n`;
      continue;
    }
    if (r.op === '<') {
      const f = readFile(s, target);
      if (!f.ok) {
        const kind = shellKind(s);
        return { stdout: '', stderr: `${shellName(kind)}: ${target}: ${f.error}\n`, code: 1 };
      }
      input = f.text;
      continue;
    }
    const sink: Sink =
      target === '/dev/null'
        ? 'null'
        : target === '/dev/stdout'
          ? 'out'
          : target === '/dev/stderr'
            ? 'err'
            : { file: target, append: r.op === '>>' };
    if (typeof sink === 'object') {
      const w = writeFile(s, target, '', sink.append);
      if (w)
        return { stdout: '', stderr: `${shellName(shellKind(s))}: ${target}: ${w}\n`, code: 1 };
      sink.append = true;
    }
    if (r.fd === -1) {
      fds[1] = sink;
      fds[2] = sink;
    } else fds[r.fd] = sink;
  }
  if (argv.length === 0) return { stdout: '', stderr: '', code: 0 };
  const base = s.stdoutTty;
  s.stdoutTty = base && last && fds[1] === 'out';
  let res: ProcResult;
  try {
    res = runProgram(s, argv, input);
  } finally {
    s.stdoutTty = base;
  }
  route(s, fds[1] ?? 'out', res.stdout, acc);
  route(s, fds[2] ?? 'err', res.stderr, acc);
  return { stdout: acc.out, stderr: acc.err, code: res.code };
}

function runPipeline(s: Session, p: Pipeline, stdin: string): ProcResult {
  let input = stdin;
  let stderr = '';
  let last: ProcResult = { stdout: '', stderr: '', code: 0 };
  p.cmds.forEach((cmd, i) => {
    if (s.exitRequested !== undefined) return;
    last = runSimple(s, cmd, input, i === p.cmds.length - 1);
    stderr += last.stderr;
    input = last.stdout;
  });
  const code = p.bang ? (last.code === 0 ? 1 : 0) : last.code;
  return { stdout: last.stdout, stderr, code };
}

function runAndOr(s: Session, a: AndOr, stdin: string): ProcResult {
  let r = runPipeline(s, a.first, stdin);
  s.status = r.code;
  let out = r.stdout;
  let err = r.stderr;
  for (const { op, pipeline } of a.rest) {
    if (s.exitRequested !== undefined) break;
    if ((op === '&&' && r.code !== 0) || (op === '||' && r.code === 0)) continue;
    r = runPipeline(s, pipeline, '');
    s.status = r.code;
    out += r.stdout;
    err += r.stderr;
  }
  return { stdout: out, stderr: err, code: r.code };
}

/** Lexes, parses and runs a command line in the session's current context. */
export function runLine(s: Session, line: string, stdin: string): ProcResult {
  const kind = shellKind(s);
  const lexed = lex(line);
  if (!lexed.ok) return { stdout: '', stderr: eofMessage(kind, lexed.eof), code: 2 };
  const parsed = parse(lexed.tokens);
  const warn = lexed.warnings.map((w) => `${w}\n`).join('');
  if (!parsed.ok)
    return { stdout: '', stderr: warn + syntaxMessage(kind, parsed.message), code: 2 };
  let stdout = '';
  let stderr = warn;
  let code = 0;
  parsed.list.forEach((a, i) => {
    if (s.exitRequested !== undefined) return;
    const r = runAndOr(s, a, i === 0 ? stdin : '');
    stdout += r.stdout;
    stderr += r.stderr;
    code = r.code;
  });
  s.status = code;
  return { stdout, stderr, code };
}
