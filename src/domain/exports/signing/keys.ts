/**
 * Ed25519 keys for signing referral bundles, with node:crypto only. Private keys are PKCS#8 PEM,
 * public keys SPKI PEM; a key is named by its fingerprint: the SHA-256 of its SPKI DER encoding,
 * so the same key always has the same fingerprint whatever its PEM line breaks.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';

export interface SigningKeyPair {
  /** PKCS#8 PEM: keep secret. */
  privateKeyPem: string;
  /** SPKI PEM: hand it to whoever verifies bundles. */
  publicKeyPem: string;
  fingerprint: string;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem, fingerprint: fingerprintOf(publicKey) };
}

/** Thrown for text that is not the Ed25519 key it should be; the message never contains key material. */
export class KeyFormatError extends Error {
  override name = 'KeyFormatError';
}

/** The Ed25519 private key in a PKCS#8 PEM (KeyFormatError for anything else). */
export function privateKeyFrom(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new KeyFormatError('not a PEM private key (expected "-----BEGIN PRIVATE KEY-----", PKCS#8)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyFormatError(`an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

/** The Ed25519 public key in a PEM (SPKI public key; a private key's public half is accepted too). */
export function publicKeyFrom(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPublicKey({ key: pem, format: 'pem' });
  } catch {
    throw new KeyFormatError('not a PEM public key (expected "-----BEGIN PUBLIC KEY-----")');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new KeyFormatError(`an ${key.asymmetricKeyType ?? 'unknown'} key, not Ed25519`);
  return key;
}

/** The public half of a private key, as SPKI PEM. */
export function publicKeyPemOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString();
}

/** "SHA256:" and the hex SHA-256 of the public key's SPKI DER encoding (of a private key: of its public half). */
export function fingerprintOf(key: KeyObject): string {
  const der = (key.type === 'private' ? createPublicKey(key) : key).export({ type: 'spki', format: 'der' });
  return `SHA256:${createHash('sha256').update(der).digest('hex')}`;
}
