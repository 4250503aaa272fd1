import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatBundleVerification, verifyBundle } from '../../domain/exports/bundle';
import { KeyFormatError, publicKeyFrom } from '../../domain/exports/signing';
import { UsageError } from './usage-error';

/**
 * `evidence-graph verify BUNDLE [--public-key FILE] [--json]`: checks a referral bundle's
 * signature and every file's hash; exit 0 when everything holds, 1 otherwise, 2 for bad usage.
 * Works offline on the folder alone: no database, no configuration.
 */
export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description('check a referral bundle: the Ed25519 signature over manifest.json and the SHA-256 of every file; names every file changed, added or removed; exits 0 when it holds, 1 otherwise')
    .argument('<bundle>', 'the bundle folder (a downloaded .tar unpacked first: tar -xf FILE)')
    .option('--public-key <file>', "the signer's public key (PEM) you trust; without it the key inside the bundle is used, which proves integrity but not authorship")
    .option('--json', 'print the result as JSON')
    .action(async (bundle: string, opts: { publicKey?: string; json?: boolean }) => {
      const dir = resolve(bundle);
      const info = await stat(dir).catch(() => undefined);
      if (!info) throw new UsageError(`${bundle}: no such bundle folder`);
      if (!info.isDirectory()) throw new UsageError(`${bundle} is not a folder; a downloaded bundle is a .tar: unpack it first (tar -xf ${bundle}) and verify the folder`);
      const publicKeyPem = opts.publicKey === undefined ? undefined : await readPublicKey(opts.publicKey);
      const v = await verifyBundle(dir, { publicKeyPem });
      process.stdout.write(opts.json ? `${JSON.stringify(v, null, 2)}\n` : formatBundleVerification(v));
      process.exitCode = v.ok ? 0 : 1;
    });
}

async function readPublicKey(file: string): Promise<string> {
  let pem: string;
  try {
    pem = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--public-key: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    publicKeyFrom(pem);
  } catch (e) {
    if (e instanceof KeyFormatError) throw new UsageError(`--public-key: ${file} must hold an Ed25519 public key in PEM: it holds ${e.message}`);
    throw e;
  }
  return pem;
}
