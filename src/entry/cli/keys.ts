import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { generateSigningKeyPair } from '../../domain/exports/signing';
import { UsageError } from './usage-error';

export const PRIVATE_KEY_FILE = 'signing-key.pem';
export const PUBLIC_KEY_FILE = 'signing-key.pub.pem';

/**
 * `evidence-graph keys generate --out DIR`: an Ed25519 key pair for signing referral bundles.
 * The private key is written owner-only (0600) and never overwritten: replacing a key silently
 * would orphan every bundle signed with it.
 */
export function registerKeys(program: Command): void {
  const keys = program.command('keys').description('keys that sign referral bundles (Ed25519)');
  keys
    .command('generate')
    .description(`write a new Ed25519 key pair: DIR/${PRIVATE_KEY_FILE} (private, mode 0600) and DIR/${PUBLIC_KEY_FILE} (public, for verifiers); refuses to overwrite`)
    .requiredOption('--out <dir>', 'folder to write the key pair into (created if missing)')
    .action(async (opts: { out: string }) => {
      const dir = resolve(opts.out);
      const privateFile = join(dir, PRIVATE_KEY_FILE);
      const publicFile = join(dir, PUBLIC_KEY_FILE);
      for (const file of [privateFile, publicFile]) {
        if (
          await access(file).then(
            () => true,
            () => false,
          )
        )
          throw new UsageError(`${file} already exists; keys are never overwritten (choose another --out, or move the old pair away first)`);
      }
      const pair = generateSigningKeyPair();
      await mkdir(dir, { recursive: true });
      // 'wx': fails rather than overwrites if another process wrote the file since the check above.
      await writeFile(privateFile, pair.privateKeyPem, { mode: 0o600, flag: 'wx' });
      await writeFile(publicFile, pair.publicKeyPem, { mode: 0o644, flag: 'wx' });
      process.stdout.write(
        [
          `wrote ${privateFile} (private: keep it secret; mode 0600)`,
          `wrote ${publicFile} (public: give it to whoever verifies bundles)`,
          `fingerprint ${pair.fingerprint}`,
          '',
          'sign referral bundles with it by setting:',
          `  EXPORT_SIGNING_KEY_FILE=${privateFile}`,
          'verify a bundle against it with:',
          `  evidence-graph verify BUNDLE --public-key ${publicFile}`,
          '',
        ].join('\n'),
      );
    });
}
