/**
 * The case matrix through the service, on the coverage scenario: GraphQL answers, the CSV and HTML
 * exports started from GraphQL and downloaded (the CSV read back by csv-parse matches the GraphQL
 * answer; the HTML renders in headless Chromium), the CLI `matrix` command, the matrix inside an
 * allegation's referral bundle, the audit entry, and an uncleared viewer's answers and files
 * carrying no protected name.
 */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Role } from '../../src/domain/auth/permissions';
import { registerCommands } from '../../src/entry/cli';
import { MATRIX_CSV_COLUMNS } from '../../src/domain/coverage/report';
import { MATRIX_CSV_FILE, MATRIX_HTML_FILE, verifyBundle } from '../../src/domain/exports/bundle';
import { runExport } from '../../src/domain/exports/run';
import { generateSigningKeyPair } from '../../src/domain/exports/signing';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { Service } from '../../src/entry/service/start';
import { launchChromium } from '../e2e/support/chromium';
import { COVERAGE_SCENARIO, PROTECTED_WORDS, PSEUDONYMISED } from '../fixtures/coverage-scenario';
import { runCommand } from '../support/run-command';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(240_000);

let service: Service;
let work: string;

const MATRIX = `query($accusedId: ID!) { caseMatrix(accusedId: $accusedId) {
  accused { ... on Person { id name } }
  thresholds { minGrade minPublishers description }
  summary { elements supported weak contested gaps }
  allegations { allegation { id } mode summary { elements supported weak contested gaps } notes
    elements { part article number kind text status reason sources publishers publishersAtMinGrade bestGrade
      contradictions { recordId contradictedId label citations { grade quote } }
      pattern { eventCount victims months statement events { id } }
      evidence { rule recordId recordType finding event { id } posting { id }
        path { child { id } parent { id } }
        citation { locator grade quote source { id title publisher } } } } } } }`;

const START = `mutation($selection: ExportSelectionInput!, $format: ExportFormat!) { startExport(selection: $selection, format: $format) { id } }`;
const JOB = `query($id: ID!) { exportJob(id: $id) { status format error downloadUrl redaction { cleared pseudonymised withheld recordsOmitted } counts { records nodes facts sources } } }`;

const as = (roles: Role[], cleared: boolean) => authHeader(service, roles, { user: `test:${roles.join('+')}${cleared ? ':cleared' : ''}`, cleared });

async function exported(headers: Record<string, string>, selection: Record<string, unknown>, format: string): Promise<{ job: any; text: string; type: string | null }> {
  const started = await gql<any>(service.url, START, { selection, format }, headers);
  expect(started.body.errors).toBeUndefined();
  const id = started.body.data.startExport.id as string;
  for (let i = 0; i < 1200; i++) {
    const r = await gql<any>(service.url, JOB, { id }, headers);
    const job = r.body.data.exportJob;
    if (job.status !== 'RUNNING') {
      expect(job).toMatchObject({ status: 'DONE', format, error: null });
      const res = await fetch(`${service.url}${job.downloadUrl as string}`, { headers });
      expect(res.status).toBe(200);
      return { job, text: await res.text(), type: res.headers.get('content-type') };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the export job did not finish');
}

const lower = (x: unknown) => (typeof x === 'string' ? x : JSON.stringify(x)).toLowerCase();
const protectedWordsIn = (x: unknown) => PROTECTED_WORDS.filter((w) => lower(x).includes(w.toLowerCase()));

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'coverage-exports-'));
  const db = await openTestDatabase();
  try {
    await clearGraph(db);
    await loadRecords(
      db.graph,
      COVERAGE_SCENARIO.map((record, i) => ({ line: i + 1, record })),
    );
  } finally {
    await db.close();
  }
  // Planning every query at start-up runs past the default 30 s on a 2-core machine other suites load too.
  service = await startTestService({ EXPORT_DIR: join(work, 'exports'), NEO4J_TX_TIMEOUT_SECONDS: '180' });
});
afterAll(() => service?.close());

