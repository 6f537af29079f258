import { readFileSync } from 'node:fs';

/** Allot's version, from package.json (read without loading the server, for `allot --version`). */
export const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
