/** The inward-import rule of docs/architecture.md, enforced by `npm run check`. */
const layer = (name) => `^src/${name}/`;
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'domain/ holds pure rules: it imports nothing but itself (no node:, no npm, no other layer).',
      severity: 'error',
      from: { path: layer('domain') },
      to: { pathNot: layer('domain') },
    },
    {
      name: 'app-imports-domain-only',
      comment: 'app/ (use-cases and ports) imports domain/ and itself; I/O comes in through ports.ts. TypeBox (no I/O) declares the response shapes in app/views/.',
      severity: 'error',
      from: { path: layer('app') },
      to: { pathNot: [layer('app'), layer('domain'), 'node_modules/@sinclair/typebox/'] },
    },
    {
      name: 'http-does-not-reach-storage',
      comment: 'http/ talks to app/ only; it never touches storage/, crypto/ or the composition root.',
      severity: 'error',
      from: { path: layer('http') },
      to: { path: [layer('storage'), layer('crypto'), layer('boot'), layer('cli'), layer('mail')] },
    },
    {
      name: 'adapters-do-not-know-each-other',
      comment: 'storage/, crypto/ and mail/ implement ports of app/; they do not import http/, cli/, boot/ or each other.',
      severity: 'error',
      from: { path: '^src/(storage|crypto|mail)/' },
      to: { path: '^src/(http|cli|boot)/' },
    },
    {
      name: 'storage-stands-alone',
      severity: 'error',
      from: { path: layer('storage') },
      to: { path: '^src/(crypto|mail)/' },
    },
    {
      name: 'cli-goes-through-boot',
      comment: 'cli/ is a thin layer: it calls app/ use-cases wired by boot/, never storage/ or http/ directly.',
      severity: 'error',
      from: { path: layer('cli') },
      to: { path: '^src/(storage|http|crypto|mail)/' },
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
