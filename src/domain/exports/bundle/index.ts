/**
 * The referral bundle: a folder with the selection's records, a GraphML copy,
 * its sources' metadata and held files, and a manifest hashing every file, signed with Ed25519.
 */
import type { BundleWriter } from '../types';
import { writeBundle as writeBundleFolder } from './write-bundle';

export const writeBundle: BundleWriter = writeBundleFolder;
export { verifyBundle, type BundleVerification, type ChangedFile, type SignatureCheck, type VerifyOptions } from './verify-bundle';
export { formatBundleVerification } from './format-verification';
export { tarFolder } from './tar';
export * from './layout';
