import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore.ts';
import { openShareFragment, shareFragment } from './share.ts';
import { decodeShare, encodeShare, SHARE_PREFIX } from './shareLink.ts';

const opts = { now: () => 1_750_000_000_000, setTimeout: () => 0, clearTimeout: () => {} };

async function deflate(text: string): Promise<string> {
  const body = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(body).arrayBuffer());
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

describe('share links', () => {
  it('round-trip the files and the cluster into another store', async () => {
    const a = createAppStore(opts);
    a.getState().setFileContent('scratch.yaml', '# 한국어 주석 and <b>text</b>\n');
    a.getState().applyFile('nodeport-service.yaml');
    a.getState().setActiveFile('scratch.yaml');
    const fragment = await shareFragment(a);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(20_000);

    const b = createAppStore(opts);
    let backedUp = 0;
    const r = await openShareFragment(b, fragment, () => backedUp++);
    expect(r.ok).toBe(true);
    expect(backedUp).toBe(1);
    const s = b.getState();
    expect(s.files).toEqual(a.getState().files);
    expect(s.activeFile).toBe('scratch.yaml');
    expect(s.sim).toEqual(a.getState().sim);
    expect(s.notice?.code).toBe('share.loaded');
  });

  it('keep local work that differs from the shared files', async () => {
    const a = createAppStore(opts);
    const fragment = await shareFragment(a);
    const b = createAppStore(opts);
    b.getState().setFileContent('scratch.yaml', 'local work');
    b.getState().addFile('mine.yaml', 'more local work');
    await openShareFragment(b, fragment);
    const files = b.getState().files;
    expect(files.find((f) => f.path === 'scratch.yaml')?.content).toBe('');
    expect(files.find((f) => f.path === 'local-scratch.yaml')?.content).toBe('local work');
    expect(files.find((f) => f.path === 'mine.yaml')?.content).toBe('more local work');
  });

  const bad: [string, () => Promise<string>, string][] = [
    ['empty', async () => '#s=', 'format'],
    ['not base64url', async () => '#s=***', 'format'],
    ['truncated', async () => (await encodeShare(sample())).slice(0, 66), 'corrupt'],
    ['not deflate', async () => '#s=aGVsbG8gd29ybGQ', 'corrupt'],
    ['not JSON', async () => `#s=${await deflate('hello')}`, 'corrupt'],
    ['another version', async () => `#s=${await deflate('{"v":9}')}`, 'version'],
    [
      'no cluster',
      async () => `#s=${await deflate('{"v":1,"files":[{"path":"a","content":""}]}')}`,
      'content',
    ],
  ];
  it.each(bad)('a bad link (%s) is reported and changes nothing', async (_n, make, error) => {
    const r = await decodeShare(await make());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toBe(error);

    const store = createAppStore(opts);
    store.getState().setFileContent('scratch.yaml', 'keep me');
    const before = store.getState();
    await openShareFragment(store, await make(), () => {
      throw new Error('a bad link must not back up or replace anything');
    });
    const after = store.getState();
    expect(after.files).toBe(before.files);
    expect(after.sim).toBe(before.sim);
    expect(after.notice?.code).toBe('share.invalid');
  });
});

function sample() {
  const s = createAppStore(opts).getState();
  return { files: s.files, activeFile: s.activeFile, sim: s.sim };
}
