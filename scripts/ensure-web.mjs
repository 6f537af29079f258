#!/usr/bin/env node
/**
 * Builds the console when web/dist is missing or older than its sources, so that `npm ci` and
 * `npm start` need no separate step. Up to date, it only compares modification times.
 *
 *   node scripts/ensure-web.mjs           (prestart) a failed build is reported; the server starts anyway
 *   node scripts/ensure-web.mjs --strict  (prepare) a failed build fails the install
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WEB = join(ROOT, 'web');
const BUILT = join(WEB, 'dist', 'index.html');
const strict = process.argv.includes('--strict');

/** The newest modification time under `path`, leaving out the build output. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (path === WEB && (entry === 'dist' || entry === 'node_modules')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

const sourcesAt = Math.max(newest(WEB), newest(join(ROOT, 'package-lock.json')));
const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
if (builtAt >= sourcesAt) process.exit(0);

if (!existsSync(join(ROOT, 'node_modules', 'vite', 'package.json'))) {
  console.warn('The console is not built and cannot be (its build tools are not installed: run `npm ci` without --omit=dev). The API serves anyway.');
  process.exit(0);
}

console.warn(builtAt === 0 ? 'Building the console (web/dist)…' : 'The console sources changed: rebuilding web/dist…');
const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(ROOT, 'scripts', 'build-web.ts')], { stdio: 'inherit', cwd: ROOT });
if (run.status !== 0) {
  console.error('The console build failed (see above).' + (strict ? '' : ' The server starts without the latest console.'));
  process.exit(strict ? 1 : 0);
}
