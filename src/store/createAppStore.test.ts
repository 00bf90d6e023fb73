import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from './createAppStore.ts';
import { EXAMPLE_FILES } from './exampleFiles.ts';
import { hopDurationMs } from './traceSlice.ts';

const T0 = 1_750_000_000_000;
const make = () => createAppStore({ now: () => T0, setTimeout: () => 0, clearTimeout: () => {} });

describe('files', () => {
  it('starts with the article manifests, one per tab, and a blank scratch file', () => {
    const s = make().getState();
    expect(s.files.map((f) => f.path)).toEqual([
      'clusterip-service.yaml',
      'nodeport-service.yaml',
      'lb-service.yaml',
      'externalname-service.yaml',
      'headless-service.yaml',
      'scratch.yaml',
    ]);
    expect(s.activeFile).toBe('clusterip-service.yaml');
    expect(s.files.at(-1)?.content).toBe('');
  });

  it('adds, renames and closes files, refusing bad or taken names', () => {
    const store = make();
    const { addFile, renameFile, closeFile } = store.getState();
    expect(addFile()).toBe('untitled.yaml');
    expect(addFile()).toBe('untitled-2.yaml');
    expect(store.getState().activeFile).toBe('untitled-2.yaml');
    expect(renameFile('untitled.yaml', 'scratch.yaml')).toBe('taken');
    expect(renameFile('untitled.yaml', 'a b.yaml')).toBe('invalid');
    expect(renameFile('untitled.yaml', '../x.yaml')).toBe('invalid');
    expect(renameFile('untitled.yaml', '  ')).toBe('empty');
    expect(renameFile('nope.yaml', 'x.yaml')).toBe('missing');
    expect(renameFile('untitled-2.yaml', 'web.yaml')).toBeNull();
    expect(store.getState().activeFile).toBe('web.yaml');
    closeFile('web.yaml');
    expect(store.getState().activeFile).toBe('untitled.yaml'); // its left neighbour
  });

  it('never leaves the workspace without a file', () => {
    const store = make();
    for (const f of EXAMPLE_FILES) store.getState().closeFile(f.path);
    expect(store.getState().files).toEqual([{ path: 'scratch.yaml', content: '' }]);
  });

  it('applyFile runs kubectl apply in the terminal with the real output', () => {
    const store = make();
    expect(store.getState().applyFile('nodeport-service.yaml')).toBe(0);
    expect(store.getState().lines.map((l) => [l.kind, l.text])).toEqual([
      ['prompt', '$ kubectl apply -f nodeport-service.yaml'],
      ['stdout', 'service/nodeport-service created'],
    ]);
    expect(store.getState().sim.services['default/nodeport-service']).toBeDefined();
    expect(store.getState().history).toEqual(['kubectl apply -f nodeport-service.yaml']);
  });

  it('applyFile runs on the workstation even while the shell is inside a pod', () => {
    const store = make();
    store.getState().run('kubectl exec -it netshoot -- bash');
    expect(store.getState().applyFile('lb-service.yaml')).toBe(0);
    const s = store.getState();
    expect(s.lines.slice(-2).map((l) => l.text)).toEqual([
      '$ kubectl apply -f lb-service.yaml',
      'service/lb-service created',
    ]);
    expect(s.prompt).toBe('bash-5.2# ');
  });

  it('the article ClusterIP manifest is rejected with the API-server error', () => {
    const store = make();
    expect(store.getState().applyFile('clusterip-service.yaml')).toBe(1);
    expect(store.getState().lines.at(-1)).toMatchObject({
      kind: 'stderr',
      text: 'The Service "clusterip-service" is invalid: spec.clusterIPs: Invalid value: []string{"10.10.10.10"}: failed to allocate IP 10.10.10.10: the provided network does not match the current range',
    });
  });
});

describe('terminal', () => {
  it('keeps history without blanks and repeats, clears, cancels', () => {
    const store = make();
    const { run, cancelLine, clearTerminal } = store.getState();
    run('kubectl get ns');
    run('kubectl get ns');
    run('');
    run(' echo hidden');
    expect(store.getState().history).toEqual(['kubectl get ns']);
    cancelLine('kubectl get po');
    expect(store.getState().lines.at(-1)).toMatchObject({
      kind: 'prompt',
      text: '$ kubectl get po^C',
    });
    clearTerminal();
    expect(store.getState().lines).toEqual([]);
    run('clear');
    expect(store.getState().lines).toEqual([]);
  });

  it('follows the shell context and prompt into a pod and back', () => {
    const store = make();
    store.getState().run('kubectl exec -it netshoot -- bash');
    expect(store.getState().prompt).toBe('bash-5.2# ');
    store.getState().run('exit');
    expect(store.getState().prompt).toBe('$ ');
    expect(store.getState().context).toEqual({ host: 'workstation' });
  });

  it('records traces of commands that send traffic and plays them', () => {
    const store = make();
    store.getState().applyFile('externalname-service.yaml');
    store
      .getState()
      .run('kubectl exec -it netshoot -- curl externalname-service.default.svc.cluster.local');
    const s = store.getState();
    expect(s.lines.at(-1)?.text).toContain('<title>Error 404 (Not Found)!!1</title>');
    expect(s.traces).toHaveLength(1);
    expect(s.traces[0]).toMatchObject({
      source: 'terminal',
      label: 'kubectl exec -it netshoot -- curl externalname-service.default.svc.cluster.local',
    });
    expect(s.playback).toMatchObject({ traceId: s.traces[0]?.id, hop: 0, playing: true });
  });

  it('files written by a redirection open as tabs', () => {
    const store = make();
    store.getState().run('kubectl get svc kubernetes -o yaml > kube.yaml');
    const f = store.getState().files.find((x) => x.path === 'kube.yaml');
    expect(f?.content).toContain('name: kubernetes');
  });
});

