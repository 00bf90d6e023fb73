/** `-f` sources: workstation files (the editor's), directories of them, and `-` for stdin. */

import { readFile, isDirectory, absPath } from '../../shell/fs.ts';
import type { Session } from '../../shell/session.ts';

export interface Source {
  /** What kubectl names in messages: the path as given, or `STDIN`. */
  name: string;
  text: string;
}

const MANIFEST = /\.(ya?ml|json)$/;

/** Reads every `-f` argument; a string result is kubectl's error. */
export function readSources(
  s: Session,
  paths: readonly string[],
  stdin: string,
): Source[] | string {
  const out: Source[] = [];
  for (const p of paths) {
    if (p === '-') {
      out.push({ name: 'STDIN', text: stdin });
      continue;
    }
    if (/^https?:\/\//.test(p)) {
      const host = p.replace(/^https?:\/\//, '').split(/[/:]/)[0] ?? '';
      return `error: Get "${p}": dial tcp: lookup ${host}: no such host`;
    }
    if (isDirectory(s, p)) {
      const abs = absPath(s, p);
      const home = s.ctx.host === 'workstation' ? '/home/learner' : '';
      const prefix = abs === home ? '' : `${abs.slice(home.length + 1)}/`;
      const names = Object.keys(s.files)
        .filter(
          (f) => f.startsWith(prefix) && !f.slice(prefix.length).includes('/') && MANIFEST.test(f),
        )
        .sort();
      for (const n of names)
        out.push({
          name: `${p.replace(/\/$/, '')}/${n.slice(prefix.length)}`,
          text: s.files[n] as string,
        });
      continue;
    }
    const r = readFile(s, p);
    if (!r.ok) return `error: the path "${p}" does not exist`;
    out.push({ name: p, text: r.text });
  }
  return out;
}
