/** What the mail adapter sends, and the port it implements. */
import type { InvitationLanguage } from '../../domain/invitations.ts';
import type { LinkKind } from '../../domain/members.ts';

/** An invitation email, as the mail adapter renders it (in `language`) and sends it. */
export interface InvitationMail {
  kind: 'invitation';
  /** Stable per outbox message, so that a receiver can drop a copy sent twice. */
  messageId: string;
  to: string;
  language: InvitationLanguage;
  code: string;
  expiresAt: number;
  productName: string;
  accountName: string;
  keyName: string;
  downloadUrl: string | null;
}

/** A link to set a password: an invitation to join an account's console, or a reset. */
export interface MemberLinkMail {
  kind: 'member_link';
  messageId: string;
  to: string;
  linkKind: LinkKind;
  name: string;
  accountName: string;
  url: string;
  expiresAt: number;
}

/** To an Account Administrator: a webhook endpoint of theirs failed too often and was disabled. */
export interface WebhookDisabledMail {
  kind: 'webhook_disabled';
  /** Who is told: an Account Administrator of the endpoint's account, or an operator member (the operator's own endpoint). */
  audience: 'account_admin' | 'operator';
  messageId: string;
  to: string;
  name: string;
  accountName: string;
  endpointUrl: string;
  reason: string;
  /** Where the console shows the endpoint. */
  consoleUrl: string;
}

export type Mail = InvitationMail | MemberLinkMail | WebhookDisabledMail;

export type MailResult = { ok: true } | { ok: false; permanent: boolean; error: string };

/** Sends one message. Never throws: a refusal or an outage is a result the outbox acts on. */
export interface Mailer {
  send(mail: Mail): Promise<MailResult>;
}
