/**
 * Share links: `#s=<base64url(deflate-raw(JSON))>` carrying the editor files and the cluster state.
 * Uses the platform's CompressionStream (browsers and Node ≥ 18), so nothing is bundled for it.
 */
import type { SimState } from '../sim/core.ts';
import { recoverFiles, isSimState } from './persistence.ts';
import type { EditorFile } from './types.ts';

export const SHARE_PREFIX = '#s=';
export const SHARE_VERSION = 1;

export interface SharePayload {
  files: EditorFile[];
  activeFile: string;
  sim: SimState;
}

/** Why a link could not be opened (the UI translates the code; `detail` is shown as text). */
export type ShareError = 'format' | 'corrupt' | 'version' | 'content';

export type ShareDecodeResult =
  { ok: true; payload: SharePayload } | { ok: false; error: ShareError; detail: string };

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
  const body = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(body).arrayBuffer());
}

/** The `#s=…` fragment for a payload. */
export async function encodeShare(payload: SharePayload): Promise<string> {
  const json = JSON.stringify({ v: SHARE_VERSION, ...payload });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return SHARE_PREFIX + toBase64Url(packed);
}

/** Reads a `#s=…` fragment (or just what follows `#s=`). Never throws. */
export async function decodeShare(fragment: string): Promise<ShareDecodeResult> {
  const data = fragment.startsWith(SHARE_PREFIX) ? fragment.slice(SHARE_PREFIX.length) : fragment;
  const bytes = fromBase64Url(data.trim());
  if (!bytes || bytes.length === 0)
    return { ok: false, error: 'format', detail: 'not base64url text' };
  let json: string;
  try {
    const raw = await pipe(bytes, new DecompressionStream('deflate-raw'));
    json = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch (e) {
    return { ok: false, error: 'corrupt', detail: e instanceof Error ? e.message : String(e) };
  }
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return { ok: false, error: 'corrupt', detail: 'not JSON' };
  }
  if (typeof v !== 'object' || v === null || (v as { v?: unknown }).v !== SHARE_VERSION)
    return { ok: false, error: 'version', detail: 'unknown link version' };
  const o = v as Record<string, unknown>;
  const files = recoverFiles(o);
  if (!files || !isSimState(o.sim))
    return { ok: false, error: 'content', detail: files ? 'no cluster state' : 'no files' };
  const activeFile =
    typeof o.activeFile === 'string' && files.some((f) => f.path === o.activeFile)
      ? o.activeFile
      : (files[0] as EditorFile).path;
  return { ok: true, payload: { files, activeFile, sim: o.sim } };
}
