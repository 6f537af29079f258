import { Type } from '@sinclair/typebox';
import { errors } from '../schemas/common.ts';
import type { App } from '../types.ts';

export interface MetricsRoute {
  /** The exposition text (boot/metrics.ts). */
  scrape(): Promise<string>;
  contentType: string;
}

/** GET /metrics for Prometheus, behind the metrics token (auth.ts, access 'metrics'). */
export function metricsRoutes(app: App, metrics: MetricsRoute): void {
  app.get('/metrics', {
    config: { access: 'metrics' },
    schema: {
      tags: ['system'],
      summary: 'Prometheus metrics (text format 0.0.4), for a scraper with the metrics token',
      description: 'Served here only when ALLOT_METRICS_TOKEN is set; docs/operations.md ("Metrics") lists every metric.',
      produces: ['text/plain'],
      response: { 200: Type.String({ description: 'The exposition text.' }), ...errors },
    },
    handler: async (_req, reply) => reply.header('content-type', metrics.contentType).header('cache-control', 'no-store').send(await metrics.scrape()),
  });
}
