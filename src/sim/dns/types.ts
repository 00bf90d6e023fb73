/** DNS messages as the simulated servers answer them and the tools print them. */

export type RRType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR' | 'TXT' | 'SOA' | 'NS' | 'ANY';

/** Record types a question may carry (everything above; ANY is a question-only type). */
export const RR_TYPES: readonly RRType[] = [
  'A',
  'AAAA',
  'CNAME',
  'SRV',
  'PTR',
  'TXT',
  'SOA',
  'NS',
  'ANY',
];

export interface DnsRecord {
  /** Owner name, fully qualified with the trailing dot. */
  name: string;
  ttl: number;
  type: RRType;
  /** The rdata as dig prints it (`10.96.0.1`, `0 50 8080 a.b.`, `"1.1.0"`, SOA fields). */
  data: string;
}

export type Rcode = 'NOERROR' | 'NXDOMAIN' | 'SERVFAIL';

/** The EDNS OPT pseudo-record of a response. */
export interface OptRecord {
  udpSize: number;
  /**
   * CoreDNS (request.SizeAndDo, before coredns#8514) copies the query's OPT into answers it built
   * itself, COOKIE option included, so dig reports the client cookie as `(echoed)`.
   */
  echoCookie: boolean;
}

export interface DnsResponse {
  rcode: Rcode;
  aa: boolean;
  ra: boolean;
  question: { name: string; type: RRType };
  answers: DnsRecord[];
  authority: DnsRecord[];
  additional: DnsRecord[];
  /** The server that answered (IP). */
  server: string;
  /** OPT record of the reply; `null` when the server sent none. */
  opt: OptRecord | null;
  /**
   * Whether the server compresses names on the wire. CoreDNS does not below 1480 bytes over UDP
   * (request.Scrub / dns.Msg.Truncate leave Compress false); BIND/unbound-style resolvers do.
   */
  compressed: boolean;
}

/**
 * What a query can end in besides an answer: no reply at all (`timeout`), or an ICMP port
 * unreachable (`refused`) — e.g. kube-proxy's REJECT rule for a Service without endpoints.
 */
export type QueryFailure = 'timeout' | 'refused';

export type QueryOutcome = DnsResponse | QueryFailure;

export const isResponse = (o: QueryOutcome): o is DnsResponse => typeof o !== 'string';
