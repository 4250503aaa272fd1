/**
 * Detached Ed25519 signatures over exact bytes (the manifest as written), in base64. Ed25519
 * signs the message itself, not a digest chosen by the caller: hence `null` as the algorithm.
 */
import { sign, verify, type KeyObject } from 'node:crypto';

export function signBytes(privateKey: KeyObject, bytes: Uint8Array): string {
  return sign(null, bytes, privateKey).toString('base64');
}

/** Whether `signatureBase64` is a valid signature of `bytes` by `publicKey`; malformed input is simply false. */
export function verifyBytes(publicKey: KeyObject, bytes: Uint8Array, signatureBase64: string): boolean {
  const text = signatureBase64.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return false;
  const signature = Buffer.from(text, 'base64');
  if (signature.length !== 64) return false;
  try {
    return verify(null, bytes, publicKey, signature);
  } catch {
    return false;
  }
}
