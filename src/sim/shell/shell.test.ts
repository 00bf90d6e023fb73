import { describe, expect, it } from 'vitest';
import { completions } from './index.ts';
import { promptFor } from './index.ts';
import { Terminal } from './testkit.ts';

const PODS = `NAME                      READY   STATUS    RESTARTS   AGE
`;

describe('pipes and text tools', () => {
  const t = new Terminal();
  const podNames = t.pods('').filter((p) => p.metadata.namespace === 'default');

  it.each([
    ['echo hello | cat', 'hello\n'],
    ['echo -n a; echo b', 'ab\n'],
    ['echo -e "a\\tb"', 'a\tb\n'],
    ['printf "%s-%d\\n" x 7 y 8', 'x-7\ny-8\n'],
    ["printf 'a\\nb\\nc\\n' | grep -v b", 'a\nc\n'],
    ["printf 'Web\\nweb\\nx\\n' | grep -i WEB", 'Web\nweb\n'],
    ["printf 'Web\\nweb\\nx\\n' | grep -c web", '1\n'],
    ["printf 'web\\nwebsite\\n' | grep -w web", 'web\n'],
    ["printf 'a1\\nb2\\nc3\\n' | grep -E '[ab][0-9]'", 'a1\nb2\n'],
    ["printf 'a1\\nb2\\nc3\\n' | grep -n c", '3:c3\n'],
    ["printf 'x+y\\n' | grep 'x+y'", 'x+y\n'],
    ["printf '1\\n2\\n3\\n4\\n' | head -n 2", '1\n2\n'],
    ["printf '1\\n2\\n3\\n4\\n' | head -3", '1\n2\n3\n'],
    ["printf '1\\n2\\n3\\n4\\n' | tail -n 1", '4\n'],
    ["printf '1\\n2\\n3\\n4\\n' | tail -n +3", '3\n4\n'],
    ["printf '1\\n2\\n3\\n' | wc -l", '3\n'],
    ["printf 'b\\na\\nc\\n' | sort", 'a\nb\nc\n'],
    ["printf 'b\\na\\nc\\n' | sort -r", 'c\nb\na\n'],
    ["printf '10\\n9\\n100\\n' | sort -n", '9\n10\n100\n'],
    ["printf 'a\\na\\nb\\n' | uniq -c", '      2 a\n      1 b\n'],
    ['true && echo yes || echo no', 'yes\n'],
    ['false && echo yes || echo no', 'no\n'],
    ['false; echo $?', '1\n'],
    ['echo $((2 + 3 * 4))', '14\n'],
    ['echo "$(echo inner)"', 'inner\n'],
    ['cat <<EOF\nline $HOME\nEOF', 'line $HOME\n'],
    ['wc -l <<< "one"', '1\n'],
    ['kubectl get pods --no-headers | wc -l', `${podNames.length}\n`],
  ])('%s', (line, stdout) => {
    const r = t.run(line);
    expect(r.stdout).toBe(stdout);
  });

  it('grep exits 1 when nothing matches and 2 for a missing pattern', () => {
    expect(t.run('echo a | grep b').exitCode).toBe(1);
    const r = t.run('grep');
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toBe(
      "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
    );
  });

  it('head rejects a bad count like GNU head', () => {
    expect(t.run('echo a | head -n x').stderr).toBe('head: invalid number of lines: ‘x’\n');
  });

  it('filters kubectl tables', () => {
    expect(t.run('kubectl get pods | head -1').stdout).toBe(PODS);
    expect(t.run('kubectl get pods | grep -c Running').stdout).toBe(`${podNames.length}\n`);
  });

  it('unknown commands exit 127', () => {
    const r = t.run('foo --bar');
    expect(r).toMatchObject({
      stdout: '',
      stderr: 'bash: foo: command not found\n',
      exitCode: 127,
    });
  });
});

describe('redirections and files', () => {
  it('reads and writes editor files on the workstation', () => {
    const t = new Terminal({ files: { 'notes.txt': 'one\ntwo\n' } });
    expect(t.out('cat notes.txt')).toBe('one\ntwo\n');
    expect(t.out('wc -l < notes.txt')).toBe('2\n');
    const r = t.run('kubectl get svc kubernetes -o name > out.txt');
    expect(r.stdout).toBe('');
    expect(r.files).toEqual({ 'notes.txt': 'one\ntwo\n', 'out.txt': 'service/kubernetes\n' });
    t.run('echo more >> out.txt');
    expect(t.out('cat out.txt')).toBe('service/kubernetes\nmore\n');
    expect(t.run('cat nope.txt').stderr).toBe('cat: nope.txt: No such file or directory\n');
    expect(t.run('ls').stdout).toBe('notes.txt  out.txt\n');
  });

  it('2>&1 and /dev/null', () => {
    const t = new Terminal();
    expect(t.run('kubectl get svc nope 2>&1').stdout).toBe(
      'Error from server (NotFound): services "nope" not found\n',
    );
    expect(t.run('kubectl get svc nope 2>/dev/null')).toMatchObject({
      stdout: '',
      stderr: '',
      exitCode: 1,
    });
    expect(t.run('kubectl get svc nope &>/dev/null')).toMatchObject({ stdout: '', stderr: '' });
  });

  it('pods have the kubelet-written resolv.conf', () => {
    const t = new Terminal();
    expect(t.out('kubectl exec netshoot -- cat /etc/resolv.conf')).toBe(
      'search default.svc.cluster.local svc.cluster.local cluster.local\nnameserver 10.96.0.10\noptions ndots:5\n',
    );
    expect(t.out('kubectl exec netshoot -- hostname')).toBe('netshoot\n');
  });
});

