import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expandWord } from './expand.ts';
import { lex, type WordTok } from './lexer.ts';
import { runCommand } from './index.ts';
import { FIXED, Terminal } from './testkit.ts';

const words = (line: string): string[] => {
  const r = lex(line);
  if (!r.ok) throw new Error(`EOF ${r.eof}`);
  const x = {
    variable: (n: string) => (n === 'HOME' ? '/root' : undefined),
    substitute: () => 'sub',
    home: '/root',
  };
  return r.tokens.filter((t): t is WordTok => t.t === 'word').flatMap((w) => expandWord(w, x));
};

describe('lexer and expansion', () => {
  it.each([
    [`echo 'a  b' "c  d" e\\ f`, ['echo', 'a  b', 'c  d', 'e f']],
    [`curl -w '%{http_code}\\n' x`, ['curl', '-w', '%{http_code}\\n', 'x']],
    [`echo "$HOME" $NOPE "" ''`, ['echo', '/root', '', '']],
    [`echo $'a\\tb'`, ['echo', 'a\tb']],
    [`echo a#b # comment`, ['echo', 'a#b']],
    [`echo ~ ~/x '~'`, ['echo', '/root', '/root/x', '~']],
    [`echo $(true) "$(true)"`, ['echo', 'sub', 'sub']],
    [`echo "a\\"b" 'it'\\''s'`, ['echo', 'a"b', "it's"]],
  ])('%s', (line, expected) => {
    expect(words(line)).toEqual(expected);
  });

  it('reads here-documents', () => {
    const r = lex('cat <<EOF | wc -l\nline one\nline two\nEOF\n');
    expect(r.ok && r.tokens.find((t) => t.t === 'redir')).toMatchObject({
      op: '<<',
      body: 'line one\nline two\n',
    });
  });
});

describe('bash syntax errors (as bash 5.2 prints them interactively)', () => {
  it.each([
    [`echo 'abc`, "bash: unexpected EOF while looking for matching `''\n"],
    [`echo "abc`, 'bash: unexpected EOF while looking for matching `"\'\n'],
    [`echo $(ls`, "bash: unexpected EOF while looking for matching `)'\n"],
    ['| ls', "bash: syntax error near unexpected token `|'\n"],
    ['ls |', 'bash: syntax error: unexpected end of file\n'],
    ['ls &&', 'bash: syntax error: unexpected end of file\n'],
    ['ls ;;', "bash: syntax error near unexpected token `;;'\n"],
    ['ls ; ; ls', "bash: syntax error near unexpected token `;'\n"],
    ['echo >', "bash: syntax error near unexpected token `newline'\n"],
    ['ls )', "bash: syntax error near unexpected token `)'\n"],
    ['&& ls', "bash: syntax error near unexpected token `&&'\n"],
  ])('%s', (line, stderr) => {
    const r = new Terminal().run(line);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.exitCode).toBe(2);
  });

  it('busybox sh words it its own way', () => {
    const t = new Terminal();
    t.run('kubectl exec -it netshoot -- sh');
    expect(t.run(`echo 'x`).stderr).toBe('sh: syntax error: unterminated quoted string\n');
    expect(t.run('| ls').stderr).toBe('sh: syntax error: unexpected "|"\n');
    expect(t.run('nope').stderr).toBe('sh: nope: not found\n');
  });
});

describe('never throws', () => {
  const state = new Terminal().state;
  it('handles a 1 MB line', () => {
    const huge = `kubectl get svc ${'a'.repeat(1_000_000)}`;
    const r = runCommand(state, huge, { at: FIXED });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      `Error from server (NotFound): services "${'a'.repeat(1_000_000)}" not found\n`,
    );
  });

  it('handles binary garbage', () => {
    const r = runCommand(state, '\u0000\u0001\u0002\uffff\ud800', { at: FIXED });
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe('bash: \u0000\u0001\u0002\uffff\ud800: command not found\n');
  });

  it('survives arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        const r = runCommand(state, line, { at: FIXED });
        expect(typeof r.stdout).toBe('string');
        expect(r.stderr).not.toContain('internal error');
      }),
      { numRuns: 300 },
    );
  });

  it('survives kubectl/curl-shaped noise', () => {
    const word = fc.constantFrom(
      'kubectl',
      'get',
      'svc',
      '-n',
      '-o',
      'yaml',
      '--',
      '-it',
      'curl',
      '-v',
      'dig',
      '+short',
      'ssh',
      'node1',
      'exec',
      'netshoot',
      '|',
      'grep',
      '-c',
      '"',
      "'",
      ';',
      '&&',
      'x',
      '-w',
      'create',
      'service',
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), (ws) => {
        const r = runCommand(state, ws.join(' '), { at: FIXED });
        expect(r.stderr).not.toContain('internal error');
      }),
      { numRuns: 300 },
    );
  });
});
