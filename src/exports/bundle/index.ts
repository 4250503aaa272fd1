/** The referral bundle (placeholder: being written). */
import type { BundleWriter } from '../types';

export const writeBundle: BundleWriter = async () => {
  throw new Error('referral bundles are not written yet');
};
