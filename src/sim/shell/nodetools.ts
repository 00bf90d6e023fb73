/**
 * A node's view of kube-proxy and its network: iptables-save, iptables -L/-S, conntrack -L, ip
 * addr/route — rendered by the proxy module. Elsewhere these tools meet what they would meet on a
 * laptop or in an unprivileged pod: no permission.
 */

import {
  conntrackList,
  CONNTRACK_VERSION,
  ipAddr,
  ipRoute,
  podIpAddr,
  podIpRoute,
  iptablesList,
  iptablesRules,
  iptablesSave as renderSave,
  IPTABLES_VERSION,
  type TableName,
} from './deps.ts';
import { podOf, type Session } from './session.ts';
import { isNodeHost, isPodHost, type ProcResult } from './types.ts';

const TABLES: readonly string[] = ['filter', 'nat', 'mangle'];

const denied = (tool: string): ProcResult => ({
  stdout: '',
  stderr: `${tool} ${IPTABLES_VERSION}: Could not fetch rule set generation id: Permission denied (you must be root)\n`,
  code: 4,
});

const asOfNow = (s: Session) => ({ ...s.state, now: s.at });

export function iptablesSave(s: Session, argv: string[]): ProcResult {
  const h = s.ctx.host;
  if (!isNodeHost(h)) return denied('iptables-save');
  let table: string | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-t' || a === '--table') table = argv[++i];
    else if (a.startsWith('--table=')) table = a.slice(8);
    else if (a.startsWith('-t') && a.length > 2) table = a.slice(2);
    else if (a === '-c' || a === '--counters') continue;
    else {
      return {
        stdout: '',
        stderr: `iptables-save ${IPTABLES_VERSION}: unknown option "${a}"\nTry \`iptables-save -h' for more information.\n`,
        code: 2,
      };
    }
  }
  if (table !== undefined && !TABLES.includes(table)) {
    return {
      stdout: '',
      stderr: `iptables-save ${IPTABLES_VERSION}: Table does not exist (do you need to insmod?)\n`,
      code: 1,
    };
  }
  return {
    stdout: renderSave(asOfNow(s), h.node, table as TableName | undefined),
    stderr: '',
    code: 0,
  };
}

const IPT_HINT = "Try `iptables -h' or 'iptables --help' for more information.\n";

export function iptables(s: Session, argv: string[]): ProcResult {
  const h = s.ctx.host;
  if (!isNodeHost(h)) return denied('iptables');
  let table = 'filter';
  let command: 'list' | 'rules' | 'modify' | undefined;
  let chain: string | undefined;
  let numeric = false;
  let verbose = false;
  let lineNumbers = false;
  const takeChain = (i: number): number => {
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-')) {
      chain = next;
      return i + 1;
    }
    return i;
  };
  const MODIFY =
    /^(-[AIDFRNXPZE]|--(append|insert|delete|flush|replace|new-chain|delete-chain|policy|zero|rename-chain))$/;
  if (argv.slice(1).some((a) => MODIFY.test(a))) command = 'modify';
  for (let i = 1; i < argv.length && command !== 'modify'; i++) {
    const a = argv[i] as string;
    if (a === '-t' || a === '--table') table = argv[++i] ?? '';
    else if (a === '--list') {
      command = 'list';
      i = takeChain(i);
    } else if (a === '--list-rules') {
      command = 'rules';
      i = takeChain(i);
    } else if (a === '--numeric') numeric = true;
    else if (a === '--verbose') verbose = true;
    else if (a === '--line-numbers') lineNumbers = true;
    else if (/^-[A-Za-z]+$/.test(a)) {
      for (const f of a.slice(1)) {
        if (f === 'L') command = 'list';
        else if (f === 'S') command = 'rules';
        else if (f === 'n') numeric = true;
        else if (f === 'v') verbose = true;
        else if (f === 'x') continue;
        else if ('AIDFRNXPZE'.includes(f)) command = 'modify';
        else if (f === 't') table = argv[++i] ?? '';
        else {
          return {
            stdout: '',
            stderr: `iptables ${IPTABLES_VERSION}: unknown option "-${f}"\n${IPT_HINT}`,
            code: 2,
          };
        }
      }
      if (a.endsWith('L') || a.endsWith('S')) i = takeChain(i);
    } else {
      return { stdout: '', stderr: `Bad argument \`${a}'\n${IPT_HINT}`, code: 2 };
    }
  }
  if (!TABLES.includes(table)) {
    return {
      stdout: '',
      stderr: `iptables ${IPTABLES_VERSION}: can't initialize iptables table \`${table}': Table does not exist (do you need to insmod?)\nPerhaps iptables or your kernel needs to be upgraded.\n`,
      code: 3,
    };
  }
  if (command === undefined) {
    return {
      stdout: '',
      stderr: `iptables ${IPTABLES_VERSION}: no command specified\n${IPT_HINT}`,
      code: 2,
    };
  }
  if (command === 'modify') {
    return {
      stdout: '',
      stderr:
        'iptables: this playground shows the rules kube-proxy writes; they are read-only here (kube-proxy would rewrite any change on its next sync).\n',
      code: 1,
    };
  }
  const state = asOfNow(s);
  const t = table as TableName;
  const r =
    command === 'rules'
      ? iptablesRules(state, h.node, { table: t, ...(chain !== undefined ? { chain } : {}) })
      : iptablesList(state, h.node, {
          table: t,
          numeric,
          verbose,
          lineNumbers,
          ...(chain !== undefined ? { chain } : {}),
        });
  return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode };
}

