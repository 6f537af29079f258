import { LINK_LIFETIME_MS, type LinkKind } from '../domain/members.ts';
import type { AppDeps } from './context.ts';
import { queueMail, wakeMailAfterCommit } from './outbox.ts';
import type { MemberRecord } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';

const TOKEN_BYTES = 32;

/**
 * Emails a member a link that sets their password (joining the account, or a reset), through
 * the outbox: any older link of theirs stops working. Only a hash finds the token; the token
 * itself is kept encrypted for the mail worker.
 */
export async function sendMemberLink(tx: Tx, deps: Pick<AppDeps, 'ids' | 'vault' | 'timer' | 'signals'>, member: MemberRecord, kind: LinkKind, now: number): Promise<void> {
  const token = Buffer.from(deps.vault.randomBytes(TOKEN_BYTES)).toString('base64url');
  const id = deps.ids.next();
  await tx.memberLinks.retireOfMember(member.id, now);
  await tx.memberLinks.insert({
    id,
    memberId: member.id,
    kind,
    tokenHash: deps.vault.tokenHash(token),
    tokenCipher: deps.vault.encrypt(token),
    createdAt: now,
    expiresAt: now + LINK_LIFETIME_MS[kind],
    usedAt: null,
  });
  await tx.outbox.insertMany([queueMail(deps, 'member_link', id)]);
  wakeMailAfterCommit(tx, deps);
}

/**
 * Where an emailed link leads: the console's set-password page, with the token in the URL's
 * fragment, which a browser never sends: it reaches no server log, proxy or Referer.
 */
export const linkUrl = (issuer: string, token: string): string => `${issuer}/set-password#token=${encodeURIComponent(token)}`;
