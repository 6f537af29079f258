/**
 * A real DNS server on 127.0.0.1 (the dns2 package), UDP and TCP on one random port, that
 * answers TXT, A and AAAA questions from records the test sets: Allot asks it through
 * ALLOT_DNS_SERVERS (`dnsEnv`). Names it has no record of answer NXDOMAIN; a name it knows
 * answers an empty NOERROR (no data) to any other question type.
 */
import { isIPv4, isIPv6 } from 'node:net';
import { Packet, TCPServer, UDPServer } from 'dns2';

export interface DnsServer {
  /** `127.0.0.1:PORT`, for ALLOT_DNS_SERVERS. */
  address: string;
  port: number;
  /** Publishes these TXT values at `name` (replacing what was there); a value over 255 bytes goes out in several strings, as DNS requires. */
  setTxt(name: string, values: readonly string[]): void;
  /** Publishes these addresses at `name` as its A and AAAA records (replacing those there). */
  setAddresses(name: string, addresses: readonly string[]): void;
  /** Removes every record of `name`: it answers NXDOMAIN again. */
  clear(name: string): void;
  /** Every name asked, in the order the questions arrived (lower case). */
  readonly queries: readonly string[];
  close(): Promise<void>;
}

const TTL_SECONDS = 1;
/** RFC 1035 §4.1.1: "the domain name referenced in the query does not exist" (dns2's types leave RCODE out). */
const NXDOMAIN = 3;
const STRING_MAX_BYTES = 255;
const BIND_ATTEMPTS = 10;

const canonical = (name: string): string => name.toLowerCase().replace(/\.$/, '');

/** A TXT value as DNS carries it: strings of at most 255 bytes. */
function chunksOf(value: string): Buffer[] {
  const bytes = Buffer.from(value, 'utf8');
  if (bytes.length === 0) return [bytes];
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += STRING_MAX_BYTES) out.push(bytes.subarray(i, i + STRING_MAX_BYTES));
  return out;
}

export function dnsEnv(dns: Pick<DnsServer, 'address'>): Record<string, string> {
  return { ALLOT_DNS_SERVERS: dns.address };
}

export async function startDnsServer(): Promise<DnsServer> {
  const records = new Map<string, { txt: string[]; addresses: string[] }>();
  const recordsOf = (name: string) => records.get(canonical(name)) ?? records.set(canonical(name), { txt: [], addresses: [] }).get(canonical(name))!;
  const queries: string[] = [];

  const handle = (request: Packet, send: (response: Packet | Buffer) => Promise<Buffer>): void => {
    const response = Packet.createResponseFromRequest(request);
    response.header.aa = 1;
    for (const question of request.questions) {
      const name = canonical(question.name);
      queries.push(name);
      const known = records.get(name);
      if (!known) {
        response.header.rcode = NXDOMAIN;
        continue;
      }
      const answer = (type: number, fields: object) =>
        response.answers.push({ name: question.name, type, class: Packet.CLASS.IN, ttl: TTL_SECONDS, ...fields } as unknown as Packet['answers'][number]);
      if (question.type === Packet.TYPE.TXT) for (const value of known.txt) answer(Packet.TYPE.TXT, { data: chunksOf(value) });
      for (const address of known.addresses) {
        if (question.type === Packet.TYPE.A && isIPv4(address)) answer(Packet.TYPE.A, { address });
        if (question.type === Packet.TYPE.AAAA && isIPv6(address)) answer(Packet.TYPE.AAAA, { address });
      }
    }
    // The client may have gone (a test ended): nothing to tell it.
    send(response).catch(() => undefined);
  };

  for (let attempt = 1; ; attempt++) {
    const udp = new UDPServer({ type: 'udp4' });
    const tcp = new TCPServer();
    udp.on('request', handle);
    tcp.on('request', handle);
    udp.on('requestError', () => undefined);
    tcp.on('requestError', () => undefined);
    await udp.listen(0, '127.0.0.1');
    const port = udp.address().port;
    try {
      // TCP on the same port: a resolver retries there when an answer is too long for UDP.
      await new Promise<void>((resolve, reject) => {
        tcp.once('error', reject);
        tcp.listen(port, '127.0.0.1', () => {
          tcp.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      udp.close();
      if (attempt >= BIND_ATTEMPTS) throw error;
      continue;
    }
    return {
      address: `127.0.0.1:${port}`,
      port,
      queries,
      setTxt: (name, values) => void (recordsOf(name).txt = [...values]),
      setAddresses: (name, addresses) => void (recordsOf(name).addresses = [...addresses]),
      clear: (name) => void records.delete(canonical(name)),
      close: async () => {
        await Promise.all([new Promise<void>((resolve) => udp.close(() => resolve())), new Promise<void>((resolve) => tcp.close(() => resolve()))]);
      },
    };
  }
}
