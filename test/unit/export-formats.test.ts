/**
 * The graph formats read back by parsers this project did not write: networkx (GraphML, GEXF),
 * Cytoscape.js (its JSON), Python's csv module (neo4j-admin CSV), @opensanctions/followthemoney
 * (FtM). Inputs: the seed dataset and a small hand-made set with a pseudonymised person, as an
 * ExportInput hands them over (already redacted: the person's name is the pseudonym).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { Model, defaultModel } from '@opensanctions/followthemoney';
import { memoryExportInput } from '../../src/domain/exports/drawn';
import { directoryDigest, getDirectoryFormatWriter, getFormatWriter } from '../../src/domain/exports/formats';
import type { ExportInput, FormatResult } from '../../src/domain/exports/types';
import { ftmReader } from '../../src/domain/import/formats/ftm';
import { readJsonLinesFile } from '../../src/storage/records/read-jsonl';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { readWithNetworkx, runPython } from '../support/networkx';

const dir = mkdtempSync(join(tmpdir(), 'eg-export-formats-'));
const PSEUDONYM = 'Witness K-7';
const cite = (source = 'src:h-report', credibility = 2) => [{ source, locator: 'para. 3', credibility }];

/** 10 nodes, 10 edges, one edge (to a person not in the export) dropped. */
const HAND: RecordV1[] = [
  { type: 'Source', id: 'src:h-report', title: 'NGO report on the raids', kind: 'NGO_REPORT', reliability: 'B', confidentiality: 'PUBLIC' },
  { type: 'Source', id: 'src:h-news', title: 'A blog post', kind: 'NEWS', reliability: 'D', confidentiality: 'PUBLIC', language: 'en' },
  { type: 'Person', id: 'person:h-officer', name: 'Anton Lomeika', protection: 'NONE', sources: cite() },
  // As src/domain/exports/input hands a pseudonymised person to an uncleared viewer.
  { type: 'Person', id: 'person:h-w1', name: PSEUDONYM, pseudonym: PSEUDONYM, protection: 'PSEUDONYM', sources: cite('src:h-report', 1) },
  { type: 'Organization', id: 'org:h-unit', name: 'Special "Rapid" Unit <OMON> & Co', kind: 'UNIT', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:h-ministry', name: 'Ministry of Internal Affairs', shortName: 'MVD', kind: 'MINISTRY', country: 'BY', sources: cite() },
  { type: 'Organization', id: 'org:h-court', name: 'Minsk City Court', kind: 'COURT', country: 'BY', sources: cite() },
  { type: 'Place', id: 'place:h-minsk', name: 'Minsk', country: 'BY', sources: cite() },
  { type: 'Event', id: 'event:h-raid', eventType: 'RAID', title: 'Raid, with a comma\nand a new line', startDate: '2020-08-10', place: 'place:h-minsk', sources: cite() },
  { type: 'Trial', id: 'trial:h-case', eventType: 'TRIAL', title: 'Trial of Lomeika', startDate: '2021-03', court: 'org:h-court', inAbsentia: false, sources: cite() },
  // Two citations: the best (B2, reliability first) is the edge's grade, not D1.
  { type: 'Posting', id: 'post:h-w1-unit', person: 'person:h-w1', organization: 'org:h-unit', role: 'COMMANDER', startDate: '2019', endDate: '2023', sources: [...cite('src:h-news', 1), ...cite()] },
  { type: 'Subordination', id: 'sub:h-unit-ministry', child: 'org:h-unit', parent: 'org:h-ministry', classification: 'COMMAND', sources: cite() },
  { type: 'Participation', id: 'part:h-unit-raid', actor: 'org:h-unit', event: 'event:h-raid', role: 'DIRECTLY_PERPETRATED', sources: cite() },
  { type: 'Participation', id: 'part:h-officer-trial', actor: 'person:h-officer', event: 'trial:h-case', role: 'DEFENDANT', sources: cite() },
  { type: 'Participation', id: 'part:h-absent-raid', actor: 'person:h-absent', event: 'event:h-raid', role: 'VICTIM', sources: cite() },
  { type: 'EventLink', id: 'link:h-raid-trial', from: 'event:h-raid', to: 'trial:h-case', relation: 'CAUSES', sources: cite() },
  { type: 'LegalProvision', id: 'lp:h-7-1-d', instrument: 'Rome Statute', article: '7(1)(d)', title: 'Deportation', elements: [], sources: cite() },
  { type: 'Allegation', id: 'alg:h-unit', accused: 'org:h-unit', provision: 'lp:h-7-1-d', mode: 'ART25_3_A', events: ['event:h-raid'], sources: cite() },
];
const hand = (): ExportInput => memoryExportInput(HAND, { pseudonymised: 1 });

const seedRecords: RecordV1[] = [];
beforeAll(async () => {
  for (const f of ['00-core', '10-un-report', '20-news', '30-law']) seedRecords.push(...(await readJsonLinesFile(join(__dirname, `../../seed/${f}.jsonl`))).records.map((r) => r.record));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const seed = (): ExportInput => memoryExportInput(seedRecords);

/** What the seed should draw, counted from the records here rather than by the code under test. */
function expectedSeedCounts(): { nodes: number; edges: number } {
  const nodeTypes = new Set(['Person', 'Organization', 'Place', 'Event', 'Trial', 'LegalProvision', 'Allegation']);
  let edges = 0;
  for (const r of seedRecords) {
    if (['Posting', 'Subordination', 'Participation', 'EventLink'].includes(r.type)) edges += 1;
    if ((r.type === 'Event' || r.type === 'Trial') && r.place) edges += 1;
    if (r.type === 'Trial' && r.court) edges += 1;
    if (r.type === 'Allegation') edges += 2 + new Set(r.events).size;
  }
  return { nodes: seedRecords.filter((r) => nodeTypes.has(r.type)).length, edges };
}

async function writeFile(format: 'graphml' | 'gexf' | 'cytoscape' | 'ftm', input: ExportInput, name: string, metrics?: boolean): Promise<{ path: string; result: FormatResult }> {
  const path = join(dir, name);
  const result = await getFormatWriter(format)(input, createWriteStream(path), { metrics });
  return { path, result };
}

describe.each(['graphml', 'gexf'] as const)('%s read back by networkx', (format) => {
  test('the hand-made set: nodes, edges, kinds, dates, roles, grades, metrics, the pseudonym', async () => {
    const { path, result } = await writeFile(format, hand(), `hand.${format}`);
    expect(result.notes.join(' ')).toMatch(/1 edge\(s\) left out because an end is not in the export \(e\.g\. part:h-absent-raid\)/);
    const g = readWithNetworkx(format, path);
    expect(g.directed).toBe(true);
    expect(Object.keys(g.nodes).sort()).toEqual([
      'alg:h-unit',
      'event:h-raid',
      'lp:h-7-1-d',
      'org:h-court',
      'org:h-ministry',
      'org:h-unit',
      'person:h-officer',
      'person:h-w1',
      'place:h-minsk',
      'trial:h-case',
    ]);
    expect(g.edges).toHaveLength(10);
    expect(g.nodes['person:h-w1']).toMatchObject({ label: PSEUDONYM, kind: 'PERSON', pseudonymised: true, grade: 'B1', protection: 'PSEUDONYM' });
    expect(g.nodes['org:h-unit']).toMatchObject({ label: 'Special "Rapid" Unit <OMON> & Co', kind: 'ORGANIZATION', category: 'UNIT', degree: 4 });
    expect(g.nodes['event:h-raid']).toMatchObject({ kind: 'EVENT', startDate: '2020-08-10', category: 'RAID' });
    for (const n of Object.values(g.nodes)) {
      expect(Number.isInteger(n.community)).toBe(true);
      expect(typeof n.betweenness).toBe('number');
    }
    const posting = g.edges.find(([s, t]) => s === 'person:h-w1' && t === 'org:h-unit')!;
    expect(posting[2]).toMatchObject({ type: 'POSTING', label: 'COMMANDER', startDate: '2019', endDate: '2023', grade: 'B2', factId: 'post:h-w1-unit' });
    const types = g.edges.map(([, , d]) => d.type).sort();
    expect(types).toEqual(['ACCUSED', 'COURT', 'EVENTS', 'EVENT_LINK', 'PARTICIPATION', 'PARTICIPATION', 'PLACE', 'POSTING', 'PROVISION', 'SUBORDINATION']);
  });

  test('the seed: every drawn node and edge, communities on every node', async () => {
    const { path } = await writeFile(format, seed(), `seed.${format}`);
    const g = readWithNetworkx(format, path);
    const expected = expectedSeedCounts();
    expect(Object.keys(g.nodes)).toHaveLength(expected.nodes);
    expect(g.edges).toHaveLength(expected.edges);
    const communities = new Set(Object.values(g.nodes).map((n) => n.community));
    expect(communities.size).toBeGreaterThan(1);
    expect(g.nodes['org:kgb']).toMatchObject({ kind: 'ORGANIZATION', shortLabel: 'KGB' });
  });

  test('deterministic, and without metrics when asked', async () => {
    const a = await writeFile(format, seed(), `a.${format}`);
    const b = await writeFile(format, seed(), `b.${format}`);
    expect(readFileSync(a.path, 'utf8')).toBe(readFileSync(b.path, 'utf8'));
    const plain = await writeFile(format, hand(), `plain.${format}`, false);
    expect(readFileSync(plain.path, 'utf8')).not.toMatch(/community|betweenness/);
  });
});

test('passes over the input: streaming formats two (three with metrics), GEXF two', async () => {
  const counted = (): { input: ExportInput; passes: () => number } => {
    const inner = hand();
    let passes = 0;
    return { input: { ...inner, records: () => ((passes += 1), inner.records()) }, passes: () => passes };
  };
  for (const [format, metrics, expected] of [
    ['graphml', true, 3],
    ['graphml', false, 2],
    ['cytoscape', true, 3],
    ['gexf', true, 2],
  ] as const) {
    const c = counted();
    await writeFile(format, c.input, `passes.${format}`, metrics);
    expect([format, metrics, c.passes()]).toEqual([format, metrics, expected]);
  }
});

test('GraphML declares every key with its type and escapes XML', async () => {
  const { path } = await writeFile('graphml', hand(), 'keys.graphml');
  const text = readFileSync(path, 'utf8');
  expect(text).toContain('<key id="n_degree" for="node" attr.name="degree" attr.type="int"/>');
  expect(text).toContain('<key id="n_pseudonymised" for="node" attr.name="pseudonymised" attr.type="boolean"/>');
  expect(text).toContain('Special &quot;Rapid&quot; Unit &lt;OMON&gt; &amp; Co');
});

test("GEXF declares the columns' types even when the values would suggest others (betweenness all 0)", async () => {
  const pair = memoryExportInput(HAND.filter((r) => ['Source', 'Subordination'].includes(r.type) || r.id === 'org:h-unit' || r.id === 'org:h-ministry'));
  const { path } = await writeFile('gexf', pair, 'pair.gexf');
  expect(readFileSync(path, 'utf8')).toContain('<attribute id="betweenness" title="betweenness" type="double"/>');
});

test('a cleared export names a protected person and still says the identity is protected', async () => {
  const cleared = HAND.map((r) => (r.id === 'person:h-w1' ? { ...r, name: 'Yaraslau Ciemrykau' } : r));
  const { path } = await writeFile('graphml', memoryExportInput(cleared, { cleared: true }), 'cleared.graphml');
  expect(readWithNetworkx('graphml', path).nodes['person:h-w1']).toMatchObject({ label: 'Yaraslau Ciemrykau', pseudonymised: false, protection: 'PSEUDONYM' });
  const ftm = await writeFile('ftm', memoryExportInput(cleared, { cleared: true }), 'cleared.ftm.json');
  expect(readFileSync(ftm.path, 'utf8')).toContain('protected identity (pseudonym): the real name is for cleared viewers only');
});

describe('Cytoscape.js JSON', () => {
  test('loads in headless Cytoscape.js with its data', async () => {
    const { path } = await writeFile('cytoscape', hand(), 'hand.cyjs');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { elements: cytoscape.ElementsDefinition };
    const cy = cytoscape({ headless: true, elements: json.elements });
    expect(cy.nodes()).toHaveLength(10);
    expect(cy.edges()).toHaveLength(10);
    expect(cy.getElementById('person:h-w1').data()).toMatchObject({ label: PSEUDONYM, pseudonymised: true, kind: 'PERSON' });
    const posting = cy.getElementById('post:h-w1-unit');
    expect(posting.source().id()).toBe('person:h-w1');
    expect(posting.target().id()).toBe('org:h-unit');
    expect(posting.data()).toMatchObject({ type: 'POSTING', label: 'COMMANDER', grade: 'B2', startDate: '2019' });
    expect(typeof cy.getElementById('org:h-unit').data('community')).toBe('number');
  });

  test('the seed loads whole, deterministically', async () => {
    const a = await writeFile('cytoscape', seed(), 'a.cyjs');
    const b = await writeFile('cytoscape', seed(), 'b.cyjs');
    const text = readFileSync(a.path, 'utf8');
    expect(text).toBe(readFileSync(b.path, 'utf8'));
    const cy = cytoscape({ headless: true, elements: (JSON.parse(text) as { elements: cytoscape.ElementsDefinition }).elements });
    expect(cy.nodes()).toHaveLength(expectedSeedCounts().nodes);
    expect(cy.edges()).toHaveLength(expectedSeedCounts().edges);
  });
});

const READ_CSV = `
import csv, json, sys
out = {}
for name in ('nodes.csv', 'relationships.csv'):
    with open(sys.argv[1] + '/' + name, newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f))
    out[name] = {'header': rows[0], 'rows': [dict(zip(rows[0], r)) for r in rows[1:]], 'widths': sorted({len(r) for r in rows})}
print(json.dumps(out))
`;
type CsvTable = { header: string[]; rows: Record<string, string>[]; widths: number[] };

describe('neo4j-admin CSV read back by Python csv', () => {
  test('headers in neo4j-admin conventions, typed columns, quoting, every relationship end a node', async () => {
    const out = join(dir, 'hand-csv');
    const result = await getDirectoryFormatWriter('csv')(hand(), out);
    expect(result.files).toEqual(['nodes.csv', 'relationships.csv', 'import.sh']);
    const t = runPython<Record<string, CsvTable>>(READ_CSV, [out]);
    const nodes = t['nodes.csv']!;
    const rels = t['relationships.csv']!;
    expect(nodes.header.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(nodes.header).toEqual(expect.arrayContaining(['kind', 'startDate', 'grade', 'pseudonymised:boolean', 'degree:int', 'betweenness:double', 'community:int']));
    expect(rels.header.slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(nodes.widths).toHaveLength(1);
    expect(rels.widths).toHaveLength(1);
    expect(nodes.rows).toHaveLength(10);
    expect(rels.rows).toHaveLength(10);
    const byId = new Map(nodes.rows.map((r) => [r['id:ID'], r]));
    expect(byId.get('person:h-w1')).toMatchObject({ label: PSEUDONYM, ':LABEL': 'Person;Entity', 'pseudonymised:boolean': 'true' });
    expect(byId.get('trial:h-case')).toMatchObject({ ':LABEL': 'Trial;Event;Entity', startDate: '2021-03' });
    expect(byId.get('event:h-raid')!.label).toBe('Raid, with a comma\nand a new line');
    expect(Number.isInteger(Number(byId.get('org:h-unit')!['community:int']))).toBe(true);
    for (const r of rels.rows) expect(byId.has(r[':START_ID']) && byId.has(r[':END_ID'])).toBe(true);
    expect(rels.rows.find((r) => r.id === 'post:h-w1-unit')).toMatchObject({ ':TYPE': 'POSTING', label: 'COMMANDER', grade: 'B2' });
    expect(readFileSync(join(out, 'import.sh'), 'utf8')).toContain('neo4j-admin database import full');
    const digest = await directoryDigest(out, result.files);
    const check = execFileSync('sha256sum', ['-c', '-'], { cwd: out, input: digest.listing, encoding: 'utf8' });
    expect(check.trim().split('\n')).toEqual(['import.sh: OK', 'nodes.csv: OK', 'relationships.csv: OK']);
  });
});

describe('neo4j-admin CSV loaded by the real neo4j-admin', () => {
  // The Neo4j 5.26 import tool the project already resolves with Maven (tools/neo4j): its AdminTool is `neo4j-admin`.
  const lib = join(__dirname, '../../tools/neo4j/target/lib');
  (existsSync(lib) ? test : test.skip)(
    'import.sh runs `neo4j-admin database import full` into an empty database',
    async () => {
      const out = join(dir, 'seed-csv');
      await getDirectoryFormatWriter('csv')(seed(), out);
      const home = mkdtempSync(join(tmpdir(), 'eg-neo4j-home-'));
      mkdirSync(join(home, 'conf'));
      mkdirSync(join(home, 'bin'));
      writeFileSync(join(home, 'conf', 'neo4j.conf'), '');
      writeFileSync(join(home, 'bin', 'neo4j-admin'), `#!/bin/sh\nexec java -Xmx256m -cp '${lib}/*' org.neo4j.cli.AdminTool "$@"\n`, { mode: 0o755 });
      const env = { ...process.env, PATH: `${join(home, 'bin')}:${process.env.PATH}`, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };
      // Run from another folder: neo4j-admin's report must land beside the CSV files, not there.
      const elsewhere = mkdtempSync(join(tmpdir(), 'eg-cwd-'));
      const log = execFileSync('sh', [join(out, 'import.sh'), 'exported'], { env, cwd: elsewhere, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      rmSync(home, { recursive: true, force: true });
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(existsSync(join(out, 'import.report'))).toBe(true);
      const expected = expectedSeedCounts();
      expect(log).toContain('IMPORT DONE');
      expect(log).toMatch(new RegExp(`\\b${expected.nodes} nodes\\b`));
      expect(log).toMatch(new RegExp(`\\b${expected.edges} relationships\\b`));
    },
    180_000,
  );
});

describe('FollowTheMoney read back by @opensanctions/followthemoney', () => {
  const model = new Model(defaultModel);

  test('valid entities; postings, trials and sources mapped; what has no counterpart is counted', async () => {
    const { path, result } = await writeFile('ftm', hand(), 'hand.ftm.json');
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    const entities = new Map(lines.map((l) => [l.id, model.getEntity(l)]));
    expect(entities.get('person:h-w1')!.getFirst('name')).toBe(PSEUDONYM);
    expect(entities.get('org:h-ministry')!.schema.name).toBe('PublicBody');
    expect(entities.get('trial:h-case')!.schema.name).toBe('CourtCase');
    const posting = entities.get('post:h-w1-unit')!;
    expect(posting.schema.name).toBe('Membership');
    expect(posting.getProperty('member')).toEqual(['person:h-w1']);
    expect(entities.get('part:h-officer-trial')!.schema.name).toBe('CourtCaseParty');
    expect(entities.get('src:h-news')!.schema.name).toBe('Article');
    expect(entities.get('src:h-news')!.getFirst('language')).toBe('eng');
    expect([...entities.values()].filter((e) => e.schema.name === 'Documentation').length).toBeGreaterThan(0);
    expect(entities.has('lp:h-7-1-d')).toBe(false);
    expect(result.notes).toEqual(
      expect.arrayContaining(['1 × LegalProvision record(s) not written: FollowTheMoney has no counterpart', '1 × Allegation record(s) not written: FollowTheMoney has no counterpart']),
    );
  });

  test("the project's FtM importer reads the export back as the same people, units and postings", async () => {
    const { path } = await writeFile('ftm', seed(), 'seed.ftm.json');
    const raw: Record<string, unknown>[] = [];
    for await (const item of ftmReader(path, { citeSource: 'src:un-sr-2022' }).items()) if (item.raw) raw.push(item.raw as Record<string, unknown>);
    const postings = seedRecords.filter((r) => r.type === 'Posting');
    const back = raw.filter((r) => r.type === 'Posting');
    expect(back.map((p) => [p.id, p.person, p.organization]).sort()).toEqual(postings.map((p) => [`ftm:${p.id}`, `ftm:${p.person}`, `ftm:${p.organization}`]).sort());
    const kgb = raw.find((r) => r.id === 'ftm:org:kgb')!;
    expect(kgb).toMatchObject({ type: 'Organization', name: 'Committee of State Security', shortName: 'KGB' });
    const persons = seedRecords.filter((r) => r.type === 'Person').length;
    expect(raw.filter((r) => r.type === 'Person')).toHaveLength(persons);
  });
});
