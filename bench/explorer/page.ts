/**
 * The explorer in Debian's Chromium (playwright-core, never a downloaded browser), driven as a
 * person uses it, and the phases of each drawing read from the page's User Timing marks
 * (explorer/src/measure/phases.ts): names and times, nothing of the data.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`the explorer benchmark drives Debian's Chromium at ${CHROMIUM}, which is missing: install it with \`apt-get install -y chromium\``);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export type DrawnView = 'canvas' | 'chain';
const PHASES = ['action', 'answer', 'elements', 'layout', 'laid-out', 'painted'] as const;
type Phase = (typeof PHASES)[number];

/** Milliseconds of one drawing, from the click to the first frame painted after the layout. */
export interface Timing {
  /** Click → the service's answer parsed (every request the action makes). */
  service: number;
  /** Answer → elements handed to Cytoscape: state, Preact's render, the drawing built. */
  render: number;
  /** Elements added to Cytoscape. */
  elements: number;
  layout: number;
  /** Layout's end → the first frame painted after it. */
  paint: number;
  total: number;
  /** GraphQL requests the action sent. */
  requests: number;
}

export interface ExplorerPage {
  page: Page;
  /** GraphQL requests the page has sent. */
  requests(): number;
  /** Resolves once no GraphQL request of the page is in flight (so none competes with the next action's). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

const isGraphql = (url: string) => new URL(url).pathname === '/graphql';

/** A page signed in from the printed link, watching the GraphQL requests it sends. */
export async function openExplorer(browser: Browser, link: string): Promise<ExplorerPage> {
  const context = await browser.newContext({ viewport: { width: 1500, height: 950 } });
  const page = await context.newPage();
  let sent = 0;
  let inFlight = 0;
  page.on('request', (r) => {
    if (!isGraphql(r.url())) return;
    sent++;
    inFlight++;
  });
  const finished = (r: Request) => {
    if (isGraphql(r.url())) inFlight--;
  };
  page.on('requestfinished', finished);
  page.on('requestfailed', finished);
  page.on('pageerror', (e) => process.stderr.write(`page error: ${e.message}\n`));
  await page.goto(link);
  await page.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
  const settled = async () => {
    for (let quiet = 0; quiet < 2; quiet = inFlight ? 0 : quiet + 1) await new Promise((resolve) => setTimeout(resolve, 50));
  };
  return { page, requests: () => sent, settled, close: () => context.close() };
}

export async function search(page: Page, query: string): Promise<void> {
  await page.fill('input[type=search]', query);
  await page.press('input[type=search]', 'Enter');
  await page.locator(`.left-panel [data-query="${query}"]`).waitFor();
}

/**
 * Once the page's requests have settled, clears its marks, runs `click`, waits for the view's
 * painted mark and returns the phases. The action's requests are those sent between the click and
 * the paint.
 */
export async function timeDrawing(p: ExplorerPage, view: DrawnView, click: () => Promise<void>, timeoutMs = 120_000): Promise<Timing> {
  const { page } = p;
  await p.settled();
  await page.evaluate(() => performance.clearMarks());
  const before = p.requests();
  await click();
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, `explorer:${view}:painted`, { timeout: timeoutMs, polling: 50 });
  const marks = await page.evaluate(({ view, phases }) => Object.fromEntries(phases.map((p) => [p, performance.getEntriesByName(`explorer:${view}:${p}`).at(-1)?.startTime ?? NaN])), {
    view,
    phases: [...PHASES],
  });
  const at = (phase: Phase) => marks[phase]!;
  const missing = PHASES.filter((phase) => Number.isNaN(at(phase)));
  if (missing.length) throw new Error(`the ${view} drawing left no mark for ${missing.join(', ')}`);
  return {
    service: at('answer') - at('action'),
    render: at('elements') - at('answer'),
    elements: at('layout') - at('elements'),
    layout: at('laid-out') - at('layout'),
    paint: at('painted') - at('laid-out'),
    total: at('painted') - at('action'),
    requests: p.requests() - before,
  };
}
