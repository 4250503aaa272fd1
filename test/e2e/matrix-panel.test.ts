/**
 * An allegation's panel in the explorer shows its element coverage, in Chromium against the service
 * on the seed: every element of the crime and the mode with its status, each gap marked, and each
 * evidence item opening its citation in the held document at the locator.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/config/project-root';
import type { Service } from '../../src/service/start';
import { gql } from '../support/service';
import { launchChromium, missingChromium } from './support/chromium';
import { startExplorerService } from './support/explorer-service';

jest.setTimeout(60_000);

const ALLEGATION = 'alg:kgb-deportation-2025-09-11';
const SCREENSHOTS = join(projectRoot(), '.artifacts', 'screenshots');

const missing = missingChromium();
if (missing) {
  it('needs Chromium', () => {
    throw new Error(missing);
  });
}

(missing ? describe.skip : describe)("an allegation's matrix in the explorer", () => {
  let service: Service;
  let browser: Browser;
  let page: Page;
  let token: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    service = await startExplorerService();
    token = await service.auth.issue({ user: 'e2e-matrix', roles: ['admin'], cleared: true });
    const context = await browser.newContext({ viewport: { width: 1500, height: 1100 } });
    page = await context.newPage();
    await page.goto(`${service.url}/explorer/#token=${token}`);
    await page.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('opens the allegation drawn around the passport seizures, with its matrix', async () => {
    await page.fill('input[type=search]', 'KGB seize passports');
    await page.press('input[type=search]', 'Enter');
    await page.click('.result[data-id="event:2025-09-11-passport-seizures"]');
    await page.locator('.expand-choice[data-type=ALL]').click();
    await page.waitForFunction((id) => Boolean(JSON.parse((globalThis as any).sessionStorage.getItem('evidence-graph.view') ?? '{}').graph?.nodes?.[id]), ALLEGATION);
    // The view is plain data kept in the tab: select the allegation in it and reload, as a saved view would open.
    await page.evaluate((id) => {
      const storage = (globalThis as any).sessionStorage;
      const view = JSON.parse(storage.getItem('evidence-graph.view'));
      storage.setItem('evidence-graph.view', JSON.stringify({ ...view, selection: { kind: 'node', id } }));
    }, ALLEGATION);
    await page.reload();
    await page.locator('.matrix .matrix-element').first().waitFor({ timeout: 30_000 });

    const { body } = await gql<any>(
      service.url,
      `{ elementCoverage(allegationId: "${ALLEGATION}") { elements { part article number status evidence { rule } } } }`,
      {},
      { authorization: `Bearer ${token}` },
    );
    const elements = body.data.elementCoverage.elements as { part: string; article: string; number: string; status: string; evidence: unknown[] }[];
    const shown = await page.locator('.matrix .matrix-element').evaluateAll((els) => els.map((e) => [e.getAttribute('data-element'), e.getAttribute('data-status')]));
    expect(shown).toEqual(elements.map((e) => [`${e.part} ${e.article} ${e.number}`, e.status]));
    const gaps = elements.filter((e) => e.status === 'GAP').length;
    expect(gaps).toBeGreaterThan(0);
    expect(await page.locator('.matrix .matrix-element[data-status="GAP"] .matrix-gap').count()).toBe(gaps);
    expect(await page.locator('.matrix .matrix-item').count()).toBe(elements.reduce((n, e) => n + e.evidence.length, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix.png') });
  });

  it('opens an evidence item’s citation in the held document at its locator', async () => {
    await page.locator('.matrix .matrix-item .open-source', { hasText: 'line 17' }).first().click();
    await page.locator('.source-viewer .source-text li.hit').first().waitFor();
    await expect(page.locator('.source-viewer .source-text li.hit').first().getAttribute('value')).resolves.toBe('17');
    await page.locator('.source-viewer .overlay-head button', { hasText: 'Close' }).click();
  });
});
