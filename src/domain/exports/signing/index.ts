/** Ed25519 signing of referral bundles (node:crypto only). */
export { generateSigningKeyPair, privateKeyFrom, publicKeyFrom, publicKeyPemOf, fingerprintOf, KeyFormatError, type SigningKeyPair } from './keys';
export { signBytes, verifyBytes } from './sign';
export { loadSigningKey, canSignBundles, NO_SIGNING_KEY_MESSAGE, type SigningKey } from './load-signing-key';
