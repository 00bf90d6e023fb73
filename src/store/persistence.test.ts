import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore.ts';
import {
  BACKUP_KEY,
  STORAGE_KEY,
  decodePersisted,
  encodePersisted,
  loadPersisted,
  savePersisted,
  toPersisted,
  type StorageLike,
} from './persistence.ts';

const T0 = 1_750_000_000_000;
const opts = { now: () => T0, setTimeout: () => 0, clearTimeout: () => {} };

class MemoryStorage implements StorageLike {
  data = new Map<string, string>();
  quota = Infinity;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (v.length > this.quota) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
}

function busyStore() {
  const store = createAppStore(opts);
  const s = store.getState();
  s.setFileContent('scratch.yaml', 'kind: Service # mine\n');
  s.applyFile('nodeport-service.yaml');
  s.run('kubectl exec -it netshoot -- sh');
  s.sendRequest({ from: 'client', to: 'node3:30001' });
  s.setLanguage('ko');
  s.setSpeed(4);
  return store;
}

describe('persistence', () => {
  it('round-trips files, cluster, terminal, traces and preferences', () => {
    const before = busyStore().getState();
    const storage = new MemoryStorage();
    expect(savePersisted(storage, before)).toBe(true);
    const restored = loadPersisted(storage);
    expect(restored.damaged).toBe(false);
    const after = createAppStore({ ...opts, restored }).getState();
    expect(after.files).toEqual(before.files);
    expect(after.sim).toEqual(before.sim);
    expect(after.history).toEqual(before.history);
    expect(after.lines).toEqual(before.lines);
    expect(after.prompt).toBe('~ # ');
    expect(after.context).toEqual(before.context);
    expect(after.traces).toEqual(before.traces);
    expect(after.language).toBe('ko');
    expect(after.playback.speed).toBe(4);
    // New ids continue after the restored ones.
    after.run('exit');
    const ids = after.lines.map((l) => l.id);
    const next = createAppStore({ ...opts, restored }).getState();
    next.run('exit');
    expect(Math.min(...next.lines.slice(ids.length).map((l) => l.id))).toBeGreaterThan(
      Math.max(...ids),
    );
  });

  it('a restored cluster keeps working with the simulator', () => {
    const storage = new MemoryStorage();
    savePersisted(storage, busyStore().getState());
    const store = createAppStore({ ...opts, restored: loadPersisted(storage) });
    store.getState().run('exit');
    store.getState().run('kubectl get svc nodeport-service');
    expect(store.getState().lines.at(-1)?.text).toMatch(/^NAME +TYPE +CLUSTER-IP/);
  });

  const cases: [string, string | null, { files: boolean; damaged: boolean; sim: boolean }][] = [
    ['nothing stored', null, { files: false, damaged: false, sim: false }],
    ['not JSON', '{"v":1,"files":[', { files: false, damaged: true, sim: false }],
    ['a number', '42', { files: false, damaged: true, sim: false }],
    [
      'an old version: files kept',
      JSON.stringify({ v: 0, files: [{ path: 'a.yaml', content: 'x' }], sim: 1 }),
      { files: true, damaged: true, sim: false },
    ],
    [
      'a damaged cluster: files kept',
      JSON.stringify({ v: 1, files: [{ path: 'a.yaml', content: 'x' }], sim: { config: 1 } }),
      { files: true, damaged: true, sim: false },
    ],
    [
      'bad file entries are skipped',
      JSON.stringify({
        v: 1,
        files: [{ path: '../etc', content: 'x' }, { path: 'a.yaml', content: 3 }, 'x'],
      }),
      { files: false, damaged: true, sim: false },
    ],
  ];
  it.each(cases)('%s', (_name, raw, want) => {
    const r = decodePersisted(raw);
    expect(r.files !== undefined).toBe(want.files);
    expect(r.damaged).toBe(want.damaged);
    expect(r.sim !== undefined).toBe(want.sim);
  });

  it('keeps an unreadable value as a backup before it can be overwritten', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{broken');
    const r = loadPersisted(storage);
    expect(r.damaged).toBe(true);
    expect(storage.getItem(BACKUP_KEY)).toBe('{broken');
    const store = createAppStore({ ...opts, restored: r });
    expect(store.getState().files.length).toBe(6);
  });

  it('a damaged terminal or trace list does not cost the files or the cluster', () => {
    const p = toPersisted(busyStore().getState());
    const raw = JSON.stringify({
      ...p,
      terminal: { history: [1, 'ok'], lines: [{ id: 'x' }], context: 'pod', prompt: 3 },
      traces: [{ id: 1 }],
    });
    const r = decodePersisted(raw);
    expect(r.files).toEqual(p.files);
    expect(r.sim).toEqual(p.sim);
    expect(r.terminal).toEqual({
      history: ['ok'],
      lines: [],
      context: { host: 'workstation' },
      prompt: '$ ',
    });
    expect(r.traces).toEqual([]);
  });

  it('when the quota is exceeded it saves without transcript and traces', () => {
    const state = busyStore().getState();
    const full = encodePersisted(toPersisted(state)).length;
    const lean = encodePersisted(toPersisted(state, true)).length;
    const storage = new MemoryStorage();
    storage.quota = Math.floor((full + lean) / 2);
    expect(savePersisted(storage, state)).toBe(true);
    const r = loadPersisted(storage);
    expect(r.files).toEqual(state.files);
    expect(r.traces).toEqual([]);
    storage.quota = 10;
    expect(savePersisted(storage, state)).toBe(false);
  });
});
