/**
 * The explorer's analysis views end to end, in headless Chromium against the service on the seed
 * and the hand-made chain-of-command scenario (a commander replaced on 15 April 2021, a unit moved
 * from the city department to the regional one on 1 March 2021): the date slider on a chain and on
 * an organisation chart, play, the path finder and a step's citation, colour by community, a saved
 * view opened in a fresh page (and by an uncleared analyst), undo, the table, keyboard shortcuts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/foundations/config/project-root';
import type { Service } from '../../src/entry/service/start';
import { PROTECTED_WORDS } from '../fixtures/protection-scenario';
import { gql } from '../support/service';
import { launchChromium, missingChromium } from './support/chromium';
import { startExplorerService } from './support/explorer-service';
import { foreignRequests, watch, type PageWatch } from './support/page-watch';

jest.setTimeout(90_000);

const SCREENSHOTS = join(projectRoot(), '.artifacts', 'screenshots');
const RAID = 'event:c-raid-may';
const UNIT = 'org:c-riot-unit';

const missing = missingChromium();
if (missing) {
  it('needs Chromium', () => {
    throw new Error(missing);
  });
}

(missing ? describe.skip : describe)('the explorer over time, paths, metrics and saved views', () => {
  let service: Service;
  let browser: Browser;
  let adminToken: string;
  let page: Page;
  const watches: PageWatch[] = [];
  const downloads = mkdtempSync(join(tmpdir(), 'explorer-time-downloads-'));

  const shot = (name: string, target: Page = page) => target.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
  // Functions run in the page are sent as source, self-contained; the tests are type-checked without the DOM.
  const storedGraph = async (target: Page) =>
    JSON.parse((await target.evaluate(() => (globalThis as any).sessionStorage.getItem('evidence-graph.view') as string | null)) ?? '{}').graph as { nodes: object; edges: object } | undefined;
  const nodeIds = async (target: Page = page) => Object.keys((await storedGraph(target))?.nodes ?? {}).sort();
  const edgeIds = async (target: Page = page) => Object.keys((await storedGraph(target))?.edges ?? {}).sort();
  const nodeCount = async (target: Page = page) => (await nodeIds(target)).length;
  const waitForNodes = (target: Page, test: string, n: number) =>
    target.waitForFunction(
      ([t, count]) => {
        const c = Object.keys(JSON.parse((globalThis as any).sessionStorage.getItem('evidence-graph.view') ?? '{}').graph?.nodes ?? {}).length;
        return t === 'above' ? c > count : c === count;
      },
      [test, n] as const,
    );

  async function newPage(url: string): Promise<{ context: BrowserContext; page: Page; seen: PageWatch }> {
    const context = await browser.newContext({ viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const seen = watch(context);
    watches.push(seen);
    const p = await context.newPage();
    await p.goto(url);
    return { context, page: p, seen };
  }

  async function search(target: Page, query: string): Promise<void> {
    await target.fill('input[type=search]', query);
    await target.press('input[type=search]', 'Enter');
    await target.locator(`.left-panel [data-query="${query}"]`).waitFor();
  }

  /** Puts a record on the canvas from the search. */
  async function draw(target: Page, query: string, id: string): Promise<void> {
    await search(target, query);
    await target.click(`.result[data-id="${id}"]`);
    await target.locator(`.data-table tr[data-id="${id}"]`).waitFor();
  }

  /** Opens the View menu unless it is open. */
  const viewMenu = async (target: Page) => {
    if (!(await target.locator('.view-menu[open]').count())) await target.click('.view-menu summary');
  };
  const commandersOf = (target: Page, org: string) => target.locator(`.chain-organizations li[data-id="${org}"]`).textContent();
  const chainAt = (target: Page, date: string) => target.locator(`.chain-view .time-slider[data-at="${date}"]`).waitFor();
  const positions = async (target: Page, selector: string) => JSON.parse((await target.locator(selector).getAttribute('data-positions')) ?? '{}') as Record<string, { x: number; y: number }>;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    service = await startExplorerService();
    adminToken = await service.auth.issue({ user: 'e2e-analyst-admin', roles: ['admin'], cleared: true });
    ({ page } = await newPage(`${service.url}/explorer/#token=${adminToken}`));
    await page.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
    rmSync(downloads, { recursive: true, force: true });
  });

  it('moves the chain of command across the replacement date: the commander is replaced, the boxes that stay keep their places', async () => {
    await search(page, 'Raid on the NGO office');
    await page.locator(`.result[data-id="${RAID}"] + .chain-link`).click();
    await chainAt(page, '2021-05-20');
    // The slider marks where the chain's facts begin and end, read from the service.
    await page.locator('.time-count', { hasText: '6 change dates' }).waitFor();
    await expect(page.locator('.time-mark').count()).resolves.toBe(7);
    await page.fill('.chain-view .time-date', '2021-04-14');
    await chainAt(page, '2021-04-14');
    await expect(commandersOf(page, UNIT)).resolves.toMatch(/Oleg Old: COMMANDER/);
    const before = await positions(page, '.chain-view .chain-canvas');
    await page.click('.chain-view .time-next');
    await chainAt(page, '2021-04-15');
    await expect(commandersOf(page, UNIT)).resolves.toMatch(/Nikolai New: COMMANDER.*\(replaced since the date before\)/);
    await expect(page.locator('.chain-view .time-changes li').allTextContents()).resolves.toEqual(['Riot unit: Oleg Old replaced by Nikolai New']);
    await expect(page.locator('.chain-view .time-here li').allTextContents()).resolves.toEqual([
      'ended 2021-04-14: Oleg Old: COMMANDER of Riot unit',
      'begins 2021-04-15: Nikolai New: COMMANDER of Riot unit',
    ]);
    const after = await positions(page, '.chain-view .chain-canvas');
    for (const id of ['org:c-regional-dept', 'org:c-ministry', 'org:c-president']) expect(after[id]).toEqual(before[id]);
    await page.waitForTimeout(300);
    await shot('explorer-time-slider');
  });

  it("on the seed, the passport seizures' chain shows the KGB's chairman of the date moved to", async () => {
    await page.locator('.chain-view .overlay-head button', { hasText: 'Close' }).click();
    await search(page, 'KGB seize passports');
    await page.locator('.result[data-id="event:2025-09-11-passport-seizures"] + .chain-link').click();
    await chainAt(page, '2025-09-11');
    await expect(commandersOf(page, 'org:kgb')).resolves.toMatch(/Ivan Tertel/);
    await page.fill('.chain-view .time-date', '2019-06-01');
    await chainAt(page, '2019-06-01');
    await expect(commandersOf(page, 'org:kgb')).resolves.toMatch(/Valer Vakulchyk/);
    await expect(page.locator('.chain-view .time-changes li').allTextContents()).resolves.toContain('Committee of State Security: Ivan Tertel replaced by Valer Vakulchyk');
    await page.locator('.chain-view .overlay-head button', { hasText: 'Close' }).click();
    await search(page, 'Raid on the NGO office');
    await page.locator(`.result[data-id="${RAID}"] + .chain-link`).click();
    await page.fill('.chain-view .time-date', '2021-04-15');
    await chainAt(page, '2021-04-15');
  });

  it("moves across the unit's transfer: the link to the city department ends, the one to the regional department begins", async () => {
    await page.click('.chain-view .time-previous');
    await chainAt(page, '2021-03-01');
    await page.click('.chain-view .time-previous');
    await chainAt(page, '2020-01-01');
    const links = () => page.locator('.chain-view .chain-link-item').allTextContents();
    await expect(links()).resolves.toContain('City department → Riot unit');
    await page.fill('.chain-view .time-date', '2021-03-01');
    await chainAt(page, '2021-03-01');
    await expect(links()).resolves.toContain('Regional department → Riot unit');
    await expect(links()).resolves.not.toContain('City department → Riot unit');
    await expect(page.locator('.chain-view .time-changes li').allTextContents()).resolves.toEqual(
      expect.arrayContaining(['link ends: Riot unit under City department', 'link begins: Riot unit under Regional department']),
    );
  });

  it('plays through the change dates to the last one, the commander changing on the way', async () => {
    await page.fill('.chain-view .time-date', '2021-02-01');
    await chainAt(page, '2021-02-01');
    await page.click('.chain-view .time-play');
    await page.locator('.chain-view .time-slider[data-playing="true"]').waitFor();
    await chainAt(page, '2021-03-01');
    await page.locator('.chain-view .time-slider[data-at="2021-04-15"][data-playing="false"]').waitFor({ timeout: 20_000 });
    await expect(commandersOf(page, UNIT)).resolves.toMatch(/Nikolai New/);
    await page.locator('.chain-view .overlay-head button', { hasText: 'Close' }).click();
  });

  it("charts a unit's superiors at a date, and the chart follows the slider too", async () => {
    await draw(page, 'Riot unit', UNIT);
    await page.locator('.panel-actions button', { hasText: 'Organisation chart' }).click();
    await page.fill('.org-chart-view .time-date', '2021-02-01');
    await page.locator('.org-chart-view .time-slider[data-at="2021-02-01"]').waitFor();
    await page.locator('.org-chart-view .chain-link-item', { hasText: 'City department → Riot unit' }).waitFor();
    await page.click('.org-chart-view .time-next');
    await page.locator('.org-chart-view .time-slider[data-at="2021-03-01"]').waitFor();
    await page.locator('.org-chart-view .chain-link-item', { hasText: 'Regional department → Riot unit' }).waitFor();
    await shot('explorer-org-chart');
    await page.locator('.org-chart-view .overlay-head button', { hasText: 'Close' }).click();
  });

  it("reads the old commander's timeline in order, with citations, and highlights a fact on the canvas", async () => {
    await draw(page, 'Oleg Old', 'person:c-old-commander');
    await page.click('.panel-tab[data-panel=timeline]');
    await page.locator('.timeline[data-entity="person:c-old-commander"] .timeline-entry').first().waitFor();
    await expect(page.locator('.timeline-list:not(.undated) .timeline-date').allTextContents()).resolves.toEqual(['2019-01-01 to 2021-04-14']);
    const entry = page.locator('.timeline-entry[data-fact="post:c-old-commander"]');
    await entry.locator('summary').click();
    await expect(entry.locator('.quote').textContent()).resolves.toBe('commanded the unit until 14 April 2021');
    await entry.locator('.timeline-show').click();
    await page.locator('.canvas-caption', { hasText: 'COMMANDER of Riot unit' }).waitFor();
    await expect(edgeIds()).resolves.toContain('post:c-old-commander');
    await page.locator('.timeline-entry.chosen[data-fact="post:c-old-commander"]').waitFor();
  });

  it("finds the path from the unit to the ministry at a date, each step graded, and reads a step's citation", async () => {
    await draw(page, 'Ministry of the Interior', 'org:c-ministry');
    await page.click('.panel-tab[data-panel=paths]');
    await page.click(`.data-table tr[data-id="${UNIT}"]`);
    await page.click('.path-use-from');
    await page.click('.data-table tr[data-id="org:c-ministry"]');
    await page.click('.path-use-to');
    await page.fill('.path-at', '2021-05-20');
    await page.press('.path-at', 'Tab');
    await page.click('.path-find');
    await page.locator('.path[data-index="0"]').waitFor();
    await expect(page.locator('.path').count()).resolves.toBe(1);
    await expect(page.locator('.path .path-step-line').allTextContents()).resolves.toEqual([
      'Riot unit → Regional department (subordination: COMMAND)',
      'Regional department → Ministry of the Interior (test) (subordination: COMMAND)',
    ]);
    await expect(page.locator('.path .path-head .grade').textContent()).resolves.toBe('A1');
    await page.locator('.path-step').first().locator('summary').click();
    await expect(page.locator('.path-step').first().locator('.quote').textContent()).resolves.toBe('the unit was placed under the regional department on 1 March 2021');
    await page.click('.path .path-draw');
    await expect(nodeIds()).resolves.toEqual(expect.arrayContaining([UNIT, 'org:c-regional-dept', 'org:c-ministry']));
    await page.locator('.canvas-caption', { hasText: 'path 1' }).waitFor();
  });

  it('colours the canvas by Louvain community, as the service measures it, with a legend; and back to kinds', async () => {
    await page.selectOption('select[aria-label="Colour nodes by"]', 'community');
    await page.locator('.community-legend .community').first().waitFor();
    const ids = await nodeIds();
    const { body } = await gql<any>(
      service.url,
      'query($ids: [ID!]!) { networkMetrics(ids: $ids, hops: 0, limit: 100) { communityCount nodes { id community } } }',
      { ids },
      { authorization: `Bearer ${adminToken}` },
    );
    await expect(page.locator('.community-legend .community').count()).resolves.toBe(body.data.networkMetrics.communityCount);
    await page.selectOption('select[aria-label="Size nodes by"]', 'betweenness');
    await shot('explorer-communities');
    await page.click('.metrics-kind');
    await expect(page.locator('.community-legend').count()).resolves.toBe(0);
  });

  it('undoes an expansion (Ctrl+Z) and redoes it', async () => {
    await page.click(`.data-table tr[data-id="org:c-ministry"]`);
    const before = await nodeCount();
    await page.click('.panel-tab[data-panel=evidence]');
    await page.locator('.expand-choice[data-type=ALL]').click();
    await waitForNodes(page, 'above', before);
    const expanded = await nodeCount();
    await page.locator('.canvas').focus();
    await page.keyboard.press('Control+z');
    await waitForNodes(page, 'equal', before);
    await page.click('.toolbar .redo');
    await waitForNodes(page, 'equal', expanded);
  });

  it('sorts the table by a column both ways, selects both ways, and downloads it as CSV', async () => {
    const names = () => page.locator('.data-table tbody td[data-key="name"]').allTextContents();
    await page.click('.data-table th .sort[data-key="kind"]');
    await page.click('.data-table th .sort[data-key="name"]');
    const sortedAsc = await names();
    expect(await page.locator('.data-table th[aria-sort="ascending"]').count()).toBe(1);
    expect(sortedAsc).toEqual([...sortedAsc].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true })));
    await page.click('.data-table th .sort[data-key="name"]');
    await expect(names()).resolves.toEqual([...sortedAsc].reverse());
    // A row selects its entity (its evidence opens); an entity chosen elsewhere is its row marked.
    await page.click(`.data-table tr[data-id="${UNIT}"]`);
    await page.locator('.evidence-panel h2', { hasText: 'Riot unit' }).waitFor();
    await search(page, 'Regional department');
    await page.click('.result[data-id="org:c-regional-dept"]');
    await page.locator('.data-table tr.selected[data-id="org:c-regional-dept"]').waitFor();
    await page.click('.data-table .table-tab[data-tab=facts]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.data-table .table-csv')]);
    const file = join(downloads, 'facts.csv');
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe('Kind,Fact,From,Until,Grade,Id');
    expect(lines).toContain('subordination,Riot unit → Regional department (COMMAND),2021-03-01,,A1,sub:c-riot-regional');
    await page.click('.data-table .table-tab[data-tab=entities]');
  });

  it('moves the focus with the keyboard: / to search, F6 between canvas, table, panel and filters', async () => {
    await page.locator('.canvas').focus();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => (globalThis as any).document.activeElement?.getAttribute('type'))).resolves.toBe('search');
    const region = () => page.evaluate(() => (globalThis as any).document.activeElement?.closest('[data-region]')?.getAttribute('data-region') ?? null);
    await page.keyboard.press('F6');
    await expect(region()).resolves.toBe('canvas');
    await page.keyboard.press('F6');
    await expect(region()).resolves.toBe('table');
    await page.keyboard.press('F6');
    await expect(region()).resolves.toBe('panel');
    await page.keyboard.press('Shift+F6');
    await expect(region()).resolves.toBe('table');
    // On the table, the arrow keys walk the rows and select each.
    await page.keyboard.press('ArrowDown');
    await page.locator('.data-table tr.selected').waitFor();
  });

  it('saves the view as a link without the token, and the link opens the same canvas in a fresh page', async () => {
    await page.click('.panel-tab[data-panel=timeline]');
    await page.selectOption('select[aria-label="Colour nodes by"]', 'community');
    await page.locator('.community-legend .community').first().waitFor();
    await viewMenu(page);
    await page.click('.view-menu .view-link');
    const link = await page.locator('.view-link-text').inputValue();
    expect(link).toMatch(new RegExp(`^${service.url}/explorer/#view=z\\.[A-Za-z0-9_-]+$`));
    expect(link).not.toContain(adminToken);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.view-menu .view-download')]);
    const file = join(downloads, 'view.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    const [nodes, edges] = [await nodeIds(), await edgeIds()];

    // A colleague opens the link: signed out, the sign-in box, then the view as their token allows.
    const fresh = await newPage(link);
    await fresh.page.locator('.sign-in textarea').fill(adminToken);
    await fresh.page.click('.sign-in button[type=submit]');
    await fresh.page.locator('.view-status', { hasText: `View opened: ${nodes.length} of ${nodes.length} entities.` }).waitFor();
    expect(await nodeIds(fresh.page)).toEqual(nodes);
    expect(await edgeIds(fresh.page)).toEqual(edges);
    await fresh.page.locator('.panel-tab.active[data-panel=timeline]').waitFor();
    await fresh.page.locator('.community-legend .community').first().waitFor();
    // Every node where it stood: the view saved again from the fresh page places them alike.
    await viewMenu(fresh.page);
    const [again] = await Promise.all([fresh.page.waitForEvent('download'), fresh.page.click('.view-menu .view-download')]);
    await again.saveAs(join(downloads, 'again.json'));
    const reopened = JSON.parse(readFileSync(join(downloads, 'again.json'), 'utf8'));
    const place = (v: any) => Object.fromEntries(v.nodes.map((n: any) => [n.id, [n.x, n.y]]));
    expect(place(reopened)).toEqual(place(saved));
    await shot('explorer-saved-view', fresh.page);

    // The same file opened again in the first page.
    await viewMenu(page);
    await page.setInputFiles('.view-menu .view-file', file);
    await page.locator('.view-status', { hasText: 'View opened' }).waitFor();
    await fresh.context.close();
  });

  it('opens a view with protected persons for an uncleared analyst: they are left out, counted, never named', async () => {
    await search(page, 'raid');
    await page.click('.result[data-id="event:x-raid"]');
    await page.locator('.panel-tab[data-panel=evidence]').click();
    await page.locator('.expand-choice[data-type=ALL]').click();
    await page.locator('.data-table tr[data-id="person:x-v1"]').waitFor();
    await viewMenu(page);
    await page.click('.view-menu .view-link');
    const link = await page.locator('.view-link-text').inputValue();
    const total = await nodeCount();

    const analystToken = await service.auth.issue({ user: 'e2e-analyst', roles: ['analyst'], cleared: false });
    const analyst = await newPage(`${link}&token=${analystToken}`);
    await analyst.page.locator('.view-status', { hasText: /View opened: \d+ of \d+ entities \(\d+ not shown to you/ }).waitFor();
    const shown = await nodeCount(analyst.page);
    expect(shown).toBeLessThan(total);
    expect(await nodeIds(analyst.page)).not.toContain('person:x-v1');
    const texts = [...analyst.seen.bodies.map((b) => b.body), await analyst.page.content()].join('\n').toLowerCase();
    expect(PROTECTED_WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(texts))).toEqual([]);
    await analyst.context.close();
  });

  it('sent no request anywhere but the service, broke no CSP rule, threw no error', () => {
    expect(watches.flatMap((w) => foreignRequests(w, service.url))).toEqual([]);
    expect(watches.flatMap((w) => w.problems)).toEqual([]);
    expect(watches.flatMap((w) => w.dialogs)).toEqual([]);
  });
});
