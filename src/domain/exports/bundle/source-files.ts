/**
 * The held documents of the exported sources, copied into sources/files/. A source without a
 * `file` (none held, or a confidential source shown to an uncleared viewer, whose file the
 * export already left out) contributes its metadata only. A file that is named but not held is a
 * note in the manifest, not a failure: the bundle says what it lacks.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { heldFilePath } from '../../sources';
import { SOURCE_FILES_DIR, isSafeBundlePath } from './layout';
import { hashFile } from './list-files';

export interface HeldSource {
  id: string;
  file?: string | null;
  /** The SHA-256 the record gives for its file, if any: checked against the held copy. */
  sha256?: string | null;
}

export interface CopiedSources {
  copied: number;
  notes: string[];
}

export async function copySourceFiles(sources: HeldSource[], sourcesDir: string, bundleDir: string, onCopied?: (done: number, total: number) => void): Promise<CopiedSources> {
  const notes: string[] = [];
  const done = new Set<string>();
  const withFile = sources.filter((s) => typeof s.file === 'string' && s.file !== '');
  const root = resolve(sourcesDir);
  for (const [i, source] of withFile.entries()) {
    const name = source.file!;
    onCopied?.(i, withFile.length);
    if (done.has(name)) continue;
    // The record's `file` is data: it must name a file inside the sources folder, nothing else.
    const from = heldFilePath(root, name);
    const inside = from && relative(root, from);
    if (!from || !inside || !isSafeBundlePath(inside.split(sep).join('/'))) {
      notes.push(`source ${source.id}: file "${name}" is not a plain path inside the sources folder; not included`);
      continue;
    }
    const held = await stat(from).catch(() => undefined);
    if (!held?.isFile()) {
      notes.push(`source ${source.id}: file "${name}" is not held in the sources folder; metadata only`);
      continue;
    }
    const to = join(bundleDir, SOURCE_FILES_DIR, inside);
    await mkdir(dirname(to), { recursive: true });
    await copyFile(from, to);
    done.add(name);
    if (source.sha256) {
      const { sha256 } = await hashFile(to);
      if (sha256 !== source.sha256.toLowerCase()) notes.push(`source ${source.id}: the held file "${name}" does not match the SHA-256 its record gives (${source.sha256}); included as held`);
    }
  }
  onCopied?.(withFile.length, withFile.length);
  return { copied: done.size, notes };
}
