/** Where the SDK keeps its state (the certificate, the JWKS, the highest time seen): the app decides. */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * A place for one JSON blob. `load` answers null when nothing is saved. The SDK never trusts
 * what it loads: the certificate is verified again on every load.
 */
export interface Store {
  load(): Promise<unknown>;
  save(state: unknown): Promise<void>;
  clear(): Promise<void>;
}

/** Keeps the state in memory (tests, or an app that stores it elsewhere itself). */
export class MemoryStore implements Store {
  private value: string | null = null;
  async load(): Promise<unknown> {
    return this.value === null ? null : JSON.parse(this.value);
  }
  async save(state: unknown): Promise<void> {
    this.value = JSON.stringify(state);
  }
  async clear(): Promise<void> {
    this.value = null;
  }
}

/**
 * Keeps the state in a file, readable by its owner only (mode 0600), replaced atomically (a
 * temporary file in the same folder, flushed, then renamed over): a crash leaves the old state or
 * the new one, never half of one. A file that is not JSON loads as nothing.
 */
export class FileStore implements Store {
  constructor(readonly path: string) {}

  async load(): Promise<unknown> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    try {
      return JSON.parse(text);
    } catch {
      return null;
    }
  }

  async save(state: unknown): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
    const temp = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temp, 'wx', 0o600);
    try {
      await file.writeFile(JSON.stringify(state, null, 2) + '\n', 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    try {
      await chmod(temp, 0o600);
      await rename(temp, this.path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }
}
