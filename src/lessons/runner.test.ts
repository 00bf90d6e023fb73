import { describe, expect, it } from 'vitest';
import { getLesson, lessons, startState } from './index.ts';
import { buildStart, runStep, runSteps, startWorld } from './runner.ts';
import { AT } from './testkit.ts';

const world = () => startWorld({ files: [{ path: 'a.yaml', content: 'kind: Service\n' }] }, AT);

describe('runStep', () => {
  it('edits and replaces editor files', () => {
    let w = runStep(
      world(),
      { kind: 'replace', file: 'a.yaml', find: 'Service', replace: 'Pod' },
      AT,
    ).world;
    expect(w.files['a.yaml']).toBe('kind: Pod\n');
    w = runStep(w, { kind: 'edit', file: 'b.yaml', content: 'x' }, AT).world;
    expect(w.files['b.yaml']).toBe('x');
  });

  it('reports a step it cannot perform instead of throwing', () => {
    const w = world();
    expect(
      runStep(w, { kind: 'replace', file: 'a.yaml', find: 'nope', replace: '' }, AT).output,
    ).toEqual({
      stdout: '',
      stderr: 'a.yaml has no "nope"\n',
      exitCode: 1,
      error: 'a.yaml has no "nope"',
    });
    expect(
      runStep(w, { kind: 'deletePod', pod: { selector: { app: 'nope' } } }, AT).output?.error,
    ).toBe('no such pod');
    expect(runStep(w, { kind: 'answer', question: 'q' }, AT).output?.error).toBe('no answer for q');
  });

  it('keeps the terminal context between commands, as the terminal does', () => {
    const { world: w, outputs } = runSteps(
      world(),
      [
        { kind: 'command', line: 'kubectl exec -it netshoot -- bash' },
        { kind: 'command', line: 'curl -s -o /dev/null -w "%{http_code}" google.com' },
      ],
      AT,
    );
    expect(w.context.host).toMatchObject({ pod: 'netshoot', namespace: 'default' });
    expect(outputs[1]?.stdout).toBe('301');
    expect(w.traces.map((t) => t.request.from)).toEqual(['pod/netshoot']);
  });

  it('deletes a pod by label and records files written by redirections', () => {
    const { world: w, outputs } = runSteps(
      world(),
      [
        { kind: 'deletePod', pod: { selector: { app: 'my-app' }, index: 1 } },
        { kind: 'command', line: 'kubectl get svc kubernetes -o name > out.txt' },
      ],
      AT,
    );
    expect(outputs[0]?.stdout).toBe('pod "my-app-74459c966f-rrb7t" deleted\n');
    expect(w.files['out.txt']).toBe('service/kubernetes\n');
  });

  it('sends a request several times', () => {
    const w = runStep(
      world(),
      { kind: 'send', request: { from: 'pod/netshoot', to: 'google.com:80' }, count: 3 },
      AT,
    ).world;
    expect(w.traces).toHaveLength(3);
  });
});

describe('start states', () => {
  it('are pure: the same spec and time give the same state', () => {
    const spec = getLesson('07-debugging')?.tasks[3]?.start;
    if (!spec) throw new Error('no start');
    expect(buildStart(spec, AT)).toEqual(buildStart(spec, AT));
  });

  it('exist for every lesson and every task that starts over', () => {
    for (const l of lessons) {
      expect(startState(l, AT).files.length).toBeGreaterThan(0);
      for (const t of l.tasks) if (t.start) expect(startState(t, AT).sim).toBeDefined();
    }
  });

  it('a task that continues has no start of its own', () => {
    const task = getLesson('01-why-services')?.tasks[1];
    if (!task) throw new Error('no task');
    expect(() => startState(task, AT)).toThrow('continues from the previous task');
  });

  it('the LoadBalancer lesson begins without a load-balancer implementation', () => {
    const lesson = getLesson('04-loadbalancer');
    if (!lesson) throw new Error('no lesson');
    expect(startState(lesson, AT).sim.config.loadBalancer).toBeNull();
  });
});
