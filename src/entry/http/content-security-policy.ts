/**
 * The headers every page the service serves to a browser carries (the landing page, the explorer,
 * GraphiQL, the missing-build page). Scripts and styles come only from the service itself: no
 * inline script, no eval, no CDN, so a record's text that slipped into the page as markup could
 * not run. Images may be data: and blob: URLs (GraphiQL's icons, canvas exports); fonts only from
 * the service (GraphiQL's inlined fonts are stripped at build time and fall back to system fonts).
 */
import type { RequestHandler } from 'express';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const pageSecurityHeaders: RequestHandler = (_req, res, next) => {
  res.set({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    // The sign-in link carries the token in the fragment, which browsers never send; no Referer at all besides.
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  next();
};
