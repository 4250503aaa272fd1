/**
 * An allegation's panel in the explorer shows its element coverage, in Chromium against the service
 * on the seed: every element of the crime and the mode with its status, each gap marked, and each
 * evidence item opening its citation in the held document at the locator; for an uncleared analyst
 * too, under the pseudonyms, with no protected name in any answer or on the page.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { projectRoot } from '../../src/foundations/config/project-root';
import type { Role } from '../../src/domain/auth/permissions';
import type { Service } from '../../src/entry/service/start';
import { PROTECTED_WORDS, WITNESS } from '../fixtures/protection-scenario';
import { gql } from '../support/service';
import { launchChromium, missingChromium } from './support/chromium';
import { startExplorerService } from './support/explorer-service';
import { watch, type PageWatch } from './support/page-watch';

jest.setTimeout(60_000);

const ALLEGATION = 'alg:kgb-deportation-2025-09-11';
/** The protection scenario's allegation against the pseudonymised witness, whose quotes name him and the withheld victim. */
const PROTECTED_ALLEGATION = 'alg:x-w1';
const SCREENSHOTS = join(projectRoot(), '.artifacts', 'screenshots');

const missing = missingChromium();
if (missing) {
  it('needs Chromium', () => {
    throw new Error(missing);
  });
}

interface ShownElement {
  part: string;
  article: string;
  number: string;
  status: string;
  evidence: unknown[];
}

(missing ? describe.skip : describe)("an allegation's matrix in the explorer", () => {
  let service: Service;
  let browser: Browser;
  let page: Page;
  let seen: PageWatch;
  let token: string;

  async function signedInPage(user: string, cleared: boolean, roles: Role[]): Promise<{ context: BrowserContext; page: Page; seen: PageWatch; token: string }> {
    const issued = await service.auth.issue({ user, roles, cleared });
    const context = await browser.newContext({ viewport: { width: 1500, height: 1100 } });
    const w = watch(context);
    const p = await context.newPage();
    await p.goto(`${service.url}/explorer/#token=${issued}`);
    await p.locator('.top-bar .viewer', { hasText: '·' }).waitFor();
    return { context, page: p, seen: w, token: issued };
  }

  /** Draws the event with everything around it, then selects the allegation in the kept view and reloads, as a saved view opens. */
  async function openAllegation(target: Page, search: string, eventId: string, allegationId: string): Promise<void> {
    await target.fill('input[type=search]', search);
    await target.press('input[type=search]', 'Enter');
    await target.click(`.result[data-id="${eventId}"]`);
    await target.locator('.expand-choice[data-type=ALL]').click();
    await target.waitForFunction((id) => Boolean(JSON.parse((globalThis as any).sessionStorage.getItem('evidence-graph.view') ?? '{}').graph?.nodes?.[id]), allegationId);
    await target.evaluate((id) => {
      const storage = (globalThis as any).sessionStorage;
      const view = JSON.parse(storage.getItem('evidence-graph.view'));
      storage.setItem('evidence-graph.view', JSON.stringify({ ...view, selection: { kind: 'node', id } }));
    }, allegationId);
    await target.reload();
    // The panel fills or says why it could not: a refusal fails here with the service's reason, not after a long wait.
    await target.locator('.matrix .matrix-element, .matrix .matrix-failure').first().waitFor();
    const failure = target.locator('.matrix .matrix-failure');
    if (await failure.count()) throw new Error(`the matrix panel of ${allegationId} could not be read: ${await failure.innerText()}`);
  }

  async function coverageOf(allegationId: string, bearer: string): Promise<ShownElement[]> {
    const { body } = await gql<any>(
      service.url,
      `{ elementCoverage(allegationId: "${allegationId}") { elements { part article number status evidence { rule } } } }`,
      {},
      { authorization: `Bearer ${bearer}` },
    );
    expect(body.errors).toBeUndefined();
    return body.data.elementCoverage.elements as ShownElement[];
  }

  async function expectShown(target: Page, elements: ShownElement[]): Promise<void> {
    const shown = await target.locator('.matrix .matrix-element').evaluateAll((els) => els.map((e) => [e.getAttribute('data-element'), e.getAttribute('data-status')]));
    expect(shown).toEqual(elements.map((e) => [`${e.part} ${e.article} ${e.number}`, e.status]));
    const gaps = elements.filter((e) => e.status === 'GAP').length;
    expect(await target.locator('.matrix .matrix-element[data-status="GAP"] .matrix-gap').count()).toBe(gaps);
    expect(await target.locator('.matrix .matrix-item').count()).toBe(elements.reduce((n, e) => n + e.evidence.length, 0));
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchChromium();
    service = await startExplorerService();
    ({ page, seen, token } = await signedInPage('e2e-matrix', true, ['admin']));
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });

  it('opens the allegation drawn around the passport seizures, with its matrix', async () => {
    await openAllegation(page, 'KGB seize passports', 'event:2025-09-11-passport-seizures', ALLEGATION);
    const elements = await coverageOf(ALLEGATION, token);
    expect(elements.filter((e) => e.status === 'GAP').length).toBeGreaterThan(0);
    await expectShown(page, elements);
    await expect(page.locator('.error-banner').count()).resolves.toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix.png') });
    // The panel scrolls: the first gap and the mode's elements, as a reader scrolls to them (each
    // shot after two frames, once the scrolled panel is painted).
    const painted = () => page.evaluate(() => new Promise((resolve) => (globalThis as any).requestAnimationFrame(() => (globalThis as any).requestAnimationFrame(resolve))));
    await page.locator('.matrix .matrix-element[data-status="GAP"]').first().scrollIntoViewIfNeeded();
    await painted();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix-gap.png') });
    await page.locator('.matrix .matrix-element').last().scrollIntoViewIfNeeded();
    await painted();
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix-mode.png') });
    expect(seen.problems).toEqual([]);
  });

  it('opens an evidence item’s citation in the held document at its locator', async () => {
    await page.locator('.matrix .matrix-item .open-source', { hasText: 'line 17' }).first().click();
    await page.locator('.source-viewer .source-text li.hit').first().waitFor();
    await expect(page.locator('.source-viewer .source-text li.hit').first().getAttribute('value')).resolves.toBe('17');
    await page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix-citation.png') });
    await page.locator('.source-viewer .overlay-head button', { hasText: 'Close' }).click();
  });

  it('shows an uncleared analyst the matrix under the pseudonyms, with no protected name', async () => {
    const analyst = await signedInPage('e2e-matrix-analyst', false, ['analyst']);
    try {
      await openAllegation(analyst.page, 'raid flat', 'event:x-raid', PROTECTED_ALLEGATION);
      await expectShown(analyst.page, await coverageOf(PROTECTED_ALLEGATION, analyst.token));
      // The quote naming the accused reads with his pseudonym.
      await expect(analyst.page.locator('.matrix').innerText()).resolves.toContain(WITNESS.pseudonym);
      await analyst.page.screenshot({ path: join(SCREENSHOTS, 'explorer-matrix-uncleared.png') });
      const texts = [...analyst.seen.bodies.map((b) => b.body), await analyst.page.content()].join('\n').toLowerCase();
      expect(PROTECTED_WORDS.filter((w) => new RegExp(`\\b${w}\\b`).test(texts))).toEqual([]);
      expect(analyst.seen.problems).toEqual([]);
    } finally {
      await analyst.context.close();
    }
  });
});
