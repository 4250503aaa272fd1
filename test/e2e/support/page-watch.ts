/**
 * What a page did, for the assertions every scenario makes: each request's URL (none may leave the
 * service's origin), each response body (none may carry a protected name to an uncleared viewer),
 * dialogs (a record's text must never run as script), CSP violations and uncaught errors.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PageWatch {
  requests: string[];
  bodies: { url: string; body: string }[];
  dialogs: string[];
  problems: string[];
}

export function watch(context: BrowserContext): PageWatch {
  const seen: PageWatch = { requests: [], bodies: [], dialogs: [], problems: [] };
  context.on('request', (r) => seen.requests.push(r.url()));
  context.on('response', (r) => {
    // Bodies of documents, scripts and API answers alike; a body that cannot be read (a redirect) is skipped.
    void r.text().then(
      (body) => seen.bodies.push({ url: r.url(), body }),
      () => undefined,
    );
  });
  context.on('page', (page) => watchPage(page, seen));
  return seen;
}

function watchPage(page: Page, seen: PageWatch): void {
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => seen.problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) seen.problems.push(`CSP: ${m.text()}`);
  });
}

/** Requests that went anywhere but the service (data: and blob: URLs stay in the page). */
export function foreignRequests(seen: PageWatch, origin: string): string[] {
  return seen.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
