/**
 * The explorer end to end, in a real headless Chromium against the service on the seed (plus the
 * chain-of-command and protection scenarios): sign-in from the printed link, search, the canvas
 * and its evidence, the chain of command, expansion counts, exports read back by networkx, the
 * pages' CSP, and what must never happen: a protected name reaching an uncleared analyst, a
 * record's text running as markup, a request leaving the service's origin.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/foundations/config/project-root';
import type { Service } from '../../src/entry/service/start';
import { PROTECTED_WORDS } from '../fixtures/protection-scenario';
import { readWithNetworkx } from '../support/networkx';
import { gql } from '../support/service';
import { launchChromium, missingChromium } from './support/chromium';
import { MARKUP_NAME, startExplorerService } from './support/explorer-service';
import { foreignRequests, watch, type PageWatch } from './support/page-watch';

jest.setTimeout(60_000);

const SCREENSHOTS = join(projectRoot(), '.artifacts', 'screenshots');
const PASSPORT_SEIZURES = 'event:2025-09-11-passport-seizures';

// Without the browser the suite is one failure saying how to install it, not fourteen.
const missing = missingChromium();
if (missing) {
  it('needs Chromium', () => {
    throw new Error(missing);
  });
}

(missing ? describe.skip : describe)('the explorer in Chromium', () => {
  let service: Service;
  let browser: Browser;
  let adminToken: string;
  let page: Page;
  let seen: PageWatch;
  const watches: PageWatch[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'explorer-downloads-'));

  const shot = (name: string, target: Page = page) => target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  // Functions run in the page, self-contained (they are sent as source; a string would be eval,
  // which the page's CSP refuses). The tests are type-checked without the DOM: globalThis is the window.
  const storedView = (target: Page) => target.evaluate(() => (globalThis as any).sessionStorage.getItem('evidence-graph.view') as string | null);
  const canvasNodeIds = async (target: Page = page): Promise<string[]> => Object.keys((JSON.parse((await storedView(target)) ?? '{}') as { graph?: { nodes?: object } }).graph?.nodes ?? {}).sort();
  const waitForNodeCount = (above: number) =>
    page.waitForFunction((n) => Object.keys(JSON.parse((globalThis as any).sessionStorage.getItem('evidence-graph.view') ?? '{}').graph?.nodes ?? {}).length > n, above);

  async function signedInPage(token: string): Promise<{ context: BrowserContext; page: Page; seen: PageWatch }> {
    const ctx = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const w = watch(ctx);
    watches.push(w);
    const p = await ctx.newPage();
    await p.goto(`${service.url}/explorer/#token=${token}`);
    await p.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
    return { context: ctx, page: p, seen: w };
  }

  async function search(target: Page, query: string): Promise<void> {
    await target.fill('input[type=search]', query);
    await target.press('input[type=search]', 'Enter');
    // The answer to this query, not the results of the one before.
    await target.locator(`.left-panel [data-query="${query}"]`).waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    service = await startExplorerService();
    adminToken = await service.auth.issue({ user: 'e2e-admin', roles: ['admin'], cleared: true });
    ({ page, seen } = await signedInPage(adminToken));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('signs in from the printed link: the token leaves the address bar for sessionStorage', async () => {
    expect(page.url()).toBe(`${service.url}/explorer/`);
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem('evidence-graph.token'))).toBe(adminToken);
    await expect(page.locator('.top-bar .viewer').textContent()).resolves.toMatch(/e2e-admin · admin · cleared/);
  });

  it('serves every page under the Content-Security-Policy', async () => {
    for (const path of ['/', '/explorer/', '/graphiql/']) {
      const res = await fetch(`${service.url}${path}`);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'; script-src 'self'; style-src 'self'/);
    }
  });

  it('searches "Dziadok" and shows the results by kind', async () => {
    await search(page, 'Dziadok');
    await expect(page.locator('.result-group[data-kind=PERSON] .result').first().textContent()).resolves.toMatch(/Mikalai Dziadok/);
    await shot('search-results');
  });

  it('opens the passport seizures on the canvas with their evidence, and the held source at the locator', async () => {
    await search(page, 'KGB seize passports');
    await page.click(`.result[data-id="${PASSPORT_SEIZURES}"]`);
    await page.locator('.evidence-panel h2', { hasText: 'KGB officers seize passports' }).waitFor();
    await page.locator('.expand-choice[data-type=ALL]').click();
    await waitForNodeCount(5);
    await page.locator('.citation .quote').first().waitFor();
    expect(await page.locator('.citation .quote').allTextContents()).toContain(
      'KGB officers seized passports immediately before departure and instead handed out only certificates from the Department of Citizenship and Migration (OGiM)',
    );
    await shot('canvas-evidence');
    await page.locator('.citation .open-source', { hasText: 'line 17' }).first().click();
    await page.locator('.source-viewer .source-text li.hit').first().waitFor();
    await expect(page.locator('.source-viewer .source-text li.hit').first().getAttribute('value')).resolves.toBe('17');
    await expect(page.locator('.source-viewer .source-text li.hit').first().textContent()).resolves.toMatch(/KGB officers seized passports immediately before departure/);
    await shot('source-viewer');
    await page.locator('.source-viewer .overlay-head button', { hasText: 'Close' }).click();
  });

  it('draws the chain of command, shows a citation quote, and says what a minimum grade hides', async () => {
    await page.locator('.panel-actions button', { hasText: 'Chain of command' }).click();
    await page.locator('.chain-view .chain-link-item').first().click();
    await expect(page.locator('.chain-evidence .quote').first().textContent()).resolves.toMatch(/KGB officers/);
    // The KGB's subordination to the President: a quote in Russian, with the dataset's own translation beside it.
    await page.locator('.chain-view .chain-link-item[data-id="link:sub:kgb-president-exclusive-2022"]').click();
    await page.locator('.chain-evidence .translation').first().waitFor();
    await expect(page.locator('.chain-evidence .quote[lang=ru]').first().textContent()).resolves.toMatch(/^Предусмотрено подчинение/);
    await expect(page.locator('.chain-evidence .translation').first().textContent()).resolves.toMatch(
      /^English translation, the dataset’s own \(not the source’s words\): The subordination of the state security bodies exclusively to the President/,
    );
    await expect(page.locator('.chain-view .excluded').getAttribute('data-count')).resolves.toBe('0');
    await page.selectOption('select[aria-label="Minimum grade of the chain"]', 'B2');
    await page.locator('.chain-view .excluded[data-count="1"]').waitFor();
    await expect(page.locator('.chain-view .excluded').textContent()).resolves.toMatch(/1 link hidden below B2: Participation part:kgb-passport-seizures-2025-09-11/);
    await page.locator('.chain-view .overlay-head button', { hasText: 'Close' }).click();
  });

  it('draws a fuller chain top-down, with commanders, grades, the weakest link and the cycle cut', async () => {
    await search(page, 'Raid on the NGO office');
    // Its record first: a rival account contradicts it, shown side by side with its own citation.
    await page.click('.result[data-id="event:c-raid-may"]');
    await page.locator('.contradictions .side-by-side').waitFor();
    await expect(page.locator('.contradictions .record-column h4').allTextContents()).resolves.toEqual([
      'This account: Raid on the NGO office (May 2021)',
      'Rival account: Raid on the NGO office (rival account: a routine inspection)',
    ]);
    await expect(page.locator('.contradictions .quote').allTextContents()).resolves.toContain('it was a routine fire inspection, not a raid');
    await page.locator('.result[data-id="event:c-raid-may"] + .chain-link').click();
    await page.locator('.chain-view .chain-links li').first().waitFor();
    await expect(page.locator('.chain-view .chain-links li.weakest').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('.chain-view .note').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^Cycle: /)]));
    await page.waitForTimeout(300);
    await shot('chain-of-command');
    await page.locator('.chain-view .overlay-head button', { hasText: 'Close' }).click();
  });

  it('shows the neighbour counts the API gives, and expands by one kind of link', async () => {
    await search(page, 'Committee of State Security');
    await page.click('.result[data-id="org:kgb"]');
    // The KGB's panel, not the one before it, with its counts in.
    await page.locator('.evidence-panel h2', { hasText: 'Committee of State Security' }).waitFor();
    await page.locator('.expand-choice[data-type=PARTICIPATION]').waitFor();
    const { body } = await gql<any>(service.url, '{ neighborCounts(id: "org:kgb") { type kind count } }', {}, { authorization: `Bearer ${adminToken}` });
    const expected: Record<string, number> = {};
    for (const c of body.data.neighborCounts) expected[c.type] = (expected[c.type] ?? 0) + c.count;
    const shown = await page.locator('.expand-choice[data-total]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-type'), Number(e.getAttribute('data-total'))])));
    expect(shown).toEqual(expected);
    const before = await canvasNodeIds();
    await page.click('.expand-choice[data-type=SUBORDINATION]');
    await waitForNodeCount(before.length);
  });

  it('exports the view as GEXF through the service, read back by networkx', async () => {
    const onScreen = await canvasNodeIds();
    await page.click('.export-menu summary');
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('.export-menu button[data-format=GEXF]')]);
    const file = join(downloads, 'view.gexf');
    await download.saveAs(file);
    const graph = readWithNetworkx('gexf', file);
    expect(Object.keys(graph.nodes)).toEqual(expect.arrayContaining(onScreen));
    expect(graph.edges.length).toBeGreaterThan(0);
  });

  it('exports the canvas as a valid PNG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-menu button[data-format=PNG]')]);
    const file = join(downloads, 'view.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBeGreaterThan(100);
  });

  it('exports the canvas as SVG', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.export-menu button[data-format=SVG]')]);
    const file = join(downloads, 'view.svg');
    await download.saveAs(file);
    const svg = readFileSync(file, 'utf8');
    expect(svg).toMatch(/<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toMatch(/KGB/);
  });

  it('shows GraphiQL with the schema and the documented examples, sending the signed-in token', async () => {
    // sessionStorage belongs to the tab: GraphiQL opens in the explorer's tab, as its link does.
    const graphiql = page;
    await page.locator('.top-bar a', { hasText: 'GraphiQL' }).click();
    await graphiql.locator('.graphiql-container').waitFor();
    await graphiql.locator('button[aria-label="Show Documented examples"]').click();
    await graphiql.locator('.examples-plugin button', { has: graphiql.locator('.field', { hasText: /^timeline$/ }) }).click();
    await graphiql.locator('.graphiql-query-editor', { hasText: 'TimelineExample' }).waitFor();
    // GraphiQL takes the editor's text into the tab's state after a short debounce.
    await graphiql.waitForTimeout(500);
    await graphiql.locator('.graphiql-execute-button').click();
    // CodeMirror draws only the lines in view: the first entry of the answer.
    await graphiql.locator('.result-window', { hasText: 'part:lukashenka-2020-presidential-election' }).waitFor({ timeout: 15_000 });
    await shot('graphiql', graphiql);
    await page.goBack();
    await page.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
  });

  it('never hands a protected name to an uncleared analyst, in any answer or on the page', async () => {
    const analyst = await signedInPage(await service.auth.issue({ user: 'e2e-analyst', roles: ['analyst'], cleared: false }));
    await search(analyst.page, 'raid');
    await analyst.page.click('.result[data-id="event:x-raid"]');
    await analyst.page.locator('.expand-choice[data-type=ALL]').click();
    await analyst.page.locator('.citation').first().waitFor();
    await analyst.page.locator('.panel-actions button', { hasText: 'Chain of command' }).click();
    await analyst.page.locator('.chain-view .chain-links li').first().waitFor();
    await search(analyst.page, 'Witness');
    await analyst.page.waitForTimeout(500);
    const texts = [...analyst.seen.bodies.map((b) => b.body), await analyst.page.content()].join('\n').toLowerCase();
    expect(PROTECTED_WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(texts))).toEqual([]);
    expect(texts).toMatch(/witness k-7/);
    await expect(analyst.page.locator('.export-menu button[data-format=BUNDLE]').count()).resolves.toBe(0);
    await analyst.context.close();
  });

  it('shows a record named with markup as text, and no script runs', async () => {
    await search(page, 'onerror');
    await page.click('.result[data-id="person:e2e-markup"]');
    await page.locator('.evidence-panel h2').filter({ hasText: MARKUP_NAME }).waitFor();
    await expect(page.locator('.evidence-panel .quote').first().textContent()).resolves.toBe('<script>alert(3)</script>');
    await expect(page.locator('img[src=x], .evidence-panel b, .evidence-panel script').count()).resolves.toBe(0);
    expect(seen.dialogs).toEqual([]);
  });

  it('says why when the service refuses the token, instead of a blank page', async () => {
    const forged = `${adminToken.split('.').slice(0, 2).join('.')}.${'A'.repeat(43)}`;
    const ctx = await browser.newContext();
    watches.push(watch(ctx));
    const p = await ctx.newPage();
    await p.goto(`${service.url}/explorer/#token=${forged}`);
    await expect(p.locator('.sign-in .problem').textContent()).resolves.toMatch(/token is no longer valid.*signature/);
    await ctx.close();
  });

  it('sent no request anywhere but the service, broke no CSP rule, threw no error', () => {
    const origin = service.url;
    expect(watches.flatMap((w) => foreignRequests(w, origin))).toEqual([]);
    expect(watches.flatMap((w) => w.problems)).toEqual([]);
    expect(watches.flatMap((w) => w.dialogs)).toEqual([]);
  });
});
