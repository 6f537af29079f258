/** The shapes a certificate carries (docs/client.md). Times in claims are NumericDate seconds. */

/** What the licensed app allows on the machines of the key's group (the key's effective policy). */
export interface Policy {
  /** Bumped by every change; never goes back for a device. */
  version: number;
  /** True when the key has no policy of its own and uses the account default (the primary key's). */
  inherited: boolean;
  corporateVmsOnly: boolean;
  oneCorporateVmPerUser: boolean;
  preventVmRemoval: boolean;
  blockMajorUpgrades: boolean;
  lockVmConfiguration: boolean;
  showDeveloperTools: boolean;
  disableToolsAutoUpdate: boolean;
  vmStartup: 'manual' | 'background';
  network: 'disconnect' | 'shared' | 'host-only' | 'bridged';
}

/** One downloadable image: where, and the SHA-256 (64 lower-case hex) to check it against. */
export interface ImageFile {
  url: string;
  sha256: string;
}

/** The corporate virtual machine the key's people start from. */
export interface GoldenImage {
  id: string;
  name: string;
  description: string | null;
  images: { appleSilicon: ImageFile | null; intel: ImageFile | null };
}

/** The claims of a device certificate (a compact JWS, EdDSA over Ed25519). */
export interface CertificateClaims {
  /** The server's issuer (its public URL). */
  iss: string;
  /** The activation id. */
  sub: string;
  iat: number;
  exp: number;
  /** The next check-in is due by then (= exp): offline, the license works until this instant and not after. */
  checkInBy: number;
  subscriptionId: string;
  accountId: string;
  product: string;
  keyId: string;
  keyType: string;
  fingerprint: string;
  /** `LIC_KEY` (a key or an invitation code) or `SSO`. */
  activationType: string;
  /** An SSO activation's person. */
  user?: { email: string; name: string | null };
  /** The key's effective policy (servers from issue 14 on). */
  policy?: Policy;
  /** The key's golden image, or null (servers from issue 14 on). */
  goldenImage?: GoldenImage | null;
  [claim: string]: unknown;
}

/** A JSON Web Key Set as /.well-known/jwks.json serves it. */
export interface Jwks {
  keys: Array<Record<string, unknown>>;
}