describe('traces and playback', () => {
  it('sendRequest records the trace and steps through its hops', () => {
    const store = make();
    store.getState().applyFile('nodeport-service.yaml');
    const trace = store.getState().sendRequest({ from: 'client', to: 'node3:30001' });
    expect(trace.outcome).toBe('delivered');
    const s = store.getState();
    expect(s.traces.at(-1)).toMatchObject({ label: 'client → node3:30001', source: 'canvas' });
    const last = trace.hops.length - 1;
    s.stepForward();
    expect(store.getState().playback).toMatchObject({ hop: 1, playing: false });
    s.selectHop(99);
    expect(store.getState().playback.hop).toBe(last);
    s.stepForward();
    expect(store.getState().playback.hop).toBe(last);
    s.stepBack();
    expect(store.getState().playback.hop).toBe(last - 1);
    s.play();
    s.tick();
    expect(store.getState().playback).toMatchObject({ hop: last, playing: false });
    s.play(); // from the end: starts over
    expect(store.getState().playback).toMatchObject({ hop: 0, playing: true });
  });

  it('sendMany sends one batch and the history is capped', () => {
    const store = make();
    store.getState().applyFile('nodeport-service.yaml');
    const traces = store.getState().sendMany({ from: 'client', to: 'node1:30001' }, 10, 'Send 10');
    expect(traces).toHaveLength(10);
    const s = store.getState();
    const batch = s.traces.map((t) => t.batch);
    expect(new Set(batch).size).toBe(1);
    expect(s.playback.batch).toBe(s.traces[0]?.id);
    const pods = new Set(traces.map((t) => t.pod));
    expect(pods.size).toBe(2);
    store.getState().sendMany({ from: 'client', to: 'node1:30001' }, 100);
    expect(store.getState().traces).toHaveLength(50);
  });

  it('the playback clock advances one hop per hop duration and stops at the end', () => {
    vi.useFakeTimers();
    try {
      const store = createAppStore({ now: () => T0 });
      store.getState().applyFile('nodeport-service.yaml');
      store.getState().setSpeed(2);
      const trace = store.getState().sendRequest({ from: 'client', to: 'node3:30001' });
      vi.advanceTimersByTime(hopDurationMs(2) * 2 + 1);
      expect(store.getState().playback.hop).toBe(2);
      vi.advanceTimersByTime(hopDurationMs(2) * 50);
      expect(store.getState().playback).toMatchObject({
        hop: trace.hops.length - 1,
        playing: false,
      });
    } finally {
      vi.useRealTimers();
    }
  });

  it('resetCluster restores the default cluster and keeps the files', () => {
    const store = make();
    store.getState().setFileContent('scratch.yaml', '# mine');
    store.getState().applyFile('nodeport-service.yaml');
    store.getState().sendRequest({ from: 'client', to: 'node3:30001' });
    store.getState().resetCluster();
    const s = store.getState();
    expect(s.sim.services['default/nodeport-service']).toBeUndefined();
    expect(s.traces).toEqual([]);
    expect(s.files.find((f) => f.path === 'scratch.yaml')?.content).toBe('# mine');
    expect(s.history).toEqual(['kubectl apply -f nodeport-service.yaml']);
  });

  it('resetCluster after a reload restores the default cluster, not the stored one', () => {
    const first = make();
    first.getState().applyFile('nodeport-service.yaml');
    const stored = first.getState().sim;
    const store = createAppStore({
      now: () => T0,
      setTimeout: () => 0,
      clearTimeout: () => {},
      restored: { sim: stored, damaged: false },
    });
    expect(store.getState().sim.services['default/nodeport-service']).toBeDefined();
    store.getState().resetCluster();
    expect(store.getState().sim.services['default/nodeport-service']).toBeUndefined();
  });

  it('dispatch stamps actions with the clock', () => {
    const store = make();
    const r = store.getState().dispatch({ type: 'deployment/scaled', name: 'my-app', replicas: 3 });
    expect(r).toEqual({ ok: true, message: 'deployment.apps/my-app scaled' });
    expect(store.getState().sim.now).toBe(T0);
  });
});
