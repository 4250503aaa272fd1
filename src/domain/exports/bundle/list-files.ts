/**
 * The files under a folder with their size and SHA-256, streamed (a held source document may be
 * large), in path order. Used to write the manifest and to check it: the same walk both ways.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { byPath, type ManifestFile } from './layout';

export interface FoundEntry {
  path: string;
  /** Anything but a regular file or folder (a symbolic link, a socket): never followed, never trusted. */
  special: boolean;
}

/** Every regular file and special entry under `root` (folders walked, not listed), by path. */
export async function listEntries(root: string, under = ''): Promise<FoundEntry[]> {
  const found: FoundEntry[] = [];
  for (const entry of await readdir(join(root, under), { withFileTypes: true })) {
    const path = under ? `${under}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listEntries(root, path)));
    else found.push({ path, special: !entry.isFile() });
  }
  return found.sort(byPath);
}

export function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let bytes = 0;
    createReadStream(file)
      .on('data', (chunk: Buffer | string) => {
        const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        bytes += b.length;
        hash.update(b);
      })
      .on('error', reject)
      .on('end', () => resolve({ bytes, sha256: hash.digest('hex') }));
  });
}

export async function describeFile(root: string, path: string): Promise<ManifestFile> {
  return { path, ...(await hashFile(join(root, ...path.split('/')))) };
}