describe('contexts and prompts', () => {
  it('ssh into a node and back', () => {
    const t = new Terminal();
    expect(promptFor(t.state)).toBe('$ ');
    const r = t.run('ssh node1');
    expect(r.stdout).toBe('Welcome to Ubuntu 24.04.2 LTS (GNU/Linux 6.8.0-60-generic x86_64)\n\n');
    expect(r.prompt).toBe('root@node1:~# ');
    expect(r.context).toEqual({ host: { node: 'node1' } });
    expect(t.out('hostname')).toBe('node1\n');
    expect(t.run('cd /etc').prompt).toBe('root@node1:/etc# ');
    const back = t.run('exit');
    expect(back).toMatchObject({ stderr: 'logout\nConnection to node1 closed.\n', prompt: '$ ' });
    expect(back.context).toEqual({ host: 'workstation' });
  });

  it('ssh NODE CMD runs one command there', () => {
    const t = new Terminal();
    expect(t.run('ssh root@node2 hostname')).toMatchObject({ stdout: 'node2\n', prompt: '$ ' });
    expect(t.run('ssh 192.168.0.13 hostname').stdout).toBe('node3\n');
    expect(t.run('ssh node9')).toMatchObject({
      stderr: 'ssh: Could not resolve hostname node9: Name or service not known\n',
      exitCode: 255,
    });
  });

  it('kubectl exec -it into bash and sh', () => {
    const t = new Terminal();
    expect(t.run('kubectl exec -it netshoot -- bash').prompt).toBe('bash-5.2# ');
    expect(t.run('exit')).toMatchObject({ stderr: 'exit\n', prompt: '$ ' });
    expect(t.run('kubectl exec -it netshoot -- sh').prompt).toBe('~ # ');
    expect(t.run('exit 3')).toMatchObject({
      stderr: 'command terminated with exit code 3\n',
      exitCode: 3,
    });
  });

  it('containers without a shell fail like containerd does', () => {
    const t = new Terminal();
    const pod = t.pods('my-app')[0]?.metadata.name ?? '';
    const r = t.run(`kubectl exec -it ${pod} -- sh`);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(
      /^Defaulted container "web" out of: web, web-alt\nerror: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "sh": executable file not found in \$PATH: unknown\n$/,
    );
  });

  it('kubectl exec argument errors', () => {
    const t = new Terminal();
    expect(t.run('kubectl exec netshoot ls').stderr).toBe(
      "error: exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead\nSee 'kubectl exec -h' for help and examples\n",
    );
    expect(t.run('kubectl exec netshoot').stderr).toBe(
      "error: you must specify at least one command for the container\nSee 'kubectl exec -h' for help and examples\n",
    );
    expect(t.run('kubectl exec nope -- ls').stderr).toBe(
      'Error from server (NotFound): pods "nope" not found\n',
    );
    expect(t.run('kubectl exec netshoot -- nope')).toMatchObject({ exitCode: 1 });
  });

  it('a deleted pod ends its session', () => {
    const t = new Terminal();
    t.run('kubectl exec -it netshoot -- bash');
    const r = t.run('kubectl version --client');
    expect(r.stderr).toBe('bash: kubectl: command not found\n');
    t.context = { host: 'workstation' };
    t.run('kubectl delete pod netshoot');
    t.context = { host: { pod: 'netshoot', namespace: 'default' }, shell: 'bash' };
    const after = t.run('hostname');
    expect(after.context).toEqual({ host: 'workstation' });
  });

  it('clear, history and help', () => {
    const t = new Terminal();
    expect(t.run('clear').clear).toBe(true);
    t.run('echo hi');
    expect(t.out('history')).toBe('    1  clear\n    2  echo hi\n    3  history\n');
    expect(t.out('help')).toContain('kubectl get|describe');
  });

  it('completes commands, kubectl verbs, resources and names', () => {
    const t = new Terminal();
    expect(completions(t.state, 'kub', 3)).toEqual(['kubectl']);
    expect(completions(t.state, 'kubectl ge', 10)).toEqual(['get']);
    expect(completions(t.state, 'kubectl get sv', 14)).toEqual(['svc']);
    expect(completions(t.state, 'kubectl get svc ', 16)).toEqual(['kubernetes']);
    expect(completions(t.state, 'kubectl exec -it net', 20)).toEqual(['netshoot']);
    expect(completions(t.state, 'kubectl get pods -n kube', 24)).toEqual([
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ]);
    expect(completions(t.state, 'ssh no', 6)).toEqual(['node1', 'node2', 'node3']);
    expect(completions(t.state, 'kubectl get svc --show-l', 24)).toEqual(['--show-labels']);
  });
});
