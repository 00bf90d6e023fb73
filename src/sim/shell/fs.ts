/**
 * The few files each host has. Workstation: the editor's files (the learner's home directory).
 * Nodes and pods: /etc/resolv.conf and /etc/hosts from the DNS module, /etc/hostname,
 * /etc/os-release. Writes persist only on the workstation (they become editor files).
 */

import { hostsFile, resolvConf } from './deps.ts';
import { cwdOf, homeDir, hostName, podProfile, type Session } from './session.ts';
import { isNodeHost, isPodHost, sourceOf } from './types.ts';

export type ReadResult = { ok: true; text: string } | { ok: false; error: string };

const NOT_FOUND = 'No such file or directory';
const IS_DIR = 'Is a directory';

const DIRS = new Set(['/', '/etc', '/root', '/tmp', '/home', '/dev', '/proc', '/usr', '/var']);

const UBUNTU_OS_RELEASE = `PRETTY_NAME="Ubuntu 24.04.2 LTS"
NAME="Ubuntu"
VERSION_ID="24.04"
VERSION="24.04.2 LTS (Noble Numbat)"
VERSION_CODENAME=noble
ID=ubuntu
ID_LIKE=debian
HOME_URL="https://www.ubuntu.com/"
SUPPORT_URL="https://help.ubuntu.com/"
BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"
PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"
UBUNTU_CODENAME=noble
LOGO=ubuntu-logo
`;

const ALPINE_OS_RELEASE = `NAME="Alpine Linux"
ID=alpine
VERSION_ID=3.20.2
PRETTY_NAME="Alpine Linux v3.20"
HOME_URL="https://alpinelinux.org/"
BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"
`;

const DEBIAN_OS_RELEASE = `PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
VERSION="12 (bookworm)"
VERSION_CODENAME=bookworm
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

/** Absolute, normalised path (`.`/`..` resolved, `~` expanded). */
export function absPath(s: Session, path: string): string {
  let p = path;
  if (p === '~' || p.startsWith('~/')) p = homeDir(s.ctx) + p.slice(1);
  if (!p.startsWith('/')) p = `${cwdOf(s)}/${p}`;
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The editor file a workstation path names (files live in the home directory). */
function editorKey(s: Session, abs: string): string | undefined {
  const home = homeDir(s.ctx);
  return abs.startsWith(`${home}/`) ? abs.slice(home.length + 1) : undefined;
}

function systemFile(s: Session, abs: string): string | undefined {
  const h = s.ctx.host;
  const from = sourceOf(h);
  const ns = isPodHost(h) ? h.namespace : undefined;
  switch (abs) {
    case '/etc/resolv.conf':
      return resolvConf(s.state, from, ns);
    case '/etc/hosts':
      return hostsFile(s.state, from, ns);
    case '/etc/hostname':
      return `${hostName(s)}\n`;
    case '/dev/null':
      return '';
    case '/etc/os-release':
      if (isNodeHost(h)) return UBUNTU_OS_RELEASE;
      if (isPodHost(h))
        return podProfile(s)?.utils === 'busybox' ? ALPINE_OS_RELEASE : DEBIAN_OS_RELEASE;
      return undefined;
    case '/proc/sys/net/ipv4/ip_forward':
      return isNodeHost(h) ? '1\n' : undefined;
    default:
      return undefined;
  }
}

export function isDirectory(s: Session, path: string): boolean {
  const abs = absPath(s, path);
  if (DIRS.has(abs) || abs === homeDir(s.ctx)) return true;
  if (s.ctx.host !== 'workstation') return false;
  const key = editorKey(s, abs);
  return key !== undefined && Object.keys(s.files).some((f) => f.startsWith(`${key}/`));
}

export function readFile(s: Session, path: string): ReadResult {
  const abs = absPath(s, path);
  if (isDirectory(s, path)) return { ok: false, error: IS_DIR };
  if (s.ctx.host === 'workstation') {
    const key = editorKey(s, abs);
    if (key !== undefined && Object.prototype.hasOwnProperty.call(s.files, key)) {
      return { ok: true, text: s.files[key] as string };
    }
  }
  const sys = systemFile(s, abs);
  return sys === undefined ? { ok: false, error: NOT_FOUND } : { ok: true, text: sys };
}

/** Writes (or appends) a file; returns bash's error text when it cannot. */
export function writeFile(
  s: Session,
  path: string,
  text: string,
  append: boolean,
): string | undefined {
  const abs = absPath(s, path);
  if (isDirectory(s, path)) return IS_DIR;
  if (s.ctx.host !== 'workstation') return undefined;
  const key = editorKey(s, abs);
  if (key === undefined) return 'Permission denied';
  s.files[key] = append ? (s.files[key] ?? '') + text : text;
  s.filesChanged = true;
  return undefined;
}

/** Names in a directory (for `ls`). */
export function listDir(s: Session, path: string): string[] | undefined {
  const abs = absPath(s, path);
  if (s.ctx.host === 'workstation') {
    const key = editorKey(s, `${abs}/x`);
    if (key !== undefined) {
      const prefix = key === 'x' ? '' : `${key.slice(0, -2)}/`;
      const names = new Set<string>();
      for (const f of Object.keys(s.files)) {
        if (f.startsWith(prefix)) names.add(f.slice(prefix.length).split('/')[0] as string);
      }
      return [...names].sort();
    }
  }
  if (abs === '/etc') return ['hostname', 'hosts', 'os-release', 'resolv.conf'];
  if (abs === '/')
    return ['bin', 'dev', 'etc', 'home', 'lib', 'proc', 'root', 'sys', 'tmp', 'usr', 'var'];
  return DIRS.has(abs) || abs === homeDir(s.ctx) ? [] : undefined;
}
