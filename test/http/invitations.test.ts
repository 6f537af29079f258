/**
 * Invitations (docs/invitations.md): inviting by JSON and CSV, the codes and the emails a real
 * SMTP server receives, activating with a code, the lifecycle, listings and exports, tenant
 * isolation, secrets at rest and the audit trail.
 */
import { randomBytes } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterEach, describe, expect, it } from 'vitest';
import { parseKey } from '../../src/domain/key-format.ts';
import { DAY_MS } from '../../src/domain/time.ts';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { snapshotState } from '../helpers/malformed.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { CODE_PATTERN, codeOf, eventually, mailEnv, sleep, startSmtp, type ReceivedMail, type Smtp } from '../helpers/smtp.ts';

type Lang = 'en' | 'de' | 'fr' | 'es' | 'ja';
const LANGS: Lang[] = ['en', 'de', 'fr', 'es', 'ja'];
/** A phrase each language's email must contain (compared in lower case, whitespace folded). */
const PHRASE: Record<Lang, string> = {
  en: 'activation code',
  de: 'aktivierungscode',
  fr: "code d'activation",
  es: 'código de activación',
  ja: 'アクティベーションコード',
};
const DOWNLOAD_URL = 'https://example.com/dl';
const CSV_COLUMNS = ['email', 'code', 'status', 'key', 'language', 'expires_at', 'delivery', 'download_url'];
const WHOLE_CODE = new RegExp(`^${CODE_PATTERN.source}$`);

const iso = (ms: number) => new Date(ms).toISOString();
const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
const errorCode = (res: Answer): string | undefined => res.body?.error?.code;
const emailsOf = (rows: any[]) => rows.map((r) => r.email as string).sort();

/** The expiry date as a reader would see it: ISO, or the locale's date in any style (UTC). */
function dateForms(at: string, lang: Lang): string[] {
  const forms = [at.slice(0, 10)];
  for (const locale of lang === 'en' ? ['en-US', 'en-GB'] : [lang])
    for (const dateStyle of ['full', 'long', 'medium', 'short'] as const)
      forms.push(fold(new Intl.DateTimeFormat(locale, { dateStyle, timeZone: 'UTC' }).format(new Date(at))));
  return forms;
}

const expectRefused = (res: Answer, code: string, what = code) => {
  expect(res.status, `${what}: ${res.text}`).toBeGreaterThanOrEqual(400);
  expect(res.status, `${what}: ${res.text}`).toBeLessThan(500);
  expect(errorCode(res), `${what}: ${res.text}`).toBe(code);
};

