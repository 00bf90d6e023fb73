/**
 * The simulated internet as a recursive resolver sees it: `config.internet` hosts resolve to
 * their address; everything else is NXDOMAIN with the SOA of the closest zone that exists
 * (the host's registered domain, a real TLD, or the root). TTLs are ones such resolvers really
 * hand out for a fresh answer; CoreDNS's `cache 30` caps them on the way to a pod.
 */

import type { SimState } from '../model/state.ts';
import { canonical, labelsOf } from './names.ts';
import type { DnsRecord, Rcode, RRType } from './types.ts';

export const INTERNET_A_TTL = 300;

export interface UpstreamAnswer {
  rcode: Rcode;
  answers: DnsRecord[];
  authority: DnsRecord[];
}

/** TLDs that are delegated in the real root zone (a name under another one is NXDOMAIN at the root). */
const REAL_TLDS = new Set([
  'com',
  'net',
  'org',
  'io',
  'dev',
  'app',
  'info',
  'biz',
  'co',
  'me',
  'us',
  'uk',
  'de',
  'jp',
  'kr',
  'fr',
  'nl',
  'eu',
  'cloud',
  'ai',
  'arpa',
]);

const pad = (n: number) => String(n).padStart(2, '0');

/** Root SOA serial: YYYYMMDDnn of the day the simulation is at. */
function rootSerial(now: number): string {
  const d = new Date(now);
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}00`;
}

function soa(name: string, ttl: number, data: string): DnsRecord {
  return { name, ttl, type: 'SOA', data };
}

const PRIVATE_REVERSE = ['10.in-addr.arpa.', '168.192.in-addr.arpa.'];

/** The SOA of the closest enclosing zone for a canonical name, with its negative-caching TTL. */
function zoneSoa(state: SimState, name: string, domains: Set<string>): DnsRecord {
  const secs = Math.floor(state.now / 1000);
  const labels = labelsOf(name);
  const tld = labels[labels.length - 1] ?? '';
  const registered = labels.slice(-2).join('.');
  for (const z of PRIVATE_REVERSE) {
    if (name.endsWith(z) || name === z) {
      // unbound/BIND serve the RFC 1918 reverse zones locally (RFC 6303 "locally served zones").
      return soa(z, 10800, 'localhost. nobody.invalid. 1 3600 1200 604800 10800');
    }
  }
  const m172 = /\.(1[6-9]|2\d|3[01])\.172\.in-addr\.arpa\.$/.exec(name);
  if (m172) {
    return soa(
      `${m172[1]}.172.in-addr.arpa.`,
      10800,
      'localhost. nobody.invalid. 1 3600 1200 604800 10800',
    );
  }
  if (labels.length >= 2 && domains.has(registered)) {
    const z = `${registered}.`;
    if (registered === 'google.com') {
      return soa(
        z,
        60,
        `ns1.google.com. dns-admin.google.com. ${secs % 1000000000} 900 900 1800 60`,
      );
    }
    return soa(z, 3600, `ns1.${z} hostmaster.${z} ${secs} 7200 3600 1209600 3600`);
  }
  if (tld === 'com' || tld === 'net') {
    return soa(
      `${tld}.`,
      900,
      `a.gtld-servers.net. nstld.verisign-grs.com. ${secs} 1800 900 604800 900`,
    );
  }
  if (REAL_TLDS.has(tld) && tld !== 'arpa') {
    return soa(
      `${tld}.`,
      3600,
      `a0.nic.${tld}. hostmaster.nic.${tld}. ${secs} 1800 900 604800 3600`,
    );
  }
  if (name.endsWith('.in-addr.arpa.')) {
    return soa(
      'in-addr.arpa.',
      3600,
      `b.in-addr-servers.arpa. nstld.iana.org. ${secs} 1800 900 604800 3600`,
    );
  }
  return soa(
    '.',
    86400,
    `a.root-servers.net. nstld.verisign-grs.com. ${rootSerial(state.now)} 1800 900 604800 86400`,
  );
}

interface InternetIndex {
  hosts: Map<string, string>;
  domains: Set<string>;
}
const indexes = new WeakMap<object, InternetIndex>();

function internetIndex(state: SimState): InternetIndex {
  let idx = indexes.get(state.config.internet);
  if (!idx) {
    idx = { hosts: new Map(), domains: new Set() };
    for (const h of state.config.internet) {
      for (const n of h.names) {
        idx.hosts.set(canonical(n), h.ip);
        idx.domains.add(labelsOf(n.toLowerCase()).slice(-2).join('.'));
      }
    }
    indexes.set(state.config.internet, idx);
  }
  return idx;
}

/** What a recursive resolver on the internet answers for `qname` (owner names keep its case). */
export function internetAnswer(state: SimState, qname: string, qtype: RRType): UpstreamAnswer {
  const idx = internetIndex(state);
  const name = canonical(qname);
  const ip = idx.hosts.get(name);
  if (ip !== undefined) {
    if (qtype === 'A' || qtype === 'ANY') {
      return {
        rcode: 'NOERROR',
        answers: [{ name: qname, ttl: INTERNET_A_TTL, type: 'A', data: ip }],
        authority: [],
      };
    }
    return { rcode: 'NOERROR', answers: [], authority: [zoneSoa(state, name, idx.domains)] };
  }
  // A registered domain that exists (google.com when only www.google.com is listed) is NODATA.
  const isApex = [...idx.hosts.keys()].some((h) => h.endsWith(`.${name}`));
  const rcode = isApex ? 'NOERROR' : 'NXDOMAIN';
  return { rcode, answers: [], authority: [zoneSoa(state, name, idx.domains)] };
}
