import { AllotError } from '../../domain/errors.ts';
import { normalizeEmail } from '../../domain/invitations.ts';
import type { SsoConnectionRecord, SsoPurpose, SsoRequestRecord } from '../../domain/records.ts';
import { emailDomainOf, isLoopbackRedirect, PKCE_S256_CHALLENGE } from '../../domain/sso.ts';
import { subscriptionStatus } from '../../domain/validity.ts';
import { SSO_REQUEST_TTL_MS } from '../../domain/limits.ts';
import type { AppDeps } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { accountOfEmail, oidcSettings, samlSettings } from '../sso-settings.ts';
import { invalid } from '../validate.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config' | 'saml' | 'oidc'>;

export interface DeviceSignInInput {
  product: string;
  email: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  codeChallengeMethod: string;
}

const notConfigured = (reason: 'domain' | 'connection' | 'subscription') =>
  new AllotError(
    'SSO_NOT_CONFIGURED',
    {
      domain: "Your email's domain is not set up for single sign-on. Ask your administrator, or activate with a license key.",
      connection: 'Your organization has not connected its identity provider yet.',
      subscription: 'Your organization has no active subscription for this product.',
    }[reason],
    { reason },
  );

const random = (deps: Pick<AppDeps, 'vault'>) => Buffer.from(deps.vault.randomBytes(32)).toString('base64url');

function emailOf(raw: string): string {
  const email = normalizeEmail(raw);
  if (emailDomainOf(email) === null) throw invalid('email must be an email address.', 'email');
  return email;
}

/** The account an address signs in to, and its connection; SSO_NOT_CONFIGURED when either is missing. */
async function connectionFor(tx: Tx, email: string): Promise<SsoConnectionRecord> {
  const accountId = await accountOfEmail(tx, email);
  if (!accountId) throw notConfigured('domain');
  const connection = await tx.ssoConnections.get(accountId);
  if (!connection) throw notConfigured('connection');
  return connection;
}

/**
 * A native app starts a person's sign-in (RFC 8252 with PKCE; docs/sso.md, device flow): the
 * account is the one that verified the email's domain, the subscription its live one for the
 * product. Returns where to send the browser: the account's identity provider.
 */
export async function startDeviceSignIn(deps: Deps, input: DeviceSignInInput): Promise<string> {
  if (!isLoopbackRedirect(input.redirectUri))
    throw new AllotError('INVALID_REDIRECT_URI', 'redirect_uri must be http://127.0.0.1:{port}/…, http://[::1]:{port}/… or http://localhost:{port}/… (RFC 8252).');
  if (input.codeChallengeMethod !== 'S256') throw invalid('code_challenge_method must be S256.', 'code_challenge_method');
  if (!PKCE_S256_CHALLENGE.test(input.codeChallenge)) throw invalid('code_challenge must be an S256 challenge: 43 base64url characters.', 'code_challenge');
  const email = emailOf(input.email);
  const now = deps.clock.now();
  const { connection, subscriptionId } = await deps.store.read(async (tx) => {
    const product = await tx.products.byCode(input.product);
    const connection = await connectionFor(tx, email);
    const live = product && (await tx.subscriptions.ofAccountAndProduct(connection.accountId, product.id)).find((s) => subscriptionStatus(s, now) !== 'expired');
    if (!live) throw notConfigured('subscription');
    return { connection, subscriptionId: live.id };
  });
  return begin(deps, connection, 'device', now, {
    subscriptionId,
    clientRedirectUri: input.redirectUri,
    clientState: input.state,
    codeChallenge: input.codeChallenge,
  });
}

/** An administrator starts signing in to the console through their organization's identity provider. */
export async function startConsoleSignIn(deps: Deps, input: { email: string }): Promise<string> {
  const email = emailOf(input.email);
  const now = deps.clock.now();
  const connection = await deps.store.read((tx) => connectionFor(tx, email));
  return begin(deps, connection, 'console', now, { subscriptionId: null, clientRedirectUri: null, clientState: null, codeChallenge: null });
}

/** Sends the person to the identity provider, remembering what its answer must match. */
async function begin(
  deps: Deps,
  connection: SsoConnectionRecord,
  purpose: SsoPurpose,
  now: number,
  client: Pick<SsoRequestRecord, 'subscriptionId' | 'clientRedirectUri' | 'clientState' | 'codeChallenge'>,
): Promise<string> {
  const id = random(deps);
  const request: SsoRequestRecord = {
    id,
    accountId: connection.accountId,
    purpose,
    protocol: connection.protocol,
    ...client,
    samlRequestId: null,
    oidcNonce: null,
    oidcVerifierCipher: null,
    createdAt: now,
    expiresAt: now + SSO_REQUEST_TTL_MS,
    answeredAt: null,
    userId: null,
    codeHash: null,
    codeExpiresAt: null,
    codeUsedAt: null,
  };
  let url: string;
  if (connection.protocol === 'saml') {
    const sent = await deps.saml.authorize(samlSettings(deps, connection), id);
    request.samlRequestId = sent.requestId;
    url = sent.url;
  } else {
    const binding = { state: id, nonce: random(deps), codeVerifier: random(deps) };
    url = await deps.oidc.authorize(oidcSettings(deps, connection), binding);
    request.oidcNonce = binding.nonce;
    request.oidcVerifierCipher = deps.vault.encrypt(binding.codeVerifier);
  }
  await deps.store.write((tx) => tx.ssoRequests.insert(request));
  return url;
}
