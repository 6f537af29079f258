// The throughput baseline: bare Fastify 5 (no logger, no schemas, no plugins) answering
// {"hello":"world"} to a POST with a small JSON body (its default JSON parser reads it), on
// 127.0.0.1:$PORT. Started by bench/scenarios/throughput.ts in a process of its own, which
// waits for GET /healthz; ends on SIGINT or SIGTERM.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.post('/hello', async () => ({ hello: 'world' }));
app.get('/healthz', async () => ({ status: 'ok' }));

const url = await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT ?? 0) });
process.stdout.write(`${url}\n`);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
