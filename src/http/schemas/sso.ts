import { Type } from '@sinclair/typebox';
import { literals } from '../../app/views/common.ts';
import { DeviceBody, Fingerprint } from './client.ts';
import { closed } from './common.ts';
import { SSO_USER_SOURCES } from '../../domain/records.ts';
import { SSO_CERTIFICATES_MAX_COUNT, SSO_DEVICES_PER_USER_MAX_COUNT, SSO_GROUP_MAX_CHARS, SSO_METADATA_MAX_BYTES, SSO_URL_MAX_CHARS } from '../../domain/limits.ts';

const Attribute = Type.Union([Type.String({ minLength: 1, maxLength: SSO_GROUP_MAX_CHARS }), Type.Null()]);
const UrlText = Type.String({ minLength: 1, maxLength: SSO_URL_MAX_CHARS });
const common = {
  groupsAttribute: Type.Optional({ ...Attribute, description: 'Where groups arrive (default: groups; for SAML also Entra’s groups claim)' }),
  emailAttribute: Type.Optional({ ...Attribute, description: 'Where the email arrives (default: the NameID or the usual email attributes; OIDC: email)' }),
  adminGroup: Type.Optional({ ...Attribute, description: "The identity-provider group whose members are the account's Account Administrators" }),
  devicesPerUser: Type.Optional(Type.Integer({ minimum: 1, maximum: SSO_DEVICES_PER_USER_MAX_COUNT, default: 5 })),
  enforce: Type.Optional(Type.Boolean({ description: 'Refuse password sign-in for addresses of the verified domains (SSO_REQUIRED)' })),
};

export const SsoConnectionBody = Type.Union([
  Type.Object(
    {
      protocol: Type.Literal('saml'),
      idpEntityId: Type.Optional(UrlText),
      idpSsoUrl: Type.Optional(UrlText),
      idpCertificates: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 16_384 }), { minItems: 1, maxItems: SSO_CERTIFICATES_MAX_COUNT })),
      idpMetadataXml: Type.Optional(Type.String({ minLength: 1, maxLength: SSO_METADATA_MAX_BYTES })),
      ...common,
    },
    closed,
  ),
  Type.Object(
    {
      protocol: Type.Literal('oidc'),
      issuer: UrlText,
      clientId: UrlText,
      clientSecret: Type.Optional(Type.String({ minLength: 1, maxLength: SSO_URL_MAX_CHARS, description: 'Kept encrypted, never returned; leave out to keep the stored one' })),
      ...common,
    },
    closed,
  ),
]);

export const SsoUsersQuery = Type.Object(
  {
    status: Type.Optional(literals(['active', 'deactivated'] as const)),
    source: Type.Optional(literals(SSO_USER_SOURCES)),
    search: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 320, description: 'The nextCursor of the previous page.' })),
  },
  closed,
);

export const SsoActivateQuery = Type.Object(
  {
    product: Type.String({ minLength: 1, maxLength: 100 }),
    email: Type.String({ minLength: 3, maxLength: 320 }),
    redirect_uri: Type.String({ minLength: 1, maxLength: 2048 }),
    state: Type.String({ minLength: 1, maxLength: 512 }),
    code_challenge: Type.String({ minLength: 1, maxLength: 128 }),
    code_challenge_method: Type.String({ minLength: 1, maxLength: 16 }),
  },
  closed,
);

export const SsoConsoleQuery = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }) }, closed);

export const SamlPost = Type.Object(
  { SAMLResponse: Type.String({ minLength: 1, maxLength: 1_048_576 }), RelayState: Type.Optional(Type.String({ maxLength: 512 })) },
  { additionalProperties: true },
);

export const OidcCallbackQuery = Type.Object(
  {
    state: Type.Optional(Type.String({ maxLength: 512 })),
    code: Type.Optional(Type.String({ maxLength: 4096 })),
    error: Type.Optional(Type.String({ maxLength: 512 })),
    error_description: Type.Optional(Type.String({ maxLength: 2048 })),
  },
  { additionalProperties: true },
);

export const SsoActivateBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 128 }),
    codeVerifier: Type.String({ minLength: 1, maxLength: 128, description: 'The PKCE verifier whose S256 challenge started the sign-in' }),
    fingerprint: Fingerprint,
    device: DeviceBody,
  },
  closed,
);
