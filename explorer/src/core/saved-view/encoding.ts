/**
 * A saved view in a link: JSON, deflated when the browser can (CompressionStream), in base64url,
 * after `#view=` in the fragment, which the browser never sends to the service. `z.` marks a
 * deflated view, `j.` a plain one.
 */
import { validateSavedView } from './validate';
import type { SavedView } from './types';

/** Past this many characters a link would be unwieldy to paste; the file is the way then. */
export const MAX_LINK_VIEW = 400_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function through(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

const canDeflate = () => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

export async function encodeView(view: SavedView): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(view));
  return canDeflate() ? `z.${toBase64Url(await through(json, new CompressionStream('deflate-raw')))}` : `j.${toBase64Url(json)}`;
}

/** The view in a link's `view` parameter, or why it cannot be read. */
export async function decodeView(text: string): Promise<{ view: SavedView } | { problem: string }> {
  if (text.length > MAX_LINK_VIEW) return { problem: 'the view in the link is too long' };
  try {
    const [mark, body] = [text.slice(0, 2), text.slice(2)];
    if (mark !== 'z.' && mark !== 'j.') return { problem: 'the link does not hold a saved view' };
    const bytes = mark === 'z.' ? await through(fromBase64Url(body), new DecompressionStream('deflate-raw')) : fromBase64Url(body);
    return validateSavedView(JSON.parse(new TextDecoder().decode(bytes)));
  } catch {
    return { problem: 'the view in the link is damaged (cut short when copied?)' };
  }
}

/** The `view` parameter of a fragment, and the fragment without it (other parameters, the token among them, kept). */
export function splitFragmentView(hash: string): { view: string | null; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const view = params.get('view');
  params.delete('view');
  const rest = params.toString();
  return { view: view || null, rest: rest ? `#${rest}` : '' };
}

/** The link that opens the view: the explorer's address with the view in the fragment, and nothing else. */
export function viewLink(origin: string, encoded: string): string {
  return `${origin}/explorer/#view=${encoded}`;
}