export function conntrack(s: Session, argv: string[]): ProcResult {
  const h = s.ctx.host;
  if (!isNodeHost(h)) {
    return {
      stdout: '',
      stderr: `conntrack ${CONNTRACK_VERSION} (conntrack-tools): Operation failed: Operation not permitted\n`,
      code: 1,
    };
  }
  let list = false;
  let count = false;
  const filter: { protocol?: 'tcp' | 'udp'; src?: string; dst?: string } = {};
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '-L' || a === '--dump' || a === '-E') list = true;
    else if (a === '-C' || a === '--count') count = true;
    else if (a === '-p' || a === '--proto' || a === '--protonum') {
      const p = (argv[++i] ?? '').toLowerCase();
      if (p === 'tcp' || p === 'udp') filter.protocol = p;
    } else if (a === '-s' || a === '--src' || a === '--orig-src') filter.src = argv[++i] ?? '';
    else if (a === '-d' || a === '--dst' || a === '--orig-dst') filter.dst = argv[++i] ?? '';
    else if (a === '-n' || a === '-o') i++;
  }
  const r = conntrackList(asOfNow(s), h.node, filter);
  if (count)
    return { stdout: `${r.stdout.split('\n').filter(Boolean).length}\n`, stderr: '', code: 0 };
  if (!list) {
    return {
      stdout: '',
      stderr: `conntrack ${CONNTRACK_VERSION} (conntrack-tools): no command specified. Please, use -h / --help\n`,
      code: 2,
    };
  }
  return { stdout: r.stdout, stderr: r.stderr, code: r.exitCode };
}

/** The laptop's own interfaces (the external client). */
function workstationAddr(ip: string): string {
  return [
    '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
    '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
    '    inet 127.0.0.1/8 scope host lo',
    '       valid_lft forever preferred_lft forever',
    '2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000',
    '    link/ether 52:54:00:3c:1a:7e brd ff:ff:ff:ff:ff:ff',
    `    inet ${ip}/24 brd ${ip.replace(/\.\d+$/, '.255')} scope global eth0`,
    '       valid_lft forever preferred_lft forever',
    '',
  ].join('\n');
}

const IP_USAGE = `Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }
       ip [ -force ] -batch filename
where  OBJECT := { address | addrlabel | fou | help | ila | ioam | l2tp | link |
                   macsec | maddress | monitor | mptcp | mroute | mrule |
                   neighbor | neighbour | netconf | netns | nexthop | ntable |
                   ntbl | route | rule | sr | stats | tap | tcpmetrics |
                   token | tunnel | tuntap | vrf | xfrm }
       OPTIONS := { -V[ersion] | -s[tatistics] | -d[etails] | -r[esolve] |
                    -h[uman-readable] | -iec | -j[son] | -p[retty] |
                    -f[amily] { inet | inet6 | mpls | bridge | link } |
                    -4 | -6 | -M | -B | -0 |
                    -l[oops] { maximum-addr-flush-attempts } | -o[neline] |
                    -t[imestamp] | -ts[hort] | -b[atch] [filename] |
                    -rc[vbuf] [size] | -n[etns] name | -N[umeric] | -a[ll] |
                    -c[olor]}
`;

export function ip(s: Session, argv: string[]): ProcResult {
  const args = argv.slice(1).filter((a) => !/^-[46]$/.test(a));
  const object = args[0];
  if (object === undefined) return { stdout: '', stderr: IP_USAGE, code: 255 };
  const isAddr = 'address'.startsWith(object) && object.length >= 1;
  const isRoute = 'route'.startsWith(object) && object.length >= 1;
  if (!isAddr && !isRoute) {
    return { stdout: '', stderr: `Object "${object}" is unknown, try "ip help".\n`, code: 1 };
  }
  const h = s.ctx.host;
  let text: string | undefined;
  if (h === 'workstation') {
    const ipAddrText = s.state.config.client.ip;
    text = isAddr
      ? workstationAddr(ipAddrText)
      : `default via ${ipAddrText.replace(/\.\d+$/, '.1')} dev eth0 proto dhcp metric 100\n${ipAddrText.replace(/\.\d+$/, '.0')}/24 dev eth0 proto kernel scope link src ${ipAddrText} metric 100\n`;
  } else if (isNodeHost(h)) {
    text = isAddr ? ipAddr(asOfNow(s), h.node) : ipRoute(asOfNow(s), h.node);
  } else if (isPodHost(h)) {
    const pod = podOf(s);
    text = pod ? (isAddr ? podIpAddr(asOfNow(s), pod) : podIpRoute(asOfNow(s), pod)) : undefined;
  }
  if (text === undefined) return { stdout: '', stderr: 'Cannot find device "eth0"\n', code: 1 };
  return { stdout: text, stderr: '', code: 0 };
}
