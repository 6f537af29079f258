/**
 * `npm run bench`: the performance figures live here and in docs/benchmarks.md, never in
 * test assertions. The activation benchmarks against a bare Fastify baseline come with
 * the "Activation at the machine's limit" work; until then this says so plainly.
 */
console.log('No benchmarks are defined yet. See docs/benchmarks.md.');
