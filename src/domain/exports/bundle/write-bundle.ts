/**
 * Writes a referral bundle (see layout.ts): the selection as records v1 and GraphML, its sources'
 * metadata and held files, and a signed manifest hashing every file. Deterministic: two bundles
 * of the same input differ only in the manifest's createdAt and the signature. Written into a
 * sibling folder and renamed at the end, so `dir` never holds half a bundle.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { access, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { RecordV1 } from '../../../storage/records/schemas';
import { getFormatWriter } from '../formats';
import { endStream, writeLine } from '../formats/write-stream';
import type { BundleResult, BundleWriter, ExportInput, FormatWriter } from '../types';
import { GRAPHML_FILE, PUBLIC_KEY_FILE, RECORDS_FILE, SOURCES_FILE } from './layout';
import { buildManifest, writeSignedManifest } from './manifest';
import { copySourceFiles, type HeldSource } from './source-files';
import { privateKeyFrom, publicKeyPemOf, fingerprintOf, KeyFormatError } from '../signing';

export const writeBundle: BundleWriter = async (input, dir, options) => {
  if (await exists(dir)) throw new AppError(ErrorCode.BAD_USER_INPUT, `out: ${basename(dir)} already exists; a bundle is written into a new folder`, { field: 'out' });
  const signingKey = signingKeyOf(options.signingKeyPem);
  await mkdir(dirname(dir), { recursive: true });
  const work = join(dirname(dir), `.${basename(dir)}.partial-${randomBytes(6).toString('hex')}`);
  await mkdir(work);
  try {
    const result = await writeInto(work, input, options, signingKey);
    await rename(work, dir);
    return result;
  } catch (e) {
    await rm(work, { recursive: true, force: true });
    throw e;
  }
};

type Options = Parameters<BundleWriter>[2];

async function writeInto(work: string, input: ExportInput, options: Options, key: ReturnType<typeof signingKeyOf>): Promise<BundleResult> {
  const progress = options.onProgress;
  const notes: string[] = [];

  // One pass over the records: records.jsonl, with the Source records teed into sources.jsonl.
  const sources: HeldSource[] = [];
  await mkdir(join(work, 'sources'), { recursive: true });
  const sourcesOut = createWriteStream(join(work, ...SOURCES_FILE.split('/')));
  const teed = teeSources(input, async (source) => {
    sources.push({ id: source.id, file: (source as { file?: string | null }).file, sha256: (source as { sha256?: string | null }).sha256 });
    await writeLine(sourcesOut, JSON.stringify(source));
  });
  await writeFormat(getFormatWriter('records'), teed, join(work, RECORDS_FILE), (n) => progress?.('records', n, input.counts.records));
  await endStream(sourcesOut);

  const graphml = formatWriterIfRegistered('graphml');
  if (graphml) {
    // Metrics are analysis, not evidence; left out so that the copy is the same on every export.
    const written = await writeFormat(graphml, input, join(work, GRAPHML_FILE), (n) => progress?.('graphml', n, input.counts.records), { metrics: false });
    notes.push(...written.notes.map((n) => `graphml: ${n}`));
  } else {
    notes.push('graph.graphml: this build has no GraphML writer; the records in records.jsonl are complete without it');
  }

  for (const extra of options.extraFiles ?? []) {
    await mkdir(dirname(join(work, ...extra.path.split('/'))), { recursive: true });
    await writeFile(join(work, ...extra.path.split('/')), extra.content);
  }

  const copied = await copySourceFiles(sources, options.sourcesDir, work, (done, total) => progress?.('sources', done, total));
  notes.push(...copied.notes);
  await writeFile(join(work, PUBLIC_KEY_FILE), key.publicKeyPem);

  progress?.('manifest', 0);
  const manifest = await buildManifest(work, input, options, key, notes);
  const written = await writeSignedManifest(work, manifest, key.privateKey);
  progress?.('manifest', 1, 1);
  return {
    manifestSha256: written.manifestSha256,
    files: manifest.files.length + 2,
    bytes: manifest.files.reduce((sum, f) => sum + f.bytes, 0) + written.manifestBytes + written.signatureBytes,
    notes,
  };
}

function signingKeyOf(pem: string) {
  try {
    const privateKey = privateKeyFrom(pem);
    return { privateKey, publicKeyPem: publicKeyPemOf(privateKey), fingerprint: fingerprintOf(privateKey) };
  } catch (e) {
    if (e instanceof KeyFormatError) throw new AppError(ErrorCode.BAD_USER_INPUT, `signing key: must be an Ed25519 private key in PKCS#8 PEM; it is ${e.message}`, { field: 'signingKey' });
    throw e;
  }
}

/** The same input, whose first pass also hands every Source record to `onSource` (later passes do not). */
function teeSources(input: ExportInput, onSource: (record: RecordV1 & { id: string }) => Promise<void>): ExportInput {
  let teed = false;
  return {
    ...input,
    records: () => {
      if (teed) return input.records();
      teed = true;
      return (async function* () {
        for await (const record of input.records()) {
          if (record.type === 'Source') await onSource(record);
          yield record;
        }
      })();
    },
  };
}

/** The registered writer, or undefined while the format is not registered (the registry is looked up on every bundle). */
function formatWriterIfRegistered(format: 'graphml'): FormatWriter | undefined {
  try {
    return getFormatWriter(format);
  } catch (e) {
    if (e instanceof AppError) return undefined;
    throw e;
  }
}

async function writeFormat(writer: FormatWriter, input: ExportInput, file: string, onProgress: (n: number) => void, extra: { metrics?: boolean } = {}) {
  const out = createWriteStream(file);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined); // observed by the race below; never an unhandled rejection later
  return Promise.race([writer(input, out, { onProgress, ...extra }), failed]);
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}
