/** Secrets at rest and signatures: the vault, password hashes, the certificate signer (crypto/ implements them). */

/** Secrets at rest: encryption and lookup hashes under the master key kept outside the database. */
export interface Vault {
  randomBytes(count: number): Uint8Array;
  /** A keyed hash for looking up license keys and codes (HMAC-SHA-256, hex). */
  lookupHash(canonical: string): string;
  /** A plain hash for high-entropy tokens (SHA-256, hex). */
  tokenHash(token: string): string;
  /** A PKCE S256 challenge: BASE64URL(SHA-256(text)) (RFC 7636). */
  s256(text: string): string;
  encrypt(plain: string): string;
  decrypt(cipher: string): string;
  /** Constant-time string comparison. */
  same(a: string, b: string): boolean;
}

/** Passwords at rest (argon2id). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface GeneratedSigningKey {
  kid: string;
  publicJwk: Record<string, unknown>;
  privatePem: string;
}

export interface CertificateSigner {
  generate(): Promise<GeneratedSigningKey>;
  /** Signs claims as a compact JWS with the given private key (PEM, already decrypted). */
  sign(claims: Record<string, unknown>, key: { kid: string; privatePem: string }): Promise<string>;
}
