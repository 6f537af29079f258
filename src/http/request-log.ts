import type { FastifyRequest } from 'fastify';
import { clientAddress } from './client-limits.ts';

/** Secrets never reach the logs: no authorization header, no cookie, no body. */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'];

/**
 * A URL as the request log writes it: the path, and the query's parameter names with every
 * value replaced. A query can carry anything a client puts there (a search for a person, a
 * token pasted by mistake, a link that used to carry one), so no value of it is written.
 */
export function loggedUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const names = url
    .slice(q + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      return eq < 0 ? part : `${part.slice(0, eq)}=~`;
    });
  return `${url.slice(0, q)}?${names.join('&')}`;
}

/** What the request log says of a request (Fastify's default fields, with the URL's query values left out). */
export function requestLogFields(req: FastifyRequest) {
  return {
    method: req.method,
    url: loggedUrl(req.url),
    host: req.host,
    // A forwarded value that is no address (anything a client wrote) is not written either.
    remoteAddress: clientAddress(req) ?? undefined,
    remotePort: req.socket?.remotePort,
  };
}
