/**
 * A bundle folder as a POSIX ustar archive, streamed (for the download route: one file that any
 * `tar -xf` unpacks into the folder `verify` checks). Deterministic: entries by path, fixed
 * owner, mode and time, so the same bundle always gives the same archive. Written here rather
 * than adding a package: ustar is 512-byte headers and zero-padded contents.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { listEntries } from './list-files';

const BLOCK = 512;

/** The archive of `dir`'s regular files, each under `top/` (the folder name it unpacks to). */
export function tarFolder(dir: string, top: string): Readable {
  return Readable.from(entries(dir, top));
}

async function* entries(dir: string, top: string): AsyncGenerator<Buffer> {
  const files = (await listEntries(dir)).filter((e) => !e.special);
  const folders = new Set<string>([top]);
  for (const f of files) {
    const steps = f.path.split('/').slice(0, -1);
    steps.forEach((_, i) => folders.add(`${top}/${steps.slice(0, i + 1).join('/')}`));
  }
  for (const folder of [...folders].sort()) yield header(`${folder}/`, 0, '5');
  for (const f of files) {
    const path = join(dir, ...f.path.split('/'));
    const { size } = await stat(path);
    yield header(`${top}/${f.path}`, size, '0');
    let written = 0;
    for await (const chunk of createReadStream(path)) {
      written += (chunk as Buffer).length;
      yield chunk as Buffer;
    }
    if (written !== size) throw new Error(`${f.path} changed while it was archived`);
    if (size % BLOCK) yield Buffer.alloc(BLOCK - (size % BLOCK));
  }
  yield Buffer.alloc(BLOCK * 2);
}

function header(path: string, size: number, type: '0' | '5'): Buffer {
  const { name, prefix } = splitPath(path);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  octal(h, type === '5' ? 0o755 : 0o644, 100, 8);
  octal(h, 0, 108, 8); // uid
  octal(h, 0, 116, 8); // gid
  octal(h, size, 124, 12);
  octal(h, 0, 136, 12); // mtime: fixed, so archives are reproducible
  h.fill(' ', 148, 156); // checksum counts as spaces while summing
  h.write(type, 156, 1, 'ascii');
  h.write('ustar\u000000', 257, 8, 'ascii');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of h) sum += byte;
  h.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return h;
}

function octal(h: Buffer, value: number, offset: number, width: number): void {
  h.write(`${value.toString(8).padStart(width - 1, '0')}\u0000`, offset, width, 'ascii');
}

/** ustar names: up to 100 bytes, plus a prefix of up to 155 split at a "/". */
function splitPath(path: string): { name: string; prefix: string } {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100 && name) return { name, prefix };
  }
  throw new Error(`path too long for a tar archive: ${path}`);
}
