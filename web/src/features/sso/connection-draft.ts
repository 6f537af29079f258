import { ApiError, type ErrorDetail } from '../../api/client';
import type { SsoConnection, SsoConnectionInput } from '../../api/types';
import { errorMessage } from '../../lib/errors';

export type Protocol = 'saml' | 'oidc';
export type SamlSource = 'metadata' | 'values';

/** The connection form's fields, as typed. */
export interface ConnectionDraft {
  protocol: Protocol;
  samlSource: SamlSource;
  idpMetadataXml: string;
  idpEntityId: string;
  idpSsoUrl: string;
  idpCertificates: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  groupsAttribute: string;
  emailAttribute: string;
  adminGroup: string;
  devicesPerUser: number;
  enforce: boolean;
}

export const DEVICES_PER_USER_DEFAULT = 5;
export const DEVICES_PER_USER_MAX = 1000;

/** A new form, or the saved connection's values (the SAML side as the three values; never the client secret). */
export function draftOf(c: SsoConnection | null): ConnectionDraft {
  return {
    protocol: c?.protocol ?? 'saml',
    samlSource: c?.protocol === 'saml' ? 'values' : 'metadata',
    idpMetadataXml: '',
    idpEntityId: c?.idpEntityId ?? '',
    idpSsoUrl: c?.idpSsoUrl ?? '',
    idpCertificates: (c?.idpCertificates ?? []).map((cert) => cert.pem.trim()).join('\n'),
    issuer: c?.issuer ?? '',
    clientId: c?.clientId ?? '',
    clientSecret: '',
    groupsAttribute: c?.groupsAttribute ?? '',
    emailAttribute: c?.emailAttribute ?? '',
    adminGroup: c?.adminGroup ?? '',
    devicesPerUser: c?.devicesPerUser ?? DEVICES_PER_USER_DEFAULT,
    enforce: c?.enforce ?? false,
  };
}

const PEM = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** Several certificates pasted one after the other are several entries. */
export function certificatesOf(text: string): string[] {
  const pems = text.match(PEM);
  if (pems) return pems;
  return text.trim() ? [text.trim()] : [];
}

const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);

export function bodyOf(d: ConnectionDraft): SsoConnectionInput {
  const common = {
    groupsAttribute: orNull(d.groupsAttribute),
    emailAttribute: orNull(d.emailAttribute),
    adminGroup: orNull(d.adminGroup),
    devicesPerUser: d.devicesPerUser,
    enforce: d.enforce,
  };
  if (d.protocol === 'oidc')
    return { protocol: 'oidc', issuer: d.issuer.trim(), clientId: d.clientId.trim(), ...(d.clientSecret && { clientSecret: d.clientSecret }), ...common };
  if (d.samlSource === 'metadata') return { protocol: 'saml', idpMetadataXml: d.idpMetadataXml, ...common };
  return { protocol: 'saml', idpEntityId: d.idpEntityId.trim(), idpSsoUrl: d.idpSsoUrl.trim(), idpCertificates: certificatesOf(d.idpCertificates), ...common };
}

/** What can be saved: the fields the protocol needs are filled. */
export function missingOf(d: ConnectionDraft, secretStored: boolean): string | null {
  if (d.protocol === 'oidc') {
    if (!d.issuer.trim()) return 'Enter the issuer URL.';
    if (!d.clientId.trim()) return 'Enter the client ID.';
    if (!d.clientSecret && !secretStored) return 'Enter the client secret.';
    return null;
  }
  if (d.samlSource === 'metadata') return d.idpMetadataXml.trim() ? null : 'Paste or upload the metadata document.';
  if (!d.idpEntityId.trim()) return 'Enter the identity provider’s entity ID.';
  if (!d.idpSsoUrl.trim()) return 'Enter the single sign-on URL.';
  if (!d.idpCertificates.trim()) return 'Paste the signing certificate.';
  return null;
}

/** The form's labels, for refusals that name a field. */
export const FIELD_LABELS: Record<string, string> = {
  idpMetadataXml: 'Metadata document',
  idpEntityId: 'Entity ID',
  idpSsoUrl: 'Single sign-on URL',
  idpCertificates: 'Signing certificate',
  issuer: 'Issuer URL',
  clientId: 'Client ID',
  clientSecret: 'Client secret',
  groupsAttribute: 'Groups attribute',
  emailAttribute: 'Email attribute',
  adminGroup: 'Administrators group',
  devicesPerUser: 'Devices per person',
  enforce: 'Require SSO',
};

/** A refused field in words: "issuer must be …" → "Issuer URL must be …", else "Label: problem". */
function fieldProblem(detail: ErrorDetail): string {
  const field = (detail.field ?? '').replace(/^(body|query|params)\.?/, '').replace(/^\//, '').split(/[./[]/)[0] ?? '';
  const problem = detail.problem!;
  const label = FIELD_LABELS[field];
  if (!label) return problem;
  return problem.startsWith(`${field} `) ? `${label}${problem.slice(field.length)}` : `${label}: ${problem}`;
}

/** A refused save, in words: the server's sentence and each refused field by its label (once, when they say the same). */
export function connectionError(error: unknown): { message: string; problems: string[] } {
  if (!(error instanceof ApiError) || error.code !== 'INVALID_REQUEST' || !Array.isArray(error.details)) return { message: errorMessage(error), problems: [] };
  const details = (error.details as ErrorDetail[]).filter((d) => d.problem);
  const problems = details.map(fieldProblem);
  if (problems.length === 1 && details[0]!.problem === error.message) return { message: problems[0]!, problems: [] };
  const message = error.message && !/^[A-Z_]+$/.test(error.message) ? error.message : 'Some of what you entered is not valid.';
  return { message, problems };
}
