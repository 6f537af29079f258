/**
 * The layers of docs/architecture.md ("Layers"), enforced by `npm run check:layers` (part of
 * `npm run check`) over src/, web/src, test/helpers and packages/client/src. Each folder has an allow-list: an import
 * that no `allowed` rule matches fails the check as `not-in-allowed`. The `forbidden` rules say
 * what an allow-list cannot. test/layers/layers.test.ts plants violations and proves both fail.
 */

/** A folder (or file) of ours, as a path pattern. */
const ours = (...paths) => `^(${paths.join('|')})`;
/** Named production packages (dependencies, not devDependencies), and their @types. */
const npm = (...names) => ({ dependencyTypes: ['npm'], path: `(^|/)node_modules/(@types/)?(${names.join('|')})/` });
const anyNpm = { dependencyTypes: ['npm'] };
const node = { dependencyTypes: ['core'] };

/** app/ outside use-cases/ and ports/: services.ts (the front door), views, context, validate, shared steps. */
const appModules = { path: '^src/app/', pathNot: '^src/app/(use-cases|ports)/' };

const allow = (from, ...tos) => tos.map((to) => ({ from: { path: from }, to }));

module.exports = {
  allowed: [
    // domain: pure rules; imports nothing but itself (no node:, no npm).
    ...allow('^src/domain/', { path: ours('src/domain/') }),

    // app/ports: the interfaces of the outside world, in domain terms.
    ...allow('^src/app/ports/', { path: ours('src/domain/', 'src/app/ports/') }),
    // app/use-cases: domain and app's shared modules (never services.ts; another use-case: see below).
    ...allow('^src/app/use-cases/', { path: ours('src/domain/', 'src/app/'), pathNot: '^src/app/services\\.ts$' }),
    // the rest of app: domain and app, not the use-cases...
    { from: { path: '^src/app/', pathNot: '^src/app/(use-cases|ports)/' }, to: { path: ours('src/domain/', 'src/app/'), pathNot: '^src/app/use-cases/' } },
    // app/views: response shapes declared once, as TypeBox schemas (no I/O) that http serves as they are.
    ...allow('^src/app/views/', npm('@sinclair/typebox')),
    // ...except services.ts, which wires them for the adapters.
    ...allow('^src/app/services\\.ts$', { path: '^src/app/use-cases/' }),

    // storage: implements the repository and store ports with Kysely.
    ...allow('^src/storage/', { path: ours('src/storage/', 'src/domain/', 'src/app/ports/') }, npm('kysely', 'pg', 'better-sqlite3'), node),
    // crypto: implements the secret ports.
    ...allow('^src/crypto/', { path: ours('src/crypto/', 'src/domain/', 'src/app/ports/') }, npm('jose', '@node-rs/argon2'), node),
    // mail: implements the mail port.
    ...allow('^src/mail/', { path: ours('src/mail/', 'src/domain/', 'src/app/ports/mail\\.ts$') }, npm('nodemailer'), node),
    // sso: the SAML and OpenID Connect adapters behind app/ports/identity.ts, over well-kept libraries.
    ...allow('^src/sso/', { path: ours('src/sso/', 'src/domain/', 'src/app/ports/identity\\.ts$') }, npm('@node-saml/node-saml', 'openid-client', '@xmldom/xmldom', 'xpath'), node),
    // dns: the TXT resolver behind app/ports/identity.ts, and the address resolver boot gives the webhook transport (node:dns).
    ...allow('^src/dns/', { path: ours('src/dns/', 'src/domain/', 'src/app/ports/identity\\.ts$') }, node),
    // webhooks: the webhook transport behind app/ports/webhooks.ts (SSRF checks, Standard Webhooks signing, HTTP).
    ...allow('^src/webhooks/', { path: ours('src/webhooks/', 'src/domain/', 'src/app/ports/webhooks\\.ts$') }, npm('standardwebhooks'), node),
    // format: CSV in and out, over domain types.
    ...allow('^src/format/', { path: ours('src/format/', 'src/domain/') }, npm('csv-parse', 'csv-stringify')),

    // http: app's front door (not use-case files; of the ports, only list filters), domain, format.
    ...allow(
      '^src/http/',
      { path: ours('src/http/', 'src/domain/', 'src/format/', 'src/app/ports/listing\\.ts$') },
      appModules,
      npm('fastify', '@fastify/[^/]+', '@sinclair/typebox', 'ajv', 'ajv-formats', 'fast-json-stringify', 'find-my-way', 'scim-patch', 'scim2-parse-filter'),
      node,
    ),
    // cli: commands over boot's runtime and app's front door; `allot agent` over the client SDK.
    ...allow('^src/cli/', { path: ours('src/cli/', 'src/boot/', 'src/domain/', 'src/format/', 'packages/client/src/') }, appModules, npm('commander', 'cli-progress'), node),
    // packages/client: the client SDK (@allot/client) has no dependencies: itself and Node's core only.
    ...allow('^packages/client/src/', { path: ours('packages/client/src/') }, node),
    // boot: the composition root knows every layer.
    ...allow('^src/boot/', { path: '^src/' }, anyNpm, node),

    // web/src: the console; reaches the server only through the HTTP API (its types are generated into web/src).
    ...allow('^web/src/', { path: '^web/src/' }, { dependencyTypes: ['npm', 'npm-dev'] }),

    // test/helpers: drive the server from outside or wire it like boot does; never the console.
    ...allow('^test/helpers/', { path: ours('src/', 'test/helpers/') }, { dependencyTypes: ['npm', 'npm-dev'] }, node),
  ],
  allowedSeverity: 'error',

  forbidden: [
    {
      name: 'use-case-imports-no-use-case',
      comment: 'A use-case never imports another use-case: shared steps live in domain/ or a named app/ module.',
      severity: 'error',
      from: { path: '^src/app/use-cases/' },
      to: { path: '^src/app/use-cases/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'Every import resolves (a typo, or a package missing from package.json).',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
