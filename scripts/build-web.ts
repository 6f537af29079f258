/**
 * Builds the console (web/) into web/dist. First the API types: a server is built in-process
 * (in memory, no port) and openapi-typescript turns its OpenAPI document into
 * web/src/api/schema.d.ts, so the console is typed by the public API and nothing else. Then
 * Vite bundles it, and the assets are pre-compressed (brotli, gzip) for @fastify/static.
 *
 *   tsx scripts/build-web.ts                types, then the bundle (npm run build:web)
 *   tsx scripts/build-web.ts --types        the types only (npm run api-types)
 *   tsx scripts/build-web.ts --check-types  fails if schema.d.ts is not the server's (npm run check)
 */
import { randomBytes } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { readConfig } from '../src/boot/config.ts';
import { startServer } from '../src/boot/server.ts';

const WEB = fileURLToPath(new URL('../web/', import.meta.url));
const SCHEMA_FILE = join(WEB, 'src/api/schema.d.ts');
const HEADER = '// Generated from the server\'s OpenAPI document by scripts/build-web.ts (npm run api-types). Do not edit.\n\n';

async function openApiDocument(): Promise<OpenAPI3> {
  const config = readConfig({ ALLOT_DATABASE_URL: 'sqlite::memory:', ALLOT_MASTER_KEY: randomBytes(32).toString('base64'), ALLOT_LOG_LEVEL: 'silent' });
  const server = await startServer(config, { listen: false, sweeps: false, mail: false, logs: false });
  try {
    return server.app.swagger() as unknown as OpenAPI3;
  } finally {
    await server.stop();
  }
}

async function apiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true, silent: true });
  return HEADER + astToString(ast);
}

async function writeApiTypes(): Promise<void> {
  const text = await apiTypes();
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => null);
  if (current !== text) await writeFile(SCHEMA_FILE, text); // unchanged: keep the file's time, so no rebuild follows
}

async function checkApiTypes(): Promise<void> {
  const current = await readFile(SCHEMA_FILE, 'utf8').catch(() => null);
  if (current !== (await apiTypes())) {
    console.error('web/src/api/schema.d.ts does not match the API: run `npm run api-types` and check the console still compiles.');
    process.exitCode = 1;
  }
}

/** Text assets also as .br and .gz beside them; @fastify/static serves those to clients that accept them. */
async function precompress(dir: string): Promise<void> {
  const brotli = promisify(brotliCompress);
  const gz = promisify(gzip);
  for (const name of await readdir(dir)) {
    if (!/\.(js|css|svg|json|txt)$/.test(name)) continue;
    const file = join(dir, name);
    const data = await readFile(file);
    if (data.length < 1024) continue;
    await writeFile(`${file}.br`, await brotli(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${file}.gz`, await gz(data, { level: 9 }));
  }
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
  isEntry?: boolean;
}

/** What a browser loads before the first screen: the entry and every chunk it imports statically. */
async function reportFirstLoad(dist: string): Promise<void> {
  const manifest = JSON.parse(await readFile(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (name: string) => {
    const chunk = manifest[name];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((css) => files.add(css));
    chunk.imports?.forEach(visit);
  };
  Object.keys(manifest).filter((name) => manifest[name]!.isEntry).forEach(visit);
  const gz = promisify(gzip);
  let js = 0;
  let css = 0;
  for (const file of files) {
    const size = (await gz(await readFile(join(dist, file)))).length;
    if (file.endsWith('.js')) js += size;
    else css += size;
  }
  console.log(`first load: ${(js / 1024).toFixed(1)} kB JS + ${(css / 1024).toFixed(1)} kB CSS (gzip), ${files.size} files`);
}

async function buildBundle(): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: join(WEB, 'vite.config.ts') });
  await precompress(join(WEB, 'dist/assets'));
  await reportFirstLoad(join(WEB, 'dist'));
}

const mode = process.argv[2];
if (mode === '--check-types') await checkApiTypes();
else {
  await writeApiTypes();
  if (mode !== '--types') await buildBundle();
}