describe('the case matrix through the service', () => {
  it('reads back the CSV export as the GraphQL answer: one row per allegation × element × evidence item', async () => {
    const admin = await as(['admin'], true);
    const answer = await gql<any>(service.url, MATRIX, { accusedId: 'person:v-commander' }, admin);
    expect(answer.body.errors).toBeUndefined();
    const matrix = answer.body.data.caseMatrix;
    expect(matrix.thresholds).toMatchObject({ minGrade: 'B3', minPublishers: 2 });

    const { text, type, job } = await exported(admin, { by: 'ACCUSED', accused: 'person:v-commander' }, 'MATRIX_CSV');
    expect(type).toContain('text/csv');
    const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true });
    expect(Object.keys(rows[0]!)).toEqual([...MATRIX_CSV_COLUMNS]);
    const expected = matrix.allegations.flatMap((a: any) =>
      a.elements.flatMap((e: any) =>
        (e.evidence.length ? e.evidence : [null]).map((i: any) => ({
          allegation: a.allegation.id,
          part: e.part,
          article: e.article,
          element: e.number,
          status: e.status,
          sources: String(e.sources),
          publishers: String(e.publishers),
          best_grade: e.bestGrade ?? '',
          contradicted_by: e.contradictions.map((c: any) => c.recordId).join(' '),
          rule: i?.rule ?? '',
          record_id: i?.recordId ?? '',
          source_id: i?.citation.source.id ?? '',
          publisher: i?.citation.source.publisher ?? '',
          locator: i?.citation.locator ?? '',
          grade: i?.citation.grade ?? '',
          quote: i?.citation.quote ?? '',
        })),
      ),
    );
    expect(rows.map((r) => Object.fromEntries(Object.keys(expected[0]).map((k) => [k, r[k]])))).toEqual(expected);
    expect(job.counts.records).toBe(rows.length);
  });

  it('writes a printable HTML page that Chromium renders: every element a row, each gap marked', async () => {
    const admin = await as(['admin'], true);
    const { text, type } = await exported(admin, { by: 'ALLEGATION', allegation: 'alg:v-commander-28a' }, 'MATRIX_HTML');
    expect(type).toContain('text/html');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(text);
      expect(await page.title()).toBe('Case matrix: Commander of the riot unit (test)');
      expect(await page.locator('tr.element').count()).toBe(10);
      const gaps = await page.locator('tr.element[data-status="GAP"]').count();
      expect(gaps).toBeGreaterThan(0);
      expect(await page.locator('tr.element[data-status="GAP"] .gap-mark').count()).toBe(gaps);
      expect(await page.locator('tr[data-element="7(1)(d) 1"] li.item[data-rule="conduct-deportation"]').count()).toBeGreaterThan(0);
      const pdf = await page.pdf({ format: 'A4', landscape: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    } finally {
      await browser.close();
    }
  });

  it("an uncleared viewer's matrix and exports carry no protected name", async () => {
    const analyst = await as(['analyst'], false);
    const answer = await gql<any>(service.url, MATRIX, { accusedId: 'person:v-commander' }, analyst);
    expect(answer.body.errors).toBeUndefined();
    expect(protectedWordsIn(answer.body)).toEqual([]);
    expect(lower(answer.body)).toContain(PSEUDONYMISED.pseudonym.toLowerCase());
    // The withheld officer's act is not among the evidence, nor the allegation against him.
    expect(lower(answer.body)).not.toContain('part:v-expulsion-p2');
    const withheld = await gql<any>(service.url, `{ elementCoverage(allegationId: "alg:v-p2") { allegation { id } } }`, {}, analyst);
    expect(withheld.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    for (const format of ['MATRIX_CSV', 'MATRIX_HTML']) {
      const { text, job } = await exported(analyst, { by: 'ACCUSED', accused: 'person:v-commander' }, format);
      expect({ format, words: protectedWordsIn(text) }).toEqual({ format, words: [] });
      expect(text.toLowerCase()).toContain(PSEUDONYMISED.pseudonym.toLowerCase());
      expect(job.redaction).toMatchObject({ cleared: false, pseudonymised: 1, withheld: 1 });
    }
  });

  it('the CLI writes the matrix, redacted unless --cleared, and each export is audited', async () => {
    const out = join(work, 'commander.html');
    const { out: printed, exitCode } = await runCommand(registerCommands, ['matrix', '--accused', 'person:v-commander', '--format', 'html', '--out', out]);
    expect(exitCode).toBe(0);
    expect(printed).toMatch(
      /^matrix-html written to .*commander\.html \(\d+ bytes\)\nsha256 {5}[0-9a-f]{64}\nmatrix {5}\d+ elements, \d+ evidence items from \d+ sources \(\d+ rows\)\nredaction {2}not cleared: 1 pseudonymised, 1 withheld/,
    );
    expect(protectedWordsIn(await readFile(out, 'utf8'))).toEqual([]);
    await expect(runCommand(registerCommands, ['matrix', '--accused', 'person:v-commander', '--format', 'pdf', '--out', join(work, 'x.pdf')])).rejects.toThrow('--format must be csv or html');

    const audit = await runCommand(registerCommands, ['audit', 'list', '--action', 'export', '--json']);
    const entries = audit.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { details: { selection: { format: string; selection: unknown } } });
    expect(entries.map((e) => e.details.selection.format)).toEqual(expect.arrayContaining(['matrix-csv', 'matrix-html']));
    expect(entries.find((e) => e.details.selection.format === 'matrix-html')?.details.selection.selection).toEqual(expect.objectContaining({ by: expect.any(String) }));
  });

  it("an allegation's referral bundle holds its case matrix, signed with the rest", async () => {
    const keys = generateSigningKeyPair();
    const out = join(work, 'bundle-28a');
    await runExport(
      service.db.graph,
      { selection: { by: 'allegation', allegation: 'alg:v-commander-28a' }, format: 'bundle', out },
      { id: 'test:referral', roles: ['admin'], cleared: false },
      {
        sourcesDir: join(work, 'no-sources'),
        signingKeyPem: keys.privateKeyPem,
      },
    );
    const files = await readdir(join(out, 'matrix'));
    expect(files.sort()).toEqual(['element-coverage.csv', 'element-coverage.html']);
    const verification = await verifyBundle(out, { publicKeyPem: keys.publicKeyPem });
    expect(verification.ok).toBe(true);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { files: { path: string }[] };
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining([MATRIX_CSV_FILE, MATRIX_HTML_FILE]));
    expect(protectedWordsIn(await readFile(join(out, MATRIX_HTML_FILE), 'utf8'))).toEqual([]);
    expect(protectedWordsIn(await readFile(join(out, MATRIX_CSV_FILE), 'utf8'))).toEqual([]);
  });
});
