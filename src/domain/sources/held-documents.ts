/**
 * The held copies of source documents, as a viewer may read them (GET /sources/<id>, and
 * `Source.held` in GraphQL). A viewer may open a source's document when the source is PUBLIC or
 * the viewer is cleared (a source without a confidentiality level counts as not public, as in
 * the exports), the record names a file and the file is held in the sources folder. For a viewer
 * without clearance the text goes through the request's protection view (src/domain/protection): every
 * protected person's name becomes the pseudonym or "[withheld]", as in every other answer.
 *
 * An unknown source, one without a held file and one the viewer may not open all read as null,
 * so the answer never tells them apart.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Graph } from '../../storage/db/graph';
import type { ProtectionViewer } from '../protection/display';
import type { Protection } from '../protection/view';
import { findHeldFile } from './held-files';

/** A Source record's properties (what deciding reads: `file`, `confidentiality`). */
export type SourceFileFields = Readonly<Record<string, unknown>>;

export interface HeldDocument {
  /** The bytes to send: the held file as it is, or its text scrubbed of protected names (UTF-8). */
  content: Buffer;
  /** SHA-256 (hex) of `content`: of the held file when it is sent as held. */
  sha256: string;
}

/** Whether the viewer may open the source's document at all, held or not. */
export function mayOpenSource(source: SourceFileFields, viewer: ProtectionViewer): boolean {
  return viewer.cleared || source.confidentiality === 'PUBLIC';
}

/** The held file this viewer may open for the source, or null. */
async function openableFile(source: SourceFileFields, viewer: ProtectionViewer, sourcesDir: string): Promise<string | null> {
  if (!mayOpenSource(source, viewer) || typeof source.file !== 'string') return null;
  return findHeldFile(sourcesDir, source.file);
}

/** Whether the viewer can open the source's document at /sources/<id>. */
export async function isHeldFor(source: SourceFileFields, viewer: ProtectionViewer, sourcesDir: string): Promise<boolean> {
  return (await openableFile(source, viewer, sourcesDir)) !== null;
}

/** The Source `id`'s held document as the viewer may read it, or null (see above). */
export async function readHeldDocument(graph: Graph, id: string, options: { sourcesDir: string; protection: Protection }): Promise<HeldDocument | null> {
  const { sourcesDir, protection } = options;
  // The protected names are loaded beside the record (uncleared viewers only): one round trip's wait.
  const [[source], view] = await Promise.all([graph.read<SourceFileFields>('sources/held-file', { id }), protection.get()]);
  const path = source ? await openableFile(source, protection.viewer, sourcesDir) : null;
  if (!path) return null;
  // Gone since it was found: as not held.
  const held = await readFile(path).catch(() => null);
  if (!held) return null;
  const text = view.cleared ? null : held.toString('utf8');
  const scrubbed = text === null ? null : view.text(text);
  // A text with no protected name goes out as held, byte for byte.
  const content = scrubbed === null || scrubbed === text ? held : Buffer.from(scrubbed, 'utf8');
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}
