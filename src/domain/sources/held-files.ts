/**
 * Where a Source record's held document is: its `file` is data, so it must name a file inside the
 * sources folder (SOURCES_DIR) and nothing else. Shared by the referral bundle, which copies the
 * files, and GET /sources/<id>, which serves them.
 */
import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether `path` lies strictly inside `root` (both absolute and normalised). */
function isInside(root: string, path: string): boolean {
  const inside = relative(root, path);
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside);
}

/**
 * The path a record's `file` names inside the folder, or null when it names anything else (an
 * absolute path, even one into the folder; a way out through ".."; nothing at all). The file may
 * not exist.
 */
export function heldFilePath(sourcesDir: string, file: string): string | null {
  if (!file || file.includes('\0') || isAbsolute(file)) return null;
  const root = resolve(sourcesDir);
  const path = resolve(root, file);
  return isInside(root, path) ? path : null;
}

/**
 * The held file a record's `file` names: a regular file inside the folder once symbolic links are
 * followed (a link pointing out of the folder is not held). Null otherwise.
 */
export async function findHeldFile(sourcesDir: string, file: string): Promise<string | null> {
  const path = heldFilePath(sourcesDir, file);
  if (!path) return null;
  try {
    const [root, real] = await Promise.all([realpath(sourcesDir), realpath(path)]);
    return isInside(root, real) && (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
