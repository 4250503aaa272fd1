/**
 * The relative links of Markdown documents that lead nowhere: a file that does not exist, or an
 * anchor that no heading of the target makes (GitHub's slugs: lower case, punctuation dropped,
 * spaces as hyphens).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

export function headingSlugs(text: string): Set<string> {
  const slugs = new Set<string>();
  let fenced = false;
  for (const line of text.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    else if (!fenced && /^#{1,6} /.test(line)) {
      slugs.add(
        line
          .replace(/^#+ /, '')
          .trim()
          .toLowerCase()
          .replace(/[^\p{L}\p{N}\- _]/gu, '')
          .replace(/ /g, '-'),
      );
    }
  }
  return slugs;
}

/** `file: link: why` for each broken link of `file` (a path relative to `root`). */
export function brokenLinks(root: string, file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const broken: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target!)) continue;
    const [path, anchor] = target!.split('#') as [string, string | undefined];
    const resolved = path ? normalize(join(dirname(file), path)) : file;
    if (!existsSync(join(root, resolved))) broken.push(`${file}: ${target}: no file ${resolved}`);
    else if (anchor && resolved.endsWith('.md') && !headingSlugs(readFileSync(join(root, resolved), 'utf8')).has(anchor)) broken.push(`${file}: ${target}: no heading makes #${anchor}`);
  }
  return broken;
}
