/**
 * A format that is several files: written into a folder (csv: neo4j-admin wants node and
 * relationship files apart). The caller (runExport) passes a fresh temporary folder and renames
 * it into place, as it does for single files; `files` are the names written, relative to it.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportInput, FormatOptions, FormatResult } from '../types';

export interface DirectoryFormatResult extends FormatResult {
  files: string[];
}

export type DirectoryFormatWriter = (input: ExportInput, dir: string, options?: FormatOptions) => Promise<DirectoryFormatResult>;

/**
 * One digest for a folder export (what the audit entry records): the SHA-256 of its listing in
 * `sha256sum` form ("<hex>  <name>\n" per file, names sorted), so `sha256sum -c` can check the
 * files one by one; bytes is the files' total size.
 */
export async function directoryDigest(dir: string, files: readonly string[]): Promise<{ sha256: string; bytes: number; listing: string }> {
  let bytes = 0;
  let listing = '';
  for (const name of [...files].sort()) {
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(join(dir, name))) hash.update(chunk as Buffer);
    bytes += (await stat(join(dir, name))).size;
    listing += `${hash.digest('hex')}  ${name}\n`;
  }
  return { sha256: createHash('sha256').update(listing).digest('hex'), bytes, listing };
}
