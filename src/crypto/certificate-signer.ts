import { calculateJwkThumbprint, exportJWK, exportPKCS8, generateKeyPair, importPKCS8, SignJWT, type CryptoKey } from 'jose';
import type { CertificateSigner } from '../app/ports.ts';

export const CERTIFICATE_TYPE = 'allot-certificate+jwt';

/** Ed25519 (EdDSA) certificates as compact JWS, through jose. */
export function createCertificateSigner(): CertificateSigner {
  const imported = new Map<string, Promise<CryptoKey>>();
  return {
    async generate() {
      const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
      const jwk = await exportJWK(publicKey);
      const kid = await calculateJwkThumbprint(jwk);
      return { kid, publicJwk: { ...jwk, kid, alg: 'EdDSA', use: 'sig' }, privatePem: await exportPKCS8(privateKey) };
    },
    async sign(claims, key) {
      let privateKey = imported.get(key.kid);
      if (!privateKey) {
        privateKey = importPKCS8(key.privatePem, 'EdDSA');
        imported.set(key.kid, privateKey);
      }
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: key.kid, typ: CERTIFICATE_TYPE })
        .sign(await privateKey);
    },
  };
}
