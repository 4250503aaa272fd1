/**
 * Debian's Chromium, driven by playwright-core (which never downloads a browser). A missing
 * browser fails the suite at once with the command that installs it.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Why the suite cannot run here, or undefined when Chromium is installed. */
export function missingChromium(): string | undefined {
  if (existsSync(CHROMIUM)) return undefined;
  return `The end-to-end tests drive Debian's Chromium at ${CHROMIUM}, which is missing: install it with \`apt-get install -y chromium\` (as root; .ci/run does it).`;
}

export async function launchChromium(): Promise<Browser> {
  const missing = missingChromium();
  if (missing) throw new Error(missing);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
