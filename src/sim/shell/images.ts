/**
 * What a container image has inside: its shells, its utilities and where a shell starts. Known
 * images follow their Dockerfiles (netshoot v0.13: Alpine with bash, bind-tools, curl, iproute2,
 * iptables, conntrack-tools, WORKDIR /root; busybox/alpine: busybox applets; nginx: Debian with
 * curl; traefik/whoami and other single-binary images: no shell at all). Unknown images are
 * assumed to be Debian-like with a shell and coreutils but no network tools (inferred).
 */

export interface ImageProfile {
  /** What `/bin/sh` is; undefined when the image has no shell. */
  sh?: 'ash' | 'dash';
  bash: boolean;
  bashVersion: string;
  /** `default`: bash's own `bash-5.2# `; `debian`: /etc/bash.bashrc's `root@host:/# `. */
  bashPrompt: 'default' | 'debian';
  workdir: string;
  /** Utility flavour (error wording of cat, grep, wget, nslookup …). */
  utils: 'busybox' | 'gnu';
  /** Programs available in the image (shell builtins aside). */
  tools: ReadonlySet<string>;
}

const COREUTILS = [
  'cat',
  'grep',
  'head',
  'tail',
  'wc',
  'sort',
  'uniq',
  'hostname',
  'env',
  'printenv',
  'date',
  'sleep',
  'whoami',
  'ls',
  'clear',
  'which',
];

const BUSYBOX_NET = ['wget', 'nslookup', 'ip', 'ping'];

const NETSHOOT: ImageProfile = {
  sh: 'ash',
  bash: true,
  bashVersion: '5.2',
  bashPrompt: 'default',
  workdir: '/root',
  utils: 'busybox',
  tools: new Set([
    ...COREUTILS,
    ...BUSYBOX_NET,
    'curl',
    'dig',
    'host',
    'iptables',
    'iptables-save',
    'conntrack',
    'zsh',
  ]),
};

const BUSYBOX: ImageProfile = {
  sh: 'ash',
  bash: false,
  bashVersion: '5.2',
  bashPrompt: 'default',
  workdir: '/',
  utils: 'busybox',
  tools: new Set([...COREUTILS, ...BUSYBOX_NET]),
};

const DEBIAN: ImageProfile = {
  sh: 'dash',
  bash: true,
  bashVersion: '5.2',
  bashPrompt: 'debian',
  workdir: '/',
  utils: 'gnu',
  tools: new Set(COREUTILS),
};

const NO_SHELL: ImageProfile = {
  bash: false,
  bashVersion: '5.2',
  bashPrompt: 'default',
  workdir: '/',
  utils: 'gnu',
  tools: new Set(),
};

const withTools = (p: ImageProfile, extra: string[]): ImageProfile => ({
  ...p,
  tools: new Set([...p.tools, ...extra]),
});

const PROFILES: Record<string, ImageProfile> = {
  netshoot: NETSHOOT,
  busybox: BUSYBOX,
  alpine: BUSYBOX,
  curl: withTools(BUSYBOX, ['curl']),
  nginx: withTools(DEBIAN, ['curl']),
  'jessie-dnsutils': withTools(DEBIAN, ['dig', 'nslookup', 'host']),
  dnsutils: withTools(DEBIAN, ['dig', 'nslookup', 'host']),
  whoami: NO_SHELL,
  'http-echo': NO_SHELL,
  coredns: NO_SHELL,
  pause: NO_SHELL,
  etcd: NO_SHELL,
  'kube-apiserver': NO_SHELL,
  'kube-controller-manager': NO_SHELL,
  'kube-scheduler': NO_SHELL,
  'kube-proxy': withTools(DEBIAN, ['iptables', 'iptables-save', 'conntrack']),
  agnhost: withTools(BUSYBOX, ['curl']),
};

/** `docker.io/library/nginx:1.27@sha256:…` → `nginx`. */
export function imageBase(image: string): string {
  const noDigest = image.split('@')[0] ?? '';
  const lastSlash = noDigest.lastIndexOf('/');
  const colon = noDigest.indexOf(':', lastSlash + 1);
  const repo = colon >= 0 ? noDigest.slice(0, colon) : noDigest;
  return repo.slice(repo.lastIndexOf('/') + 1);
}

export function profileFor(image: string): ImageProfile {
  return Object.prototype.hasOwnProperty.call(PROFILES, imageBase(image))
    ? (PROFILES[imageBase(image)] as ImageProfile)
    : DEBIAN;
}
