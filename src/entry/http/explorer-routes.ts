/**
 * The browser side of the service: the landing page at GET /, the explorer at /explorer/ and
 * GraphiQL at /graphiql/, served from the esbuild bundle in dist/explorer/ (scripts/build-explorer.mjs),
 * every response with the Content-Security-Policy. A missing build is a 503 page saying how to make
 * it, never a crash: the API works without the pages. The pages hold no data; they ask /graphql
 * with the token the user signed in with.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router, type Response } from 'express';
import { pageSecurityHeaders } from './content-security-policy';
import { LANDING_PAGE, MISSING_BUILD_PAGE } from './pages';

export interface ExplorerRouteOptions {
  /** The build's folder: dist/explorer under the project root. */
  buildDir: string;
}

const PAGES = { explorer: 'index.html', graphiql: 'graphiql.html' } as const;

export function explorerRoutes({ buildDir }: ExplorerRouteOptions): Router {
  // Strict: /explorer (redirected) and /explorer/ (the page) are different addresses.
  const router = Router({ strict: true });
  const sendPage = (res: Response, page: keyof typeof PAGES) => {
    const file = join(buildDir, PAGES[page]);
    if (!existsSync(file)) return void res.status(503).type('html').set('Retry-After', '60').send(MISSING_BUILD_PAGE);
    res.set('Cache-Control', 'no-cache').sendFile(file);
  };

  const secured = pageSecurityHeaders;
  router.get('/', secured, (_req, res) => void res.type('html').send(LANDING_PAGE));
  // The pages load their assets from /explorer/…; the trailing slash keeps one address per page.
  router.get('/explorer', secured, (_req, res) => res.redirect(301, '/explorer/'));
  router.get('/graphiql', secured, (_req, res) => res.redirect(301, '/graphiql/'));
  router.get('/explorer/', secured, (_req, res) => sendPage(res, 'explorer'));
  router.get('/graphiql/', secured, (_req, res) => sendPage(res, 'graphiql'));
  router.use('/explorer', secured, express.static(buildDir, { index: false, redirect: false, maxAge: 0 }));
  // Without a build the landing page still renders, unstyled.
  router.get('/explorer/landing.css', (_req, res) => void res.type('css').send(''));
  return router;
}
