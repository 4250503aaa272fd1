/**
 * What the explorer benchmark times, each done as a person does it, several times over:
 * - a chain of command: search the event, click "chain of command" in its result, until the
 *   hierarchy is painted; the dialog is closed between runs, so each run draws it anew;
 * - a neighbourhood: clear the canvas, choose the start record in the search results, click
 *   "every link" in its Expand menu (what a double-click does), until the canvas is painted. The
 *   page is opened with `#nodeLimit=N` (explorer/src/core/filters/actions.ts), so the expansion
 *   draws N nodes instead of the 200 an expansion stops at.
 */
import type { Page } from 'playwright-core';
import { search, timeDrawing, type ExplorerPage, type Timing } from './page';

export interface Runs {
  warmup: number;
  runs: number;
}

export interface ChainCase {
  eventId: string;
  searchText: string;
}

export interface Measured {
  timings: Timing[];
  /** What was drawn, as the page shows it. */
  drawn: string;
}

async function repeat(runs: Runs, log: (m: string) => void, label: string, once: () => Promise<Timing>): Promise<Timing[]> {
  const timings: Timing[] = [];
  for (let i = 0; i < runs.warmup + runs.runs; i++) {
    const t = await once();
    const kept = i >= runs.warmup;
    if (kept) timings.push(t);
    log(
      `${label} ${kept ? `run ${i - runs.warmup + 1}` : 'warm-up'}: ${t.total.toFixed(0)} ms (service ${t.service.toFixed(0)}, render ${t.render.toFixed(0)}, elements ${t.elements.toFixed(0)}, layout ${t.layout.toFixed(0)}, paint ${t.paint.toFixed(0)}; ${t.requests} requests)`,
    );
  }
  return timings;
}

export async function measureChain(p: ExplorerPage, c: ChainCase, runs: Runs, log: (m: string) => void): Promise<Measured> {
  const { page } = p;
  await search(page, c.searchText);
  const close = page.locator('.chain-view .overlay-head button', { hasText: 'Close' });
  const timings = await repeat(runs, log, c.eventId, async () => {
    const t = await timeDrawing(p, 'chain', () => page.click(`.result[data-id="${c.eventId}"] + .chain-link`));
    await close.click();
    await page.locator('.chain-view').waitFor({ state: 'detached' });
    return t;
  });
  // Drawn once more, to say what the runs drew.
  await page.click(`.result[data-id="${c.eventId}"] + .chain-link`);
  await page.locator('.chain-view .chain-links li').first().waitFor();
  const links = await page.locator('.chain-view .chain-links li').count();
  const excluded = await page.locator('.chain-view .excluded').getAttribute('data-count');
  await close.click();
  return { timings, drawn: `${links} links listed, ${excluded} excluded` };
}

export interface NeighbourhoodCase {
  startId: string;
  searchText: string;
  hops: number;
  nodes: number;
}

/** Functions run in the page are type-checked without the DOM: there, globalThis is the window. */
type PageWindow = { sessionStorage: { getItem(key: string): string | null }; location: { hash: string } };

const drawnNodes = (page: Page) =>
  page.evaluate(() => {
    const view = (globalThis as unknown as PageWindow).sessionStorage.getItem('evidence-graph.view');
    return Object.keys((JSON.parse(view ?? '{}') as { graph?: { nodes?: object } }).graph?.nodes ?? {}).length;
  });

export async function measureNeighbourhood(p: ExplorerPage, c: NeighbourhoodCase, runs: Runs, log: (m: string) => void): Promise<Measured> {
  const { page } = p;
  await page.evaluate((n) => ((globalThis as unknown as PageWindow).location.hash = `#nodeLimit=${n}`), c.nodes);
  await page.fill('.filters input[type=number]', String(c.hops));
  await page.press('.filters input[type=number]', 'Tab');
  await search(page, c.searchText);
  let counts: number[] = [];
  const timings = await repeat(runs, log, `${c.startId}, ${c.nodes} nodes`, async () => {
    await page.click('.toolbar button:text-is("Clear")');
    // The start on the canvas first (drawn and painted, so its marks are not taken for the
    // expansion's), and its panel's requests answered (timeDrawing waits for them).
    await timeDrawing(p, 'canvas', () => page.click(`.result[data-id="${c.startId}"]`));
    const all = page.locator('.expand-choice[data-type=ALL]');
    await all.waitFor();
    const t = await timeDrawing(p, 'canvas', () => all.click());
    counts = [...counts, await drawnNodes(page)];
    return t;
  });
  const edges = await page.locator('.toolbar .counts').textContent();
  return { timings, drawn: `${[...new Set(counts)].join(' or ')} nodes drawn (${edges?.trim()})` };
}