describe.each(dialects())('invitations on %s', (dialect) => {
  let server: TestServer | undefined;
  let smtp: Smtp | undefined;
  let ownDb: FreshDatabase | undefined;
  let api: Api;
  let admin: Api;
  let seed: Seeded;

  /** A server (with the mail worker against a fresh SMTP server unless `mail: false`) and a seeded subscription. */
  async function boot(options: { mail?: boolean; seats?: number; smtpOptions?: Parameters<typeof startSmtp>[0] } = {}) {
    if (options.mail !== false) smtp = await startSmtp(options.smtpOptions);
    server = await startTestServer(dialect, { env: smtp ? mailEnv(smtp.url) : {} });
    api = apiClient(server.app);
    seed = await seedSubscription(api, options.seats ?? 10);
    admin = api.as(seed.adminToken);
  }

  afterEach(async () => {
    await server?.close();
    await smtp?.stop();
    await ownDb?.drop();
    server = undefined;
    smtp = undefined;
    ownDb = undefined;
  });

  const invite = (keyId: string, body: Record<string, unknown>, as: Api = admin) => as.post(`/v1/keys/${keyId}/invitations`, body);
  const inviteCsv = (keyId: string, csv: string, query = '', as: Api = admin) =>
    as.post(`/v1/keys/${keyId}/invitations${query}`, csv, { 'content-type': 'text/csv' });
  /** Invites and insists on 201, returning the invitations in the answer. */
  async function invited(keyId: string, body: Record<string, unknown>): Promise<any[]> {
    const res = await invite(keyId, body);
    expect(res.status, res.text).toBe(201);
    return res.body.data;
  }
  const invitation = async (id: string) => {
    const res = await api.get(`/v1/invitations/${id}`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };
  const mustKey = async (body: Parameters<typeof createKey>[2]) => {
    const res = await createKey(admin, seed.subscriptionId, body);
    expect(res.status, res.text).toBe(201);
    return res.body as { id: string; key: string; name: string };
  };
  /** Waits until the mail worker reports every one of these invitations' emails as sent. */
  const delivered = (ids: string[]) =>
    eventually(`delivery 'sent' for ${ids.length} invitations`, async () => {
      const rows = await Promise.all(ids.map(invitation));
      return rows.every((r) => r.delivery.status === 'sent') && rows;
    });
  const onlyMailTo = (address: string): ReceivedMail => {
    const mails = smtp!.to(address);
    expect(mails.map((m) => m.subject), `messages to ${address}`).toHaveLength(1);
    return mails[0]!;
  };
  const events = async (query: string) => {
    const res = await api.get(`/v1/events?limit=500&${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.data as any[];
  };

  it('invites by JSON: a code per address in key format, each emailed in German with text and HTML, download URL and expiry', async () => {
    await boot();
    const key = await mustKey({ type: 'dynamic', maxSeats: 5, name: 'Engineering' });
    const emails = ['ana@example.com', 'bo@example.com', 'cy@example.com'];
    const res = await invite(key.id, { emails, language: 'de', expiresInDays: 14 });
    expect(res.status, res.text).toBe(201);
    expect(res.body.rejected).toEqual([]);
    const data: any[] = res.body.data;
    expect(emailsOf(data)).toEqual(emails);
    for (const inv of data) {
      expect(inv).toMatchObject({
        subscriptionId: seed.subscriptionId,
        keyId: key.id,
        keyName: 'Engineering',
        language: 'de',
        status: 'pending',
        expiresInDays: 14,
        expiresAt: iso(server!.clock.t + 14 * DAY_MS),
        createdAt: iso(server!.clock.t),
        acceptedAt: null,
        revokedAt: null,
        activationId: null,
      });
      expect(inv.delivery).toMatchObject({ status: 'queued', attempts: 0, lastError: null, sentAt: null });
      expect(inv.code).toMatch(WHOLE_CODE);
      expect(parseKey(inv.code)).toEqual({ ok: true, canonical: inv.code.replace(/-/g, '') });
    }
    const codes = data.map((i) => i.code as string);
    expect(new Set(codes).size).toBe(3);
    expect(codes).not.toContain(key.key);
    expect(codes).not.toContain(seed.primaryKey);

    await smtp!.waitFor(3);
    await sleep(400);
    expect(smtp!.messages).toHaveLength(3);
    for (const inv of data) {
      const mail = onlyMailTo(inv.email);
      expect(mail.to).toEqual([inv.email]);
      expect(mail.fromAddress).toBe('licenses@example.com');
      expect(mail.hasTextPart, 'a text/plain part').toBe(true);
      expect(mail.hasHtmlPart, 'a text/html part').toBe(true);
      expect(codeOf(mail)).toBe(inv.code);
      expect(mail.html).toContain(inv.code);
      expect(fold(mail.text)).toContain(PHRASE.de);
      expect(mail.text).toContain(DOWNLOAD_URL);
      expect(mail.html).toContain(DOWNLOAD_URL);
      const text = fold(mail.text);
      expect(dateForms(inv.expiresAt, 'de').some((f) => text.includes(f)), `the expiry date in:\n${mail.text}`).toBe(true);
      expect(mail.messageId).toMatch(/^<[^<>@\s]+@allot>$/);
      // The license key itself never travels.
      for (const k of [key.key, seed.primaryKey]) expect(`${mail.text}${mail.html}${mail.subject}`).not.toContain(k);
    }
    expect(new Set(smtp!.messages.map((m) => m.messageId)).size).toBe(3);

    const after = await delivered(data.map((i) => i.id));
    for (const inv of after) {
      expect(inv.delivery).toMatchObject({ status: 'sent', lastError: null });
      expect(inv.delivery.sentAt).not.toBeNull();
      expect(inv.delivery.attempts).toBeGreaterThanOrEqual(1);
      expect(inv.code).toBe(data.find((d) => d.id === inv.id).code);
      expect(inv.status).toBe('pending');
    }
  });

  it('writes the email in each of the five languages, English by default, on any key type', async () => {
    await boot();
    const reserved = await mustKey({ type: 'reserved', maxSeats: 2, name: 'Design' });
    const byLang: Record<string, any> = {};
    for (const lang of LANGS) {
      // The primary key can be invited on too.
      const keyId = lang === 'ja' ? reserved.id : seed.primaryKeyId;
      const [inv] = await invited(keyId, lang === 'en' ? { emails: [`${lang}@example.com`] } : { emails: [`${lang}@example.com`], language: lang });
      expect(inv).toMatchObject({ language: lang, expiresInDays: 7, expiresAt: iso(server!.clock.t + 7 * DAY_MS) });
      byLang[lang] = inv;
    }
    await smtp!.waitFor(5);
    for (const lang of LANGS) {
      const mail = onlyMailTo(`${lang}@example.com`);
      const text = fold(mail.text);
      expect(text, `${lang} message`).toContain(PHRASE[lang]);
      if (lang !== 'en') expect(text, `${lang} message is not the English one`).not.toContain(PHRASE.en);
      expect(codeOf(mail)).toBe(byLang[lang].code);
      expect(mail.html).toContain(byLang[lang].code);
      expect(dateForms(byLang[lang].expiresAt, lang).some((f) => text.includes(f)), `${lang}: the expiry date in:\n${mail.text}`).toBe(true);
      expect(mail.text).toContain(DOWNLOAD_URL);
    }
  });

  it('activates with a code from a received email: a seat on the parent key, the invitee as user, one device per code', async () => {
    await boot();
    const key = await mustKey({ type: 'dynamic', maxSeats: 3, name: 'Engineering' });
    const [ana, bo] = await invited(key.id, { emails: ['ana@example.com', 'Bo@Example.com'] });
    expect(bo.email).toBe('bo@example.com');
    await smtp!.waitFor(2);
    const anaCode = codeOf(onlyMailTo('ana@example.com'));
    expect(anaCode).toBe(ana.code);

    const first = await activate(api, anaCode, 'ana-1');
    expect(first.status, first.text).toBe(201);
    expect(first.body.activation).toMatchObject({ keyId: key.id, subscriptionId: seed.subscriptionId, userEmail: 'ana@example.com', status: 'active' });
    expect(first.body.certificate).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const activationId = first.body.activation.id as string;
    expect((await api.get(`/v1/keys/${key.id}`)).body).toMatchObject({ used: 1, available: 2 });
    const seats = (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
    expect(seats).toMatchObject({ total: 10, used: 1 });
    expectSeatFormulas(seats);
    const audit = await auditSeats(server!.runtime.database, seed.subscriptionId);
    expectSeatsConsistent(audit);
    expect(audit.activeByKey[key.id]).toBe(1);
    const accepted = await invitation(ana.id);
    expect(accepted).toMatchObject({ status: 'accepted', activationId, revokedAt: null });
    expect(accepted.acceptedAt).toBe(iso(server!.clock.t));
    expect((await api.get(`/v1/activations/${activationId}`)).body).toMatchObject({ userEmail: 'ana@example.com', keyId: key.id });

    // The same device again: the same activation, no second seat.
    const again = await activate(api, anaCode, 'ana-1');
    expect(again.status, again.text).toBe(200);
    expect(again.body.activation.id).toBe(activationId);
    expect((await api.get(`/v1/keys/${key.id}`)).body.used).toBe(1);
    // Another device with the same code.
    const other = await activate(api, anaCode, 'ana-2');
    expect(other.status, other.text).toBe(409);
    expect(errorCode(other)).toBe('INVITATION_USED');

    // A device already active on the subscription gets its activation back; the invitation stays pending.
    const onPrimary = await activate(api, seed.primaryKey, 'shared');
    expect(onPrimary.status).toBe(201);
    const viaCode = await activate(api, bo.code, 'shared');
    expect(viaCode.status, viaCode.text).toBe(200);
    expect(viaCode.body.activation).toMatchObject({ id: onPrimary.body.activation.id, keyId: seed.primaryKeyId });
    expect((await invitation(bo.id)).status).toBe('pending');

    // Once that activation ends, the code is spent, even on its own device.
    expect((await api.post(`/v1/activations/${activationId}/deactivate`)).status).toBe(200);
    expect(errorCode(await activate(api, anaCode, 'ana-1'))).toBe('INVITATION_USED');
    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats).toMatchObject({ used: 1 });
    expectSeatsConsistent(await auditSeats(server!.runtime.database, seed.subscriptionId));
    // An unknown code and a mistyped one are unknown keys.
    const typo = bo.code.slice(0, -1) + (bo.code.endsWith('A') ? 'B' : 'A');
    expect(errorCode(await activate(api, typo, 'x'))).toBe('KEY_NOT_FOUND');
  });

  it('rejects addresses one by one (invalid, duplicate, already invited) and invites the valid ones', async () => {
    await boot({ mail: false });
    const key = await mustKey({ type: 'dynamic', maxSeats: 5 });
    const other = await mustKey({ type: 'dynamic', maxSeats: 5, name: 'other' });
    const res = await invite(key.id, {
      emails: ['Ana@Example.com', 'not-an-address', '  ana@example.com ', 'bo@example.com', 'two@@example.com', 'BO@EXAMPLE.COM', ' cy@example.com'],
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.data.map((i: any) => i.email)).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com']);
    const rejected = res.body.rejected as any[];
    expect(rejected.map((r) => [r.email.trim().toLowerCase(), r.reason])).toEqual([
      ['not-an-address', 'invalid_email'],
      ['ana@example.com', 'duplicate'],
      ['two@@example.com', 'invalid_email'],
      ['bo@example.com', 'duplicate'],
    ]);
    for (const r of rejected) expect(r, 'no line for JSON input').not.toHaveProperty('line');

    // A pending invitee on the same key, in any case; the same address on another key is fine.
    const again = await invite(key.id, { emails: ['ANA@example.com', 'dee@example.com'] });
    expect(again.status, again.text).toBe(201);
    expect(again.body.data.map((i: any) => i.email)).toEqual(['dee@example.com']);
    expect(again.body.rejected.map((r: any) => ({ ...r, email: r.email.toLowerCase() }))).toEqual([{ email: 'ana@example.com', reason: 'already_invited' }]);
    const onlyRejected = await invite(key.id, { emails: ['bo@example.com'] });
    expect(onlyRejected.status, onlyRejected.text).toBe(201);
    expect(onlyRejected.body).toEqual({ data: [], rejected: [{ email: 'bo@example.com', reason: 'already_invited' }] });
    expect((await invite(other.id, { emails: ['ana@example.com'] })).body.data).toHaveLength(1);
    expect((await api.get(`/v1/keys/${key.id}/invitations`)).body.total).toBe(4);

    // Bad options are refused, not defaulted.
    expectRefused(await invite(key.id, { emails: ['x@example.com'], language: 'it' }), 'INVALID_REQUEST');
    expectRefused(await invite(key.id, { emails: ['x@example.com'], expiresInDays: 5 }), 'INVALID_REQUEST');
    expectRefused(await inviteCsv(key.id, 'x@example.com\n', '?expiresInDays=2'), 'INVALID_REQUEST');
    expect((await api.get(`/v1/keys/${key.id}/invitations`)).body.total).toBe(4);
  });

  it('refuses more than 10,000 addresses (JSON or CSV) and a CSV over 2 MiB, writing nothing', async () => {
    await boot({ mail: false });
    const key = await mustKey({ type: 'dynamic', maxSeats: 5 });
    const many = Array.from({ length: 10_001 }, (_, i) => `u${i}@example.com`);
    const json = await invite(key.id, { emails: many });
    expect(json.status, json.text.slice(0, 300)).toBe(400);
    expect(errorCode(json)).toBe('INVALID_REQUEST');
    for (const csv of [many.join('\n'), `email\n${many.join('\n')}\n`]) {
      const res = await inviteCsv(key.id, csv);
      expect(res.status, res.text.slice(0, 300)).toBe(400);
      expect(errorCode(res)).toBe('INVALID_REQUEST');
    }
    const huge = await inviteCsv(key.id, `email\n${'a'.repeat(2 * 1024 * 1024)}@example.com\n`);
    expect(huge.status, huge.text.slice(0, 300)).toBe(413);
    expect(errorCode(huge)).toBe('PAYLOAD_TOO_LARGE');

    expect((await api.get(`/v1/subscriptions/${seed.subscriptionId}/invitations`)).body).toEqual({ data: [], total: 0 });
    expect(await events('action=invitation.*')).toEqual([]);
    const db = server!.runtime.database.db;
    expect(await db.selectFrom('invitations').select('id').execute()).toEqual([]);
    expect(await db.selectFrom('invitation_codes').select('code_hash').execute()).toEqual([]);
    expect(await db.selectFrom('outbox').select('id').execute()).toEqual([]);
  });

  it('reads a CSV: optional header, the email column by name, blank lines, a BOM, quoted cells, rejected rows by line', async () => {
    await boot({ mail: false });
    const key = await mustKey({ type: 'dynamic', maxSeats: 5 });
    const csv = [
      '\uFEFFname,email,team', // line 1: the header
      'Ana,ana@example.com,QA', // 2
      '', // 3
      'Bo,not-an-address,QA', // 4
      'Cy,ANA@example.com,QA', // 5
      '"Doe, Jane",jane@example.com,"R&D, Lab"', // 6
      '', // 7
      'Di,di@example.com,Dev', // 8
    ].join('\r\n');
    const res = await inviteCsv(key.id, `${csv}\r\n`, '?language=fr&expiresInDays=3');
    expect(res.status, res.text).toBe(201);
    expect(res.body.data.map((i: any) => i.email)).toEqual(['ana@example.com', 'jane@example.com', 'di@example.com']);
    for (const inv of res.body.data)
      expect(inv).toMatchObject({ language: 'fr', expiresInDays: 3, expiresAt: iso(server!.clock.t + 3 * DAY_MS), status: 'pending' });
    expect(res.body.rejected.map((r: any) => ({ ...r, email: r.email.toLowerCase() }))).toEqual([
      { email: 'not-an-address', line: 4, reason: 'invalid_email' },
      { email: 'ana@example.com', line: 5, reason: 'duplicate' },
    ]);

    // No header: one address per line, the first line included; the defaults apply.
    const bare = await inviteCsv(key.id, 'carl@example.com\nnope\n\nDora@Example.com');
    expect(bare.status, bare.text).toBe(201);
    expect(bare.body.data.map((i: any) => [i.email, i.language, i.expiresInDays])).toEqual([
      ['carl@example.com', 'en', 7],
      ['dora@example.com', 'en', 7],
    ]);
    expect(bare.body.rejected).toEqual([{ email: 'nope', line: 2, reason: 'invalid_email' }]);

    // Other names of the column, not in the first place; and an address already pending, by line.
    const named = await inviteCsv(key.id, 'full name,mail\nEve Example,eve@example.com\nDi Again,di@example.com\n', '?language=ja');
    expect(named.status, named.text).toBe(201);
    expect(named.body.data.map((i: any) => [i.email, i.language])).toEqual([['eve@example.com', 'ja']]);
    expect(named.body.rejected).toEqual([{ email: 'di@example.com', line: 3, reason: 'already_invited' }]);
    const dashed = await inviteCsv(key.id, 'id,e-mail\n7,fay@example.com\n');
    expect(dashed.body.data?.map((i: any) => i.email), dashed.text).toEqual(['fay@example.com']);

    expect((await api.get(`/v1/keys/${key.id}/invitations`)).body.total).toBe(7);
  });

  it('resends with a new code and a new email; the old code is revoked at once; an accepted invitation cannot be resent', async () => {
    await boot();
    const key = await mustKey({ type: 'dynamic', maxSeats: 3 });
    const [inv] = await invited(key.id, { emails: ['ana@example.com'], language: 'es', expiresInDays: 3 });
    await smtp!.waitFor(1);
    const firstMail = smtp!.messages[0]!;
    const oldCode = codeOf(firstMail);
    expect(oldCode).toBe(inv.code);
    await delivered([inv.id]);

    server!.clock.advance(DAY_MS);
    const resent = await admin.post(`/v1/invitations/${inv.id}/resend`);
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body).toMatchObject({ id: inv.id, status: 'pending', language: 'es', expiresInDays: 3, expiresAt: iso(server!.clock.t + 3 * DAY_MS) });
    const newCode = resent.body.code as string;
    expect(newCode).toMatch(WHOLE_CODE);
    expect(newCode).not.toBe(oldCode);
    expect(resent.body.delivery.status).toBe('queued');

    expectRefused(await activate(api, oldCode, 'old'), 'INVITATION_REVOKED');
    await smtp!.waitFor(2);
    const secondMail = smtp!.messages[1]!;
    expect(secondMail.envelope.to).toEqual(['ana@example.com']);
    expect(codeOf(secondMail)).toBe(newCode);
    expect(fold(secondMail.text)).toContain(PHRASE.es);
    expect(secondMail.messageId).not.toBe(firstMail.messageId);
    expect((await delivered([inv.id]))[0].code).toBe(newCode);

    const ok = await activate(api, newCode, 'new');
    expect(ok.status, ok.text).toBe(201);
    expect(ok.body.activation.userEmail).toBe('ana@example.com');
    expectRefused(await activate(api, oldCode, 'old'), 'INVITATION_REVOKED');
    const notPending = await admin.post(`/v1/invitations/${inv.id}/resend`);
    expect(notPending.status, notPending.text).toBe(409);
    expect(errorCode(notPending)).toBe('INVITATION_NOT_PENDING');
    expect(errorCode(await admin.post(`/v1/invitations/${inv.id}/revoke`))).toBe('INVITATION_NOT_PENDING');
    await sleep(300);
    expect(smtp!.messages).toHaveLength(2);
    expect((await invitation(inv.id)).status).toBe('accepted');
  });

  it('revokes pending invitations only, cancelling mail not yet sent; deleting a key revokes, regenerating it does not', async () => {
    await boot({ mail: false });
    const key = await mustKey({ type: 'dynamic', maxSeats: 3 });
    const [ana, bo] = await invited(key.id, { emails: ['ana@example.com', 'bo@example.com'] });
    const revoked = await admin.post(`/v1/invitations/${ana.id}/revoke`);
    expect(revoked.status, revoked.text).toBe(200);
    expect(revoked.body).toMatchObject({ id: ana.id, status: 'revoked', revokedAt: iso(server!.clock.t), acceptedAt: null });
    expect(revoked.body.delivery.status).toBe('cancelled');
    expect((await invitation(ana.id)).delivery.status).toBe('cancelled');
    expectRefused(await activate(api, ana.code, 'a'), 'INVITATION_REVOKED');
    const twice = await admin.post(`/v1/invitations/${ana.id}/revoke`);
    expect(twice.status).toBe(409);
    expect(errorCode(twice)).toBe('INVITATION_NOT_PENDING');
    expect(errorCode(await admin.post(`/v1/invitations/${ana.id}/resend`))).toBe('INVITATION_NOT_PENDING');
    // No longer pending: the address can be invited again.
    const [ana2] = await invited(key.id, { emails: ['ana@example.com'] });
    expect(ana2.id).not.toBe(ana.id);

    // Regenerating the key leaves the codes working.
    expect((await admin.post(`/v1/keys/${key.id}/regenerate`)).status).toBe(200);
    expect((await activate(api, bo.code, 'b')).status).toBe(201);
    // Deleting it revokes what is pending and leaves what was accepted.
    expect((await admin.del(`/v1/keys/${key.id}?deactivateDevices=true`)).status).toBe(200);
    expect(await invitation(ana2.id)).toMatchObject({ status: 'revoked' });
    expectRefused(await activate(api, ana2.code, 'a2'), 'INVITATION_REVOKED');
    expect((await invitation(bo.id)).status).toBe('accepted');
    expect(errorCode(await admin.post(`/v1/invitations/${ana2.id}/revoke`))).toBe('INVITATION_NOT_PENDING');
  });

  it('expires pending invitations on the clock; a resend renews an expired one', async () => {
    await boot({ mail: false });
    const key = await mustKey({ type: 'dynamic', maxSeats: 3 });
    const [inv] = await invited(key.id, { emails: ['ana@example.com'], expiresInDays: 1 });
    server!.clock.advance(DAY_MS - 1000);
    expect((await invitation(inv.id)).status).toBe('pending');
    server!.clock.advance(2000);
    expect((await invitation(inv.id)).status).toBe('expired');
    const list = (status: string) => api.get(`/v1/subscriptions/${seed.subscriptionId}/invitations?status=${status}`);
    expect((await list('expired')).body.data.map((i: any) => i.id)).toEqual([inv.id]);
    expect((await list('pending')).body.total).toBe(0);
    expectRefused(await activate(api, inv.code, 'late'), 'INVITATION_EXPIRED');
    expectRefused(await admin.post(`/v1/invitations/${inv.id}/revoke`), 'INVITATION_NOT_PENDING');

    const renewed = await admin.post(`/v1/invitations/${inv.id}/resend`);
    expect(renewed.status, renewed.text).toBe(200);
    expect(renewed.body).toMatchObject({ status: 'pending', expiresInDays: 1, expiresAt: iso(server!.clock.t + DAY_MS) });
    expect(renewed.body.code).not.toBe(inv.code);
    expectRefused(await activate(api, inv.code, 'late'), 'INVITATION_REVOKED');
    expect((await list('pending')).body.data.map((i: any) => i.id)).toEqual([inv.id]);
    const ok = await activate(api, renewed.body.code, 'late');
    expect(ok.status, ok.text).toBe(201);
    expect((await invitation(inv.id)).status).toBe('accepted');

    // An expired invitation is not pending: its address can be invited afresh.
    const [bo] = await invited(key.id, { emails: ['bo@example.com'], expiresInDays: 1 });
    server!.clock.advance(DAY_MS);
    const fresh = await invite(key.id, { emails: ['bo@example.com'] });
    expect(fresh.body.rejected, fresh.text).toEqual([]);
    expect(fresh.body.data[0].id).not.toBe(bo.id);
  });

  it("answers a code as its parent key would: blacklisted, expired, blocked, full", async () => {
    await boot({ mail: false, seats: 4 });
    const t0 = server!.clock.t;
    const blocked = await mustKey({ type: 'dynamic', maxSeats: 1, name: 'Contractors' });
    const roomy = await mustKey({ type: 'dynamic', maxSeats: 2, name: 'Roomy' });
    const short = await mustKey({ type: 'dynamic', maxSeats: 1, name: 'Short', expiresAt: iso(t0 + 2 * DAY_MS) });
    const ending = await seedSubscription(api, 2, { expiresAt: iso(t0 + 2 * DAY_MS), gracePeriodDays: 0 });

    // A blocked key can be invited on; its codes work once it is unblocked.
    expect((await admin.post(`/v1/keys/${blocked.id}/block`)).status).toBe(200);
    const [bl, bl2] = await invited(blocked.id, { emails: ['bl@example.com', 'bl2@example.com'] });
    expectRefused(await activate(api, bl.code, 'bl'), 'KEY_BLOCKED');
    expect((await invitation(bl.id)).status).toBe('pending');
    expect((await admin.post(`/v1/keys/${blocked.id}/unblock`)).status).toBe(200);
    expect((await activate(api, bl.code, 'bl')).status).toBe(201);
    expectRefused(await activate(api, bl2.code, 'bl2'), 'NO_SEATS_KEY');
    expect((await invitation(bl2.id)).status).toBe('pending');
    // The invitation's own refusals come before the key's.
    expect((await admin.post(`/v1/keys/${blocked.id}/block`)).status).toBe(200);
    expectRefused(await activate(api, bl.code, 'bl-other'), 'INVITATION_USED');

    // The pool runs dry.
    const [ro] = await invited(roomy.id, { emails: ['ro@example.com'] });
    const primaries = [];
    for (const n of ['p1', 'p2', 'p3']) {
      const res = await activate(api, seed.primaryKey, n);
      expect(res.status, res.text).toBe(201);
      primaries.push(res.body.activation.id as string);
    }
    expectRefused(await activate(api, ro.code, 'ro'), 'NO_SEATS_POOL');
    // A blacklisted device is refused before seats are counted.
    expect((await admin.post(`/v1/activations/${primaries[0]}/blacklist`, { reason: 'stolen' })).status).toBe(201);
    expectRefused(await activate(api, ro.code, 'p1'), 'DEVICE_BLACKLISTED');
    expect((await invitation(ro.id)).status).toBe('pending');

    // Expiry of the key and of the subscription.
    const [sh] = await invited(short.id, { emails: ['sh@example.com'] });
    const endingAdmin = api.as(ending.adminToken);
    const endingInvite = await invite(ending.primaryKeyId, { emails: ['end@example.com'] }, endingAdmin);
    expect(endingInvite.status, endingInvite.text).toBe(201);
    server!.clock.advance(3 * DAY_MS);
    expectRefused(await activate(api, sh.code, 'sh'), 'KEY_EXPIRED');
    expectRefused(await invite(short.id, { emails: ['sh2@example.com'] }), 'KEY_EXPIRED');
    expectRefused(await activate(api, endingInvite.body.data[0].code, 'end'), 'SUBSCRIPTION_EXPIRED');
    expectRefused(await invite(ending.primaryKeyId, { emails: ['end2@example.com'] }, endingAdmin), 'SUBSCRIPTION_EXPIRED');
    expect((await api.get(`/v1/keys/${short.id}/invitations`)).body.total).toBe(1);
    expectSeatsConsistent(await auditSeats(server!.runtime.database, seed.subscriptionId));
  });

  it('lists newest first with filters and pages, and exports CSV per subscription and per key', async () => {
    await boot({ mail: false });
    const k1 = await mustKey({ type: 'dynamic', maxSeats: 3, name: 'Engineering' });
    const k2 = await mustKey({ type: 'reserved', maxSeats: 2, name: 'Design' });
    const older = await invited(k1.id, { emails: ['ana@example.com', 'bo@example.com', 'cy@example.com'], language: 'de' });
    server!.clock.advance(1000);
    const newer = await invited(k2.id, { emails: ['dora@example.com', 'ed@example.com'], language: 'ja', expiresInDays: 30 });
    const byEmail = Object.fromEntries([...older, ...newer].map((i) => [i.email, i]));
    expect((await activate(api, byEmail['bo@example.com'].code, 'bo')).status).toBe(201);
    expect((await admin.post(`/v1/invitations/${byEmail['cy@example.com'].id}/revoke`)).status).toBe(200);

    const sub = `/v1/subscriptions/${seed.subscriptionId}/invitations`;
    const get = async (url: string) => {
      const res = await admin.get(url);
      expect(res.status, `${url}: ${res.text}`).toBe(200);
      return res.body as { data: any[]; total: number };
    };
    const all = await get(sub);
    expect(all.total).toBe(5);
    expect(emailsOf(all.data.slice(0, 2))).toEqual(['dora@example.com', 'ed@example.com']);
    expect(emailsOf(all.data.slice(2))).toEqual(['ana@example.com', 'bo@example.com', 'cy@example.com']);
    for (const row of all.data) expect(row).toEqual(await invitation(row.id));
    expect(all.data.find((i) => i.email === 'bo@example.com')).toMatchObject({ status: 'accepted', keyName: 'Engineering' });
    expect(all.data.find((i) => i.email === 'dora@example.com')).toMatchObject({ keyId: k2.id, keyName: 'Design', language: 'ja' });

    const cases: [string, string[]][] = [
      ['?status=pending', ['ana@example.com', 'dora@example.com', 'ed@example.com']],
      ['?status=accepted', ['bo@example.com']],
      ['?status=revoked', ['cy@example.com']],
      ['?status=expired', []],
      [`?keyId=${k2.id}`, ['dora@example.com', 'ed@example.com']],
      [`?keyId=${k1.id}&status=pending`, ['ana@example.com']],
      ['?q=DOR', ['dora@example.com']],
      ['?q=example.com', ['ana@example.com', 'bo@example.com', 'cy@example.com', 'dora@example.com', 'ed@example.com']],
      ['?q=%25', []],
      ['?q=_', []],
    ];
    for (const [query, expected] of cases) {
      const page = await get(`${sub}${query}`);
      expect(emailsOf(page.data), query).toEqual(expected);
      expect(page.total, query).toBe(expected.length);
    }
    const pages = [await get(`${sub}?limit=2`), await get(`${sub}?limit=2&offset=2`), await get(`${sub}?limit=2&offset=4`)];
    expect(pages.map((p) => p.total)).toEqual([5, 5, 5]);
    expect(pages.map((p) => p.data.length)).toEqual([2, 2, 1]);
    expect(pages.flatMap((p) => p.data.map((i) => i.id))).toEqual(all.data.map((i) => i.id));
    const perKey = await get(`/v1/keys/${k1.id}/invitations`);
    expect(perKey.data.map((i) => i.id)).toEqual(all.data.slice(2).map((i) => i.id));
    expect(emailsOf((await get(`/v1/keys/${k1.id}/invitations?status=revoked`)).data)).toEqual(['cy@example.com']);
    expect(emailsOf((await get(`/v1/keys/${k1.id}/invitations?q=bo`)).data)).toEqual(['bo@example.com']);
    expectRefused(await admin.get(`${sub}?status=bogus`), 'INVALID_REQUEST');

    // Download invitations.
    const expectedRow = (i: any) => ({
      email: i.email,
      code: i.code,
      status: i.status,
      key: i.keyName,
      language: i.language,
      expires_at: i.expiresAt,
      delivery: i.delivery.status,
      download_url: DOWNLOAD_URL,
    });
    const csvOf = async (url: string) => {
      const res = await admin.get(url);
      expect(res.status, `${url}: ${res.text}`).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const rows = parseCsv(res.text, { bom: true }) as string[][];
      expect(rows[0], url).toEqual(CSV_COLUMNS);
      return rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, n) => [c, r[n]])));
    };
    const byRowEmail = (rows: any[]) => [...rows].sort((a, b) => a.email.localeCompare(b.email));
    expect(byRowEmail(await csvOf(`${sub}.csv`))).toEqual(byRowEmail(all.data.map(expectedRow)));
    expect(byRowEmail(await csvOf(`${sub}.csv?status=pending`))).toEqual(
      byRowEmail(all.data.filter((i) => i.status === 'pending').map(expectedRow)),
    );
    expect(byRowEmail(await csvOf(`/v1/keys/${k2.id}/invitations.csv`))).toEqual(byRowEmail(all.data.filter((i) => i.keyId === k2.id).map(expectedRow)));
    expect(await csvOf(`/v1/keys/${k1.id}/invitations.csv?status=accepted`)).toEqual([expectedRow(all.data.find((i) => i.email === 'bo@example.com'))]);
    const csvText = (await admin.get(`${sub}.csv`)).text;
    expect(csvText).not.toContain(k1.key);
    expect(csvText).not.toContain(k2.key);
  });

  it('keeps every email queued without ALLOT_SMTP_URL, and delivers them all once it is set', async () => {
    ownDb = await freshDatabase(dialect);
    const masterKey = randomBytes(32).toString('base64');
    server = await startTestServer(dialect, { db: ownDb, masterKey });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
    const data = await invited(seed.primaryKeyId, { emails: ['ana@example.com', 'bo@example.com', 'cy@example.com'], language: 'fr' });
    await sleep(500);
    for (const inv of data)
      expect((await invitation(inv.id)).delivery).toMatchObject({ status: 'queued', attempts: 0, lastError: null, sentAt: null });
    const clock = server.clock;
    await server.close();

    smtp = await startSmtp();
    server = await startTestServer(dialect, { db: ownDb, masterKey, clock, env: mailEnv(smtp.url) });
    api = apiClient(server.app);
    await smtp.waitFor(3);
    for (const inv of data) {
      const mail = onlyMailTo(inv.email);
      expect(codeOf(mail)).toBe(inv.code);
      expect(fold(mail.text)).toContain(PHRASE.fr);
    }
    await delivered(data.map((i) => i.id));
    await sleep(300);
    expect(smtp.messages).toHaveLength(3);
  });

  it("answers another account's invitations, keys and subscriptions with 404 on every invitation route, and changes nothing", async () => {
    await boot({ mail: false });
    const a = seed;
    const b = await seedSubscription(api, 5);
    const bAdmin = api.as(b.adminToken);
    const aKey = await mustKey({ type: 'dynamic', maxSeats: 2 });
    const bKey = (await createKey(bAdmin, b.subscriptionId, { type: 'dynamic', maxSeats: 2 })).body;
    await invited(aKey.id, { emails: ['a-user@example.com'] });
    const bInvite = await invite(bKey.id, { emails: ['b-user@example.com'] }, bAdmin);
    expect(bInvite.status, bInvite.text).toBe(201);
    const bInv = bInvite.body.data[0];
    const before = await invitation(bInv.id);
    const asA = api.as(a.adminToken);

    const missing = '0190f5c2-0000-7000-8000-000000000000';
    const calls: [string, () => Promise<Answer>, string][] = [
      ['invite on B key', () => invite(bKey.id, { emails: ['x@example.com'] }, asA), 'KEY_NOT_FOUND'],
      ['invite on B primary key', () => invite(b.primaryKeyId, { emails: ['x@example.com'] }, asA), 'KEY_NOT_FOUND'],
      ['invite CSV on B key', () => inviteCsv(bKey.id, 'x@example.com\n', '', asA), 'KEY_NOT_FOUND'],
      ['list B key', () => asA.get(`/v1/keys/${bKey.id}/invitations`), 'KEY_NOT_FOUND'],
      ['export B key', () => asA.get(`/v1/keys/${bKey.id}/invitations.csv`), 'KEY_NOT_FOUND'],
      ['list B subscription', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/invitations`), 'SUBSCRIPTION_NOT_FOUND'],
      ['export B subscription', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/invitations.csv`), 'SUBSCRIPTION_NOT_FOUND'],
      ['GET B invitation', () => asA.get(`/v1/invitations/${bInv.id}`), 'INVITATION_NOT_FOUND'],
      ['resend B invitation', () => asA.post(`/v1/invitations/${bInv.id}/resend`), 'INVITATION_NOT_FOUND'],
      ['revoke B invitation', () => asA.post(`/v1/invitations/${bInv.id}/revoke`), 'INVITATION_NOT_FOUND'],
      ['GET missing invitation', () => asA.get(`/v1/invitations/${missing}`), 'INVITATION_NOT_FOUND'],
      ['invite on missing key', () => invite(missing, { emails: ['x@example.com'] }, asA), 'KEY_NOT_FOUND'],
    ];
    for (const [what, call, code] of calls) {
      const res = await call();
      expect(res.status, `${what}: ${res.text}`).toBe(404);
      expect(errorCode(res), what).toBe(code);
    }
    // B's key as a filter on A's own listing: refused, or at least nothing of B.
    const filtered = await asA.get(`/v1/subscriptions/${a.subscriptionId}/invitations?keyId=${bKey.id}`);
    if (filtered.status === 404) expect(errorCode(filtered)).toBe('KEY_NOT_FOUND');
    else expect(filtered.body.data).toEqual([]);
    const ownList = await asA.get(`/v1/subscriptions/${a.subscriptionId}/invitations`);
    expect(ownList.body.total).toBe(1);
    const ownCsv = await asA.get(`/v1/subscriptions/${a.subscriptionId}/invitations.csv`);
    for (const text of [ownList.text, ownCsv.text, filtered.text]) {
      expect(text).not.toContain(bInv.id);
      expect(text).not.toContain(bInv.code);
      expect(text).not.toContain('b-user@example.com');
    }

    // Nothing of B changed, and its code still works.
    expect(await invitation(bInv.id)).toEqual(before);
    expect((await api.get(`/v1/keys/${bKey.id}/invitations`)).body.total).toBe(1);
    const used = await activate(api, bInv.code, 'b-device');
    expect(used.status, used.text).toBe(201);
    expect(used.body.activation.subscriptionId).toBe(b.subscriptionId);
  });

  it('stores no code and no license key in clear: a raw dump of every table shows none', async () => {
    await boot();
    const key = await mustKey({ type: 'dynamic', maxSeats: 3 });
    const data = await invited(key.id, { emails: ['ana@example.com', 'bo@example.com', 'cy@example.com'], language: 'ja' });
    await smtp!.waitFor(3);
    await delivered(data.map((i) => i.id));
    const resent = await admin.post(`/v1/invitations/${data[0].id}/resend`);
    expect(resent.status, resent.text).toBe(200);
    // The resent email goes out before the code is used: once accepted, a queued email is cancelled.
    await smtp!.waitFor(4);
    expect((await activate(api, resent.body.code, 'ana')).status).toBe(201);
    expect((await admin.post(`/v1/invitations/${data[1].id}/revoke`)).status).toBe(200);
    const mailed = smtp!.messages.map(codeOf);
    const secrets = [...new Set([...data.map((i) => i.code), resent.body.code, ...mailed, seed.primaryKey, key.key])];
    expect(secrets.length).toBe(6);

    const dump = JSON.stringify(await snapshotState(server!, null)).toLowerCase();
    expect(dump).toContain('ana@example.com');
    for (const secret of secrets)
      for (const form of [secret, secret.replace(/-/g, '')]) expect(dump.includes(form.toLowerCase()), `${form} in the dump`).toBe(false);
  });

  it('records invitation.created, resent, revoked, accepted and delivered, for the account', async () => {
    await boot();
    const key = await mustKey({ type: 'dynamic', maxSeats: 3 });
    const [ana, bo] = await invited(key.id, { emails: ['ana@example.com', 'bo@example.com'] });
    await smtp!.waitFor(2);
    await delivered([ana.id, bo.id]);
    const resent = await admin.post(`/v1/invitations/${ana.id}/resend`);
    expect(resent.status).toBe(200);
    expect((await admin.post(`/v1/invitations/${bo.id}/revoke`)).status).toBe(200);
    await smtp!.waitFor(3);
    const accepted = await activate(api, codeOf(smtp!.messages[2]!), 'ana');
    expect(accepted.status, accepted.text).toBe(201);
    await delivered([ana.id]);

    const all = await eventually('three invitation.delivered events', async () => {
      const list = await events('action=invitation.*');
      return list.filter((e) => e.action === 'invitation.delivered').length >= 3 && list;
    });
    const count = (action: string) => all.filter((e) => e.action === action).length;
    expect(
      Object.fromEntries(['created', 'resent', 'revoked', 'accepted', 'delivered', 'delivery_failed'].map((a) => [a, count(`invitation.${a}`)])),
    ).toEqual({ created: 2, resent: 1, revoked: 1, accepted: 1, delivered: 3, delivery_failed: 0 });
    const of = (action: string) => all.filter((e) => e.action === action);
    expect(of('invitation.created').map((e) => e.target.id).sort()).toEqual([ana.id, bo.id].sort());
    for (const e of all) {
      expect(e, e.action).toMatchObject({ accountId: seed.accountId, subscriptionId: seed.subscriptionId, target: { type: 'invitation' } });
      expect([ana.id, bo.id]).toContain(e.target.id);
    }
    for (const e of [...of('invitation.created'), ...of('invitation.resent'), ...of('invitation.revoked')]) expect(e.actor.type, e.action).toBe('token');
    expect(of('invitation.resent')[0].target.id).toBe(ana.id);
    expect(of('invitation.revoked')[0].target.id).toBe(bo.id);
    expect(of('invitation.accepted')[0]).toMatchObject({ target: { id: ana.id }, actor: { type: 'device' } });
    for (const e of of('invitation.delivered')) expect(e.actor.type).toBe('system');
    // The account sees its own invitation events, and the audit log shows no code.
    const own = (await admin.get('/v1/events?limit=500&action=invitation.*')).body.data.map((e: any) => e.id);
    expect(own).toEqual(all.map((e) => e.id));
    const text = JSON.stringify(all);
    for (const code of [ana.code, bo.code, resent.body.code]) expect(text).not.toContain(code);
  });

  it('fails a permanently refused address at once (no retries), records it, and a resend tries again', async () => {
    await boot({ smtpOptions: { onRcptTo: (address) => (address === 'nobody@example.com' ? 550 : undefined) } });
    const [nobody, ana] = await invited(seed.primaryKeyId, { emails: ['nobody@example.com', 'ana@example.com'] });
    await smtp!.waitFor(1);
    const failed = await eventually("delivery 'failed'", async () => {
      const inv = await invitation(nobody.id);
      return inv.delivery.status === 'failed' && inv;
    });
    expect(failed.delivery.attempts).toBe(1);
    expect(failed.delivery.lastError).toMatch(/550/);
    expect(failed.delivery.sentAt).toBeNull();
    expect(failed.status).toBe('pending');
    expect((await delivered([ana.id]))[0].delivery.lastError).toBeNull();
    // Well past a retry delay: still one refusal.
    await sleep(1200);
    expect(smtp!.refused).toEqual([{ address: 'nobody@example.com', code: 550 }]);
    expect((await invitation(nobody.id)).delivery).toMatchObject({ status: 'failed', attempts: 1 });
    const failures = await eventually('an invitation.delivery_failed event', async () => {
      const list = await events('action=invitation.delivery_failed');
      return list.length > 0 && list;
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ target: { type: 'invitation', id: nobody.id }, actor: { type: 'system' } });

    smtp!.onRcptTo = undefined;
    const resent = await admin.post(`/v1/invitations/${nobody.id}/resend`);
    expect(resent.status, resent.text).toBe(200);
    expect(resent.body.delivery).toMatchObject({ status: 'queued', attempts: 0 });
    await smtp!.waitFor(2);
    expect(codeOf(onlyMailTo('nobody@example.com'))).toBe(resent.body.code);
    expect((await delivered([nobody.id]))[0].delivery).toMatchObject({ status: 'sent', lastError: null });
  });
});
