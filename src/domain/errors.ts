/**
 * Stable error and decision codes. Codes are only ever added, never renamed:
 * clients match on them. docs/errors.md describes each one.
 */
export const ERROR_CODES = [
  // request shape
  'INVALID_REQUEST',
  'INVALID_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  // who is calling
  'UNAUTHORIZED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'INVALID_CREDENTIALS',
  'CSRF_TOKEN_INVALID',
  // lookups (also what another tenant's id gets)
  'PRODUCT_NOT_FOUND',
  'ACCOUNT_NOT_FOUND',
  'SUBSCRIPTION_NOT_FOUND',
  'KEY_NOT_FOUND',
  'ACTIVATION_NOT_FOUND',
  'BLACKLIST_ENTRY_NOT_FOUND',
  'TOKEN_NOT_FOUND',
  'INVITATION_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  // activation and check-in decisions, in the order they are checked
  'DEVICE_BLACKLISTED',
  'SUBSCRIPTION_EXPIRED',
  'KEY_EXPIRED',
  'KEY_BLOCKED',
  'FINGERPRINT_MISMATCH',
  'NO_SEATS_KEY',
  'NO_SEATS_POOL',
  'INVITATION_REVOKED',
  'INVITATION_EXPIRED',
  'INVITATION_USED',
  // administration rules
  'PRODUCT_EXISTS',
  'NOT_ENOUGH_SEATS',
  'MAX_BELOW_USED',
  'MAX_ABOVE_TOTAL',
  'SEATS_BELOW_COMMITTED',
  'KEY_HAS_ACTIVATIONS',
  'PRIMARY_KEY_IMMUTABLE',
  'KEY_EXPIRY_AFTER_SUBSCRIPTION',
  'ACTIVATION_NOT_ACTIVE',
  'ALREADY_BLACKLISTED',
  'SAME_KEY',
  'INVITATION_NOT_PENDING',
  'MEMBER_EXISTS',
  'LAST_ACCOUNT_ADMIN',
  'MEMBER_NOT_INVITED',
  'PASSWORD_INCORRECT',
  'TOKEN_INVALID',
  // verified domains and SSO (docs/sso.md)
  'DOMAIN_NOT_FOUND',
  'DOMAIN_EXISTS',
  'DOMAIN_TAKEN',
  'DOMAIN_NOT_VERIFIED',
  'SSO_NOT_CONFIGURED',
  'SSO_DISCOVERY_FAILED',
  'SSO_IDP_UNREACHABLE',
  'INVALID_REDIRECT_URI',
  'SSO_REQUEST_UNKNOWN',
  'SSO_REPLAYED',
  'SSO_SIGNATURE_INVALID',
  'SSO_ASSERTION_EXPIRED',
  'SSO_AUDIENCE_INVALID',
  'SSO_ISSUER_INVALID',
  'SSO_RECIPIENT_INVALID',
  'SSO_RESPONSE_INVALID',
  'SSO_IDP_ERROR',
  'SSO_NONCE_INVALID',
  'SSO_TOKEN_INVALID',
  'SSO_IDENTITY_INCOMPLETE',
  'SSO_EMAIL_NOT_ALLOWED',
  'SSO_CODE_INVALID',
  'SSO_NOT_ADMIN',
  'SSO_REQUIRED',
  'SSO_USER_NOT_FOUND',
  'SSO_USER_DEACTIVATED',
  'DEVICE_LIMIT_USER',
  'DEVICE_IN_USE',
  'SSO_SEAT_BY_GROUP',
  'SSO_USER_NOT_PROVISIONED',
  // SCIM provisioning (docs/scim.md); the SCIM routes answer these in SCIM's error format
  'SCIM_TOKEN_NOT_FOUND',
  'SCIM_USER_NOT_FOUND',
  'SCIM_GROUP_NOT_FOUND',
  'SCIM_UNIQUENESS',
  'SCIM_INVALID_SYNTAX',
  'SCIM_INVALID_VALUE',
  'SCIM_INVALID_FILTER',
  'SCIM_INVALID_PATH',
  'SCIM_NO_TARGET',
  'SCIM_MUTABILITY',
  'SCIM_TOO_MANY',
  'SCIM_UNAUTHORIZED',
  // policies and golden images (docs/client.md)
  'GOLDEN_IMAGE_NOT_FOUND',
  'GOLDEN_IMAGE_IN_USE',
  // the vendor's people (operator members)
  'OPERATOR_NOT_FOUND',
  'OPERATOR_EXISTS',
  'LAST_OPERATOR',
  // webhooks (docs/webhooks.md)
  'WEBHOOK_ENDPOINT_NOT_FOUND',
  'WEBHOOK_DELIVERY_NOT_FOUND',
  'WEBHOOK_URL_NOT_ALLOWED',
  'WEBHOOK_ENDPOINTS_LIMIT',
  'WEBHOOK_ENDPOINT_DISABLED',
  // the server's own trouble (a bug or an outage, never the caller's input)
  'INTERNAL_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure with a stable code. Only http/ turns it into a status and a body. */
export class AllotError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AllotError';
  }
}

export const notFound = (
  what: 'product' | 'account' | 'subscription' | 'key' | 'activation' | 'blacklist entry' | 'token' | 'invitation' | 'member' | 'domain' | 'SSO user' | 'SCIM token' | 'SCIM user' | 'SCIM group' | 'golden image' | 'webhook endpoint' | 'webhook delivery',
): AllotError => {
  const code = {
    product: 'PRODUCT_NOT_FOUND',
    account: 'ACCOUNT_NOT_FOUND',
    subscription: 'SUBSCRIPTION_NOT_FOUND',
    key: 'KEY_NOT_FOUND',
    activation: 'ACTIVATION_NOT_FOUND',
    'blacklist entry': 'BLACKLIST_ENTRY_NOT_FOUND',
    token: 'TOKEN_NOT_FOUND',
    invitation: 'INVITATION_NOT_FOUND',
    member: 'MEMBER_NOT_FOUND',
    domain: 'DOMAIN_NOT_FOUND',
    'SSO user': 'SSO_USER_NOT_FOUND',
    'SCIM token': 'SCIM_TOKEN_NOT_FOUND',
    'SCIM user': 'SCIM_USER_NOT_FOUND',
    'SCIM group': 'SCIM_GROUP_NOT_FOUND',
    'golden image': 'GOLDEN_IMAGE_NOT_FOUND',
    'webhook endpoint': 'WEBHOOK_ENDPOINT_NOT_FOUND',
    'webhook delivery': 'WEBHOOK_DELIVERY_NOT_FOUND',
  } as const;
  return new AllotError(code[what], `No such ${what}.`);
};
