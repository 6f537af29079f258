/**
 * `allot invite` for lists of any size: the addresses are read from --emails or a CSV file,
 * sent in chunks (one use-case call, one transaction each), and the rejections of every chunk
 * are put back together in input order, as one API request would report them.
 */
import { readFile, stat } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { isEmailAddress, normalizeEmail, type BatchEntry, type Rejection } from '../domain/invitations.ts';
import { parseEmailCsv } from '../format/emails-csv.ts';
import { INVITE_FILE_MAX_BYTES } from '../domain/limits.ts';


/** `--emails a@x,b@y`: separated by commas, semicolons or white space. */
export const entriesFromList = (list: string): BatchEntry[] =>
  list
    .split(/[\s,;]+/)
    .filter((email) => email !== '')
    .map((email) => ({ email }));

/** `--csv file`: parsed as the API parses a text/csv body, so that each entry keeps its line. */
export async function entriesFromCsvFile(file: string): Promise<BatchEntry[]> {
  let text: string;
  try {
    const { size } = await stat(file);
    if (size > INVITE_FILE_MAX_BYTES) throw new Error(`it is larger than ${INVITE_FILE_MAX_BYTES / 1024 / 1024} MiB`);
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidArgumentError(`cannot read --csv ${file}: ${(error as Error).message}`);
  }
  return parseEmailCsv(text);
}

/** An entry and where it stood in the input (to report rejections in input order). */
export interface Placed<T> {
  value: T;
  at: number;
}

export interface InvitePlan {
  /** What goes to the use-case, in input order. */
  send: Placed<BatchEntry>[];
  /** Repeats of an address met earlier in the input, reported as the API reports them. */
  duplicates: Placed<Rejection>[];
}

/**
 * Takes repeated addresses out of the input (compared like the API: trimmed, in lower case).
 * The use-case only sees one chunk at a time, so without this a repeat in a later chunk would
 * come back as `already_invited` instead of `duplicate`.
 */
export function planInvitations(entries: readonly BatchEntry[]): InvitePlan {
  const seen = new Set<string>();
  const plan: InvitePlan = { send: [], duplicates: [] };
  entries.forEach((entry, at) => {
    const email = normalizeEmail(entry.email);
    const valid = isEmailAddress(email);
    if (valid && seen.has(email)) plan.duplicates.push({ value: { email, ...(entry.line === undefined ? {} : { line: entry.line }), reason: 'duplicate' }, at });
    else {
      if (valid) seen.add(email);
      plan.send.push({ value: entry, at });
    }
  });
  return plan;
}

export function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

const sameEntry = (entry: BatchEntry, r: Rejection) =>
  entry.line === r.line && (normalizeEmail(entry.email) === r.email || entry.email.trim() === r.email);

/**
 * Finds where each rejection of a chunk stood in the input. The use-case reports a chunk's
 * rejections in the chunk's order, so each one is the next entry that it names.
 */
export function placeRejections(chunk: readonly Placed<BatchEntry>[], rejected: readonly Rejection[]): Placed<Rejection>[] {
  let next = 0;
  return rejected.map((r) => {
    let i = next;
    while (i < chunk.length && !sameEntry(chunk[i]!.value, r)) i++;
    if (i === chunk.length) return { value: r, at: Number.MAX_SAFE_INTEGER };
    next = i + 1;
    return { value: r, at: chunk[i]!.at };
  });
}

/** All rejections in input order (the sort is stable). */
export const inInputOrder = (rejections: readonly Placed<Rejection>[]): Rejection[] =>
  [...rejections].sort((a, b) => a.at - b.at).map((r) => r.value);
