/**
 * Putting an export in place safely: refuse to overwrite unless asked, write beside the target and
 * rename (atomic for a file; for a bundle folder the old one is moved aside first), clean up a
 * partial result, and hash a written file without reading it into memory.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError, ErrorCode } from '../../../foundations/errors';

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Refuses an `out` that exists (unless `force`), is the wrong kind of thing, or has no parent folder. */
export async function checkTarget(out: string, folder: boolean, force: boolean): Promise<void> {
  const parent = await statOrNull(dirname(out));
  if (!parent?.isDirectory()) throw new AppError(ErrorCode.BAD_USER_INPUT, `out: the folder ${dirname(out)} does not exist`, { field: 'out' });
  const existing = await statOrNull(out);
  if (!existing) return;
  if (!force) throw new AppError(ErrorCode.CONFLICT, `out: ${out} already exists; choose another path or replace it with --force`, { field: 'out' });
  if (existing.isDirectory() !== folder) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `out: ${out} is a ${existing.isDirectory() ? 'folder' : 'file'}; this format writes a ${folder ? 'folder' : 'file'}`, { field: 'out' });
  }
}

/** Renames the finished `temp` to `out`; an existing `out` is replaced only with `force`. */
export async function moveIntoPlace(temp: string, out: string, force: boolean): Promise<void> {
  const existing = await statOrNull(out);
  if (existing && !force) throw new AppError(ErrorCode.CONFLICT, `out: ${out} appeared while the export was written; nothing was replaced`, { field: 'out' });
  if (existing?.isDirectory()) {
    const aside = `${out}.replaced-${randomBytes(6).toString('hex')}`;
    await rename(out, aside);
    await rename(temp, out);
    await rm(aside, { recursive: true, force: true });
    return;
  }
  await rename(temp, out);
}

export async function discard(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}

export async function sha256OfFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
