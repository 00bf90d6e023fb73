/**
 * RFC 1035 wire format: enough of an encoder to give dig's `MSG SIZE  rcvd` honestly (and to serve
 * real dig from a test harness). Names are compressed with pointers when the server compresses;
 * only the names RFC 3597 §4 lets a server compress (owner names; NS, CNAME, PTR, SOA, MX rdata)
 * are pointer candidates — SRV targets never are (RFC 2782), as in BIND and miekg/dns.
 */

import { parseIPv4 } from '../net/ip.ts';
import type { DnsRecord, DnsResponse, RRType } from './types.ts';

export const TYPE_CODE: Record<RRType, number> = {
  A: 1,
  NS: 2,
  CNAME: 5,
  SOA: 6,
  PTR: 12,
  TXT: 16,
  AAAA: 28,
  SRV: 33,
  ANY: 255,
};
const TYPE_OPT = 41;
const OPTION_COOKIE = 10;

export interface WireOptions {
  id: number;
  /** The client cookie dig sent (8 bytes), echoed back when `response.opt.echoCookie`. */
  clientCookie?: Uint8Array;
  /** Recursion desired as the query asked (dig's default `+rec`). */
  rd?: boolean;
}

/** UTF-8 bytes of a string (the sim core has no TextEncoder: it is built without the DOM lib). */
function utf8(s: string): Uint8Array {
  const out: number[] = [];
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else
      out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return Uint8Array.from(out);
}

class Writer {
  private buf = new Uint8Array(512);
  len = 0;
  private readonly names = new Map<string, number>();
  constructor(private readonly compress: boolean) {}

  private ensure(n: number): void {
    if (this.len + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + n));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.len++] = v & 0xff;
  }
  u16(v: number): void {
    this.u8(v >>> 8);
    this.u8(v);
  }
  u32(v: number): void {
    this.u16(Math.floor(v / 65536) & 0xffff);
    this.u16(v & 0xffff);
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
  setU16(at: number, v: number): void {
    this.buf[at] = (v >>> 8) & 0xff;
    this.buf[at + 1] = v & 0xff;
  }
  /** A domain name; `compressible` says whether this occurrence may use (and offer) a pointer. */
  name(name: string, compressible: boolean): void {
    const labels = name === '.' ? [] : name.replace(/\.$/, '').split('.');
    for (let i = 0; i < labels.length; i++) {
      const suffix = labels.slice(i).join('.').toLowerCase();
      if (this.compress && compressible) {
        const at = this.names.get(suffix);
        if (at !== undefined) {
          this.u16(0xc000 | at);
          return;
        }
        if (this.len < 0x4000) this.names.set(suffix, this.len);
      }
      const label = utf8(labels[i] as string);
      this.u8(label.length);
      this.bytes(label);
    }
    this.u8(0);
  }
  result(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

function writeIPv6(w: Writer, text: string): void {
  const [head = '', tail] = text.split('::');
  const h = head === '' ? [] : head.split(':');
  const t = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  for (const g of groups) w.u16(parseInt(g, 16));
}

/** Splits TXT rdata as dig prints it (`"a" "b c"`) into its character-strings. */
function txtStrings(data: string): string[] {
  const out: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(data); m; m = re.exec(data))
    out.push((m[1] as string).replace(/\\(.)/g, '$1'));
  return out;
}

function writeRdata(w: Writer, rr: DnsRecord): void {
  const f = rr.data.split(' ');
  switch (rr.type) {
    case 'A':
      w.u32(parseIPv4(rr.data) ?? 0);
      return;
    case 'AAAA':
      writeIPv6(w, rr.data);
      return;
    case 'CNAME':
    case 'NS':
    case 'PTR':
      w.name(rr.data, true);
      return;
    case 'SRV':
      w.u16(Number(f[0]));
      w.u16(Number(f[1]));
      w.u16(Number(f[2]));
      w.name(f[3] ?? '.', false);
      return;
    case 'SOA':
      w.name(f[0] ?? '.', true);
      w.name(f[1] ?? '.', true);
      for (let i = 2; i < 7; i++) w.u32(Number(f[i]));
      return;
    case 'TXT':
      for (const s of txtStrings(rr.data)) {
        const b = utf8(s);
        w.u8(b.length);
        w.bytes(b);
      }
      return;
    case 'ANY':
      return;
  }
}

function writeRecord(w: Writer, rr: DnsRecord): void {
  w.name(rr.name, true);
  w.u16(TYPE_CODE[rr.type]);
  w.u16(1);
  w.u32(rr.ttl);
  const lenAt = w.len;
  w.u16(0);
  writeRdata(w, rr);
  w.setU16(lenAt, w.len - lenAt - 2);
}

const RCODE = { NOERROR: 0, SERVFAIL: 2, NXDOMAIN: 3 } as const;

/** The reply as the server puts it on the wire. */
export function encodeResponse(r: DnsResponse, o: WireOptions): Uint8Array {
  const w = new Writer(r.compressed);
  w.u16(o.id);
  const rd = o.rd ?? true;
  w.u16(0x8000 | (r.aa ? 0x0400 : 0) | (rd ? 0x0100 : 0) | (r.ra ? 0x0080 : 0) | RCODE[r.rcode]);
  w.u16(1);
  w.u16(r.answers.length);
  w.u16(r.authority.length);
  w.u16(r.additional.length + (r.opt ? 1 : 0));
  w.name(r.question.name, true);
  w.u16(TYPE_CODE[r.question.type]);
  w.u16(1);
  for (const rr of r.answers) writeRecord(w, rr);
  for (const rr of r.authority) writeRecord(w, rr);
  for (const rr of r.additional) writeRecord(w, rr);
  if (r.opt) {
    w.u8(0);
    w.u16(TYPE_OPT);
    w.u16(r.opt.udpSize);
    w.u32(0);
    const cookie = r.opt.echoCookie ? o.clientCookie : undefined;
    w.u16(cookie ? 4 + cookie.length : 0);
    if (cookie) {
      w.u16(OPTION_COOKIE);
      w.u16(cookie.length);
      w.bytes(cookie);
    }
  }
  return w.result();
}

/** dig's `MSG SIZE  rcvd`: the length of the reply datagram (an 8-byte client cookie assumed). */
export function messageSize(r: DnsResponse): number {
  return encodeResponse(r, { id: 0, clientCookie: new Uint8Array(8) }).length;
}
