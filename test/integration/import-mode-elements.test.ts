/**
 * An allegation's citations may name an element of its mode of liability's provision by the mode's
 * article and a number ("25(3)(a) 2"): the import accepts it against that provision whether the
 * provision comes in the same file or is already stored, refuses one neither provision has (with
 * the line and the elements of both), and element coverage counts it for the mode's element.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { elementCoverage } from '../../src/domain/coverage';
import { openReader } from '../../src/domain/import/formats';
import { runImport } from '../../src/domain/import/pipeline';
import { formatProblem } from '../../src/storage/records/validate';
import type { Database } from '../../src/entry/service/database';
import { clearGraph, openTestDatabase } from '../support/service';

let db: Database;
const dir = mkdtempSync(join(tmpdir(), 'eg-import-mode-'));
async function importLines(name: string, lines: object[]) {
  const path = join(dir, name);
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const { reader, format } = await openReader(path, 'auto', {});
  return runImport(db.graph, reader, { file: path, format });
}

const cite = [{ source: 'src:me-report', locator: 'para. 1', credibility: 2 }];
const elementCite = (element: string, locator: string) => ({ source: 'src:me-report', locator, credibility: 2, quote: `for ${element}`, element });
const BASE = [
  { type: 'Source', id: 'src:me-report', title: 'A report', publisher: 'NGO', kind: 'NGO_REPORT', reliability: 'B' },
  { type: 'Organization', id: 'org:me-unit', name: 'A unit', kind: 'UNIT', sources: cite },
  { type: 'Event', id: 'event:me-expulsion', eventType: 'DEPORTATION', title: 'An expulsion', startDate: '2021-05-20', sources: cite },
  {
    type: 'LegalProvision',
    id: 'lp:me-7-1-d',
    instrument: 'Rome Statute of the International Criminal Court',
    article: '7(1)(d)',
    title: 'Deportation',
    elements: [
      { number: '1', text: 'deported', kind: 'CONDUCT' },
      { number: '2', text: 'lawfully present', kind: 'CIRCUMSTANCE' },
    ],
    sources: cite,
  },
  {
    type: 'LegalProvision',
    id: 'lp:me-25-3-a',
    instrument: 'Rome Statute of the International Criminal Court',
    article: '25(3)(a)',
    title: 'Commission',
    elementNumbering: 'DATASET',
    elements: [
      { number: '1', text: 'committed the crime', kind: 'CONDUCT' },
      { number: '2', text: 'with intent and knowledge', kind: 'MENTAL' },
    ],
    sources: cite,
  },
];
const allegation = (id: string, sources: object[]) => ({ type: 'Allegation', id, accused: 'org:me-unit', provision: 'lp:me-7-1-d', mode: 'ART25_3_A', events: ['event:me-expulsion'], sources });

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
});
afterAll(() => db.close());

it("imports a citation naming the mode's element with the mode's provision in the same file, and coverage counts it there", async () => {
  const report = await importLines('same-file.jsonl', [...BASE, allegation('alg:me-1', [elementCite('1', 'para. 2'), elementCite('25(3)(a) 2', 'para. 3')])]);
  expect(report.problems).toEqual([]);
  const coverage = await elementCoverage(db.graph, 'alg:me-1');
  const cited = coverage.elements.map((e) => [`${e.part} ${e.article} ${e.number}`, e.evidence.filter((i) => i.rule === 'cited').map((i) => i.citation.locator)]);
  expect(cited).toEqual([
    ['CRIME 7(1)(d) 1', ['para. 2']],
    ['CRIME 7(1)(d) 2', []],
    ['MODE 25(3)(a) 1', []],
    ['MODE 25(3)(a) 2', ['para. 3']],
  ]);
});

it("checks a later file's citations against the stored provisions, refusing the elements neither has with line and elements", async () => {
  const ok = await importLines('stored-ok.jsonl', [allegation('alg:me-2', [elementCite('25(3)(a) 1', 'para. 4')])]);
  expect(ok.problems).toEqual([]);
  const bad = await importLines('stored-bad.jsonl', [allegation('alg:me-3', [elementCite('25(3)(a) 3', 'para. 5'), elementCite('3', 'para. 6')])]);
  const both = `its provision lp:me-7-1-d has 1, 2 (cited as "1"); its mode ART25_3_A's provision lp:me-25-3-a (art. 25(3)(a)) has 1, 2 (cited as "25(3)(a) 1")`;
  expect(bad.problems.map(formatProblem)).toEqual([
    `line 1, Allegation alg:me-3: sources.0.element: element "25(3)(a) 3" names no element of the allegation's crime or mode: ${both}`,
    `line 1, Allegation alg:me-3: sources.1.element: element "3" names no element of the allegation's crime or mode: ${both}`,
  ]);
  expect(bad.written).toBe(false);
});
