/**
 * Files behind the bearer token: a held source document (GET /sources/<id>, text/plain) and an
 * export's download (GET /exports/<id>/download). A plain link cannot send the token, so the page
 * fetches them and shows the text itself, or hands the bytes to the browser as a download.
 */
import { errorFromResponse } from '../core/errors/errors';
import { ApiError, serviceFetch } from './client';

async function refused(res: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    // Not JSON: the status says enough.
  }
  return new ApiError(errorFromResponse(res.status, body));
}

export async function fetchHeldSource(sourceId: string): Promise<string> {
  const res = await serviceFetch(`/sources/${encodeURIComponent(sourceId)}`, { headers: { accept: 'text/plain' } });
  if (!res.ok) throw await refused(res);
  return res.text();
}

export async function fetchDownload(path: string): Promise<Blob> {
  // Only the service's own download paths: a URL from an answer is never followed elsewhere.
  if (!path.startsWith('/exports/')) throw new ApiError({ code: 'BAD_REQUEST', message: `not an export download: ${path}` });
  const res = await serviceFetch(path);
  if (!res.ok) throw await refused(res);
  return res.blob();
}

/** Hands bytes to the browser as a file download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
