/**
 * The layering check can fail: `npm run check:layers`, run on a copy of the checked folders,
 * passes on the tree as it is and reports each violation planted in a second copy, by its rule.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const CHECKED = ['src', 'web/src', 'test/helpers', 'packages/client/src'];
const FILES = ['.dependency-cruiser.cjs', 'tsconfig.json', 'package.json'];
const PLANTED = 'planted-violation.ts';

/** The first module of a folder, by name (so the fixture follows files that move). */
const firstIn = (dir: string): string => {
  const name = readdirSync(join(ROOT, dir), { withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => e.name)
    .sort()[0];
  if (!name) throw new Error(`no module in ${dir}`);
  return `${dir}/${name}`;
};
const views = (): string => (existsSync(join(ROOT, 'src/app/views.ts')) ? 'src/app/views.ts' : firstIn('src/app/views'));

interface Plant {
  what: string;
  /** The folder that gets a new module importing `target`. */
  folder: string;
  target: string;
  rule: string;
}

const PLANTS: Plant[] = [
  { what: 'crypto → mail', folder: 'src/crypto', target: firstIn('src/mail'), rule: 'not-in-allowed' },
  { what: 'mail → storage', folder: 'src/mail', target: firstIn('src/storage'), rule: 'not-in-allowed' },
  { what: 'format → storage', folder: 'src/format', target: firstIn('src/storage'), rule: 'not-in-allowed' },
  { what: 'storage → app/views', folder: 'src/storage', target: views(), rule: 'not-in-allowed' },
  { what: 'http → a use-case file', folder: 'src/http', target: firstIn('src/app/use-cases'), rule: 'not-in-allowed' },
  { what: 'domain → node:fs', folder: 'src/domain', target: 'node:fs', rule: 'not-in-allowed' },
  { what: 'web/src → server code', folder: 'web/src', target: firstIn('src/domain'), rule: 'not-in-allowed' },
  { what: 'test/helpers → web/src', folder: 'test/helpers', target: firstIn('web/src'), rule: 'not-in-allowed' },
  { what: 'client SDK → server code', folder: 'packages/client/src', target: firstIn('src/domain'), rule: 'not-in-allowed' },
  { what: 'use-case → use-case', folder: 'src/app/use-cases', target: firstIn('src/app/use-cases'), rule: 'use-case-imports-no-use-case' },
];

const specifier = (from: string, target: string): string => {
  if (target.startsWith('node:')) return target;
  const path = relative(dirname(from), target);
  return path.startsWith('.') ? path : `./${path}`;
};

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((t) => rm(t, { recursive: true, force: true }))));

/** A copy of what `check:layers` reads, sharing the install's node_modules. */
async function copyOfTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'allot-layers-'));
  temps.push(dir);
  for (const path of [...CHECKED, ...FILES]) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await cp(join(ROOT, path), join(dir, path), { recursive: true });
  }
  await symlink(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Runs the `check:layers` script of package.json in `dir`: its exit code and the violations it lists. */
async function checkLayers(dir: string): Promise<{ code: number; violations: string[] }> {
  const script = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts['check:layers'] as string;
  const [command, ...args] = script.split(/\s+/);
  expect(command).toBe('depcruise');
  expect(args).toEqual(expect.arrayContaining(CHECKED));
  const bin = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [bin, ...args], { cwd: dir, maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      // "  error not-in-allowed: src/domain/x.ts → fs", one line per violation.
      const violations = [...stdout.matchAll(/^\s*(\w+) (\S+): (\S+) → (\S+)$/gm)].map(
        ([, severity, rule, from, to]) => `${from} → ${to} (${rule}, ${severity})`,
      );
      if (code !== 0 && violations.length === 0) reject(new Error(`depcruise exited ${code} and listed no violation: ${stdout}${stderr}`));
      else resolve({ code, violations });
    });
  });
}

describe('npm run check:layers', () => {
  it(
    'passes on the tree and fails on each planted violation, by its rule',
    async () => {
      const [clean, planted] = await Promise.all([copyOfTree(), copyOfTree()]);
      for (const p of PLANTS) {
        const file = `${p.folder}/${PLANTED}`;
        await writeFile(join(planted, file), `import '${specifier(file, p.target)}';\n`);
      }

      const [onClean, onPlanted] = await Promise.all([checkLayers(clean), checkLayers(planted)]);

      expect(onClean).toEqual({ code: 0, violations: [] });
      // dependency-cruiser names a node: module without its prefix.
      const expected = PLANTS.map((p) => `${p.folder}/${PLANTED} → ${p.target.replace(/^node:/, '')} (${p.rule}, error)`);
      expect(onPlanted.violations.sort()).toEqual(expected.sort());
      expect(onPlanted.code).toBe(PLANTS.length);
    },
    HEAVY_TEST_MS,
  );
});
