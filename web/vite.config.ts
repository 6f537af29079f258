import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `npm run dev:web` sends API calls (a server started with `npm start`). */
const api = process.env.ALLOT_API_URL ?? 'http://localhost:8080';
const API_PATHS = ['/v1', '/openapi.json', '/docs', '/.well-known', '/healthz'];

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Inline nothing: the Content-Security-Policy allows no data: scripts or fonts.
    assetsInlineLimit: 0,
    // Read by scripts/build-web.ts to report what the first screen loads.
    manifest: true,
  },
  server: {
    port: 5173,
    proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target: api, changeOrigin: false }])),
  },
});
