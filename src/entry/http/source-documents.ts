/**
 * GET /sources/<source id> (the id URL-encoded): the held copy of a source document, behind the
 * same bearer authentication and rate limit as /graphql. 200 text/plain with the document as this
 * viewer may read it (protected names scrubbed for a viewer without clearance) and its SHA-256 in
 * X-Source-SHA256; one and the same 404 for an unknown source, one without a held file and one
 * the viewer may not open (src/domain/sources/held-documents.ts), so the answer reveals nothing. The path
 * read comes from the Source record, never from the URL.
 */
import { Router, type RequestHandler } from 'express';
import type { Graph } from '../../storage/db/graph';
import { ErrorCode } from '../../foundations/errors';
import type { Logger } from '../../foundations/logger';
import { createProtection } from '../../domain/protection/view';
import { readHeldDocument } from '../../domain/sources';
import { viewerOf } from './authenticate';
import { fail, sendError } from './json-errors';

export interface SourceDocumentDeps {
  graph: Graph;
  logger: Logger;
  /** SOURCES_DIR. */
  sourcesDir: string;
}

/**
 * What a held document is sent with: the viewer's own view of it, so no shared cache keeps it;
 * and a browser (the explorer runs on this origin) must neither sniff it into HTML nor run it.
 */
const DOCUMENT_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

/** `guard`: the authentication and rate limit /graphql goes through. */
export function sourceDocumentRoutes(guard: readonly RequestHandler[], deps: SourceDocumentDeps): Router {
  const router = Router();
  router.get('/sources/:id', ...guard, async (req, res) => {
    const id = String(req.params.id);
    try {
      const document = await readHeldDocument(deps.graph, id, { sourcesDir: deps.sourcesDir, protection: createProtection(deps.graph, viewerOf(res)!) });
      if (!document) return sendError(res, 404, ErrorCode.NOT_FOUND, `no held document for source "${id}"`);
      res
        .set({ ...DOCUMENT_HEADERS, 'X-Source-SHA256': document.sha256 })
        .type('text/plain; charset=utf-8')
        .send(document.content);
    } catch (e) {
      fail(res, deps.logger, e);
    }
  });
  return router;
}
