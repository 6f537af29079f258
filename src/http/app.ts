import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import type { Services } from '../app/services.ts';
import { registerAuth } from './auth.ts';
import { registerErrorHandling } from './errors.ts';
import { activationRoutes } from './routes/activations.ts';
import { clientRoutes } from './routes/client.ts';
import { productAndAccountRoutes } from './routes/products-accounts.ts';
import { subscriptionAndKeyRoutes } from './routes/subscriptions-keys.ts';
import { systemRoutes } from './routes/system.ts';
import type { App } from './types.ts';
import { registerValidation } from './validation.ts';

export interface HttpOptions {
  /** Log level, or false for no logs. */
  logLevel: string | false;
  /** Where logs go (standard output when absent). */
  logStream?: NodeJS.WritableStream;
  /** Largest accepted request body. */
  bodyLimitBytes: number;
  /** Trust X-Forwarded-* (behind a reverse proxy). */
  trustProxy: boolean;
  version: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** Secrets never reach the logs: no authorization header, no cookie, no body. */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]'];

export async function buildHttpApp(services: Services, options: HttpOptions): Promise<App> {
  const app = Fastify({
    logger:
      options.logLevel === false
        ? false
        : { level: options.logLevel, redact: { paths: LOG_REDACT, censor: '[redacted]' }, ...(options.logStream && { stream: options.logStream }) },
    bodyLimit: options.bodyLimitBytes,
    trustProxy: options.trustProxy,
    routerOptions: { maxParamLength: 200 },
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  // An empty body with a JSON content type reads as no body (many clients send the header regardless).
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (typeof body === 'string' && body.trim() === '') return done(null, undefined);
    parseJson(request, body as string, done);
  });

  registerValidation(app);
  registerErrorHandling(app);
  registerAuth(app, services);

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Allot',
        version: options.version,
        description: 'License server for subscription software sold to businesses. Errors: docs/errors.md.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      tags: [
        { name: 'client', description: 'Device API: activate, check in, deactivate' },
        { name: 'subscriptions' },
        { name: 'keys' },
        { name: 'devices' },
        { name: 'events' },
        { name: 'operator' },
        { name: 'system' },
      ],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  systemRoutes(app, services);
  clientRoutes(app, services);
  productAndAccountRoutes(app, services);
  subscriptionAndKeyRoutes(app, services);
  activationRoutes(app, services);
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  return app;
}
