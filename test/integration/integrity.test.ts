/**
 * The integrity check against the real Neo4j: a valid graph written by the real writer is clean;
 * each check is shown one broken graph (broken with raw Cypher where the validating writer would
 * refuse the state) and must report exactly the expected findings; the seed dataset is clean.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerCheck } from '../../src/entry/cli/check';
import { migrate } from '../../src/storage/db/migrations';
import { buildReport, checkIntegrity, formatReport, MAX_CYCLE_LINKS, type Finding, type IntegrityReport } from '../../src/domain/integrity';
import { linkRules, loopPairs, intervalPairs, citedTypes } from '../../src/domain/integrity/model-rules';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { clearGraph, openTestDatabase } from '../support/service';
import { runCommand } from '../support/run-command';
import { cite, INTEGRITY_FIXTURE as FIXTURE, numbered } from '../fixtures/integrity-graph';

const SEED_SOURCES = join(__dirname, '..', '..', 'seed', 'sources');

/** check, record, field of each finding: the shape most tests compare. */
const brief = (r: IntegrityReport) => r.findings.map((f) => [f.check, f.recordId, f.field]);

describe('integrity check', () => {
  let db: Database;
  const check = () => checkIntegrity(db.graph);
  const cypher = (text: string) => db.graph.runText(text);

  beforeAll(async () => {
    db = await openTestDatabase();
    await clearGraph(db);
    await migrate(db.graph, db.migrations);
  });
  afterAll(() => db.close());

  beforeEach(async () => {
    await clearGraph(db);
    await loadRecords(db.graph, numbered(FIXTURE));
  });

  it('plans every integrity query without parameters, as start-up does', async () => {
    const names = db.graph.cypher.names().filter((n) => n.startsWith('integrity/'));
    expect(names).toHaveLength(10);
    for (const name of names) await db.graph.runText(`EXPLAIN ${db.graph.cypher.get(name)}`, {}, 'READ');
  });

  it('finds nothing in a valid graph written by the real writer', async () => {
    expect(await check()).toEqual({ clean: true, counts: {}, findings: [] });
  });

  it('derives its expectations from the model: required references, self-loop pairs, intervals, cited types', () => {
    const required = Object.entries(linkRules()).flatMap(([type, rules]) => rules.filter((r) => r.required).map((r) => `${type}.${r.field}`));
    expect(required.sort()).toEqual(
      [
        'Posting.person',
        'Posting.organization',
        'Subordination.child',
        'Subordination.parent',
        'Participation.actor',
        'Participation.event',
        'EventLink.from',
        'EventLink.to',
        'Allegation.accused',
        'Allegation.provision',
        'Allegation.events',
      ].sort(),
    );
    expect(linkRules().Trial!.map((r) => [r.field, r.required])).toEqual([
      ['place', false],
      ['court', false],
      ['contradicts', false],
    ]);
    expect(loopPairs().map((l) => `${l.type}.${l.fromField}/${l.toField}`)).toEqual(['Subordination.child/parent', 'EventLink.from/to']);
    expect(Object.keys(intervalPairs()).sort()).toEqual(['Event', 'Organization', 'Posting', 'Subordination', 'Trial']);
    expect(citedTypes()).not.toContain('Source');
    expect(citedTypes()).toHaveLength(11);
  });

  it('UNCITED_FACT and UNCITED_RECORD: a fact or entity that no Source cites', async () => {
    await cypher("MATCH (:Source)-[c:CITED_FOR]->(n:Record) WHERE n.id IN ['post:1', 'person:p'] DELETE c");
    expect((await check()).findings).toEqual([
      {
        check: 'UNCITED_FACT',
        recordId: 'post:1',
        recordType: 'Posting',
        field: 'sources',
        message: 'Posting post:1 cites no source: no (:Source)-[:CITED_FOR]-> link reaches it, and every fact must be sourced',
      },
      {
        check: 'UNCITED_RECORD',
        recordId: 'person:p',
        recordType: 'Person',
        field: 'sources',
        message: 'Person person:p cites no source: no (:Source)-[:CITED_FOR]-> link reaches it, and every record but a Source must be sourced',
      },
    ]);
  });

  it('CITATION_NOT_FROM_SOURCE: a citation whose citing node is not a Source (and a fact cited only so is also uncited)', async () => {
    await cypher("MATCH (p:Person {id: 'person:p'}), (s:Subordination {id: 'sub:ab'}) CREATE (p)-[:CITED_FOR {locator: 'para. 9', credibility: 2}]->(s)");
    await cypher("MATCH (:Source)-[c:CITED_FOR]->(n:EventLink {id: 'link:1'}) DELETE c WITH n MATCH (o:Organization {id: 'org:c'}) CREATE (o)-[:CITED_FOR {locator: 'p. 2'}]->(n)");
    expect(brief(await check())).toEqual([
      ['UNCITED_FACT', 'link:1', 'sources'],
      ['CITATION_NOT_FROM_SOURCE', 'link:1', 'sources'],
      ['CITATION_NOT_FROM_SOURCE', 'sub:ab', 'sources'],
    ]);
    expect((await check()).findings[2]).toEqual({
      check: 'CITATION_NOT_FROM_SOURCE',
      recordId: 'sub:ab',
      recordType: 'Subordination',
      field: 'sources',
      message: 'Subordination sub:ab is cited (CITED_FOR, locator "para. 9") by Person person:p, which is not a Source; only a Source can vouch for a record',
      details: { citingId: 'person:p', citingLabels: ['Record', 'Person', 'Entity'] },
    });
  });

  it('UNKNOWN_ELEMENT: an allegation citation going to an element its provision does not have', async () => {
    await cypher("MATCH (:Source)-[c:CITED_FOR]->(:Allegation {id: 'alleg:1'}) SET c.element = '9'");
    expect((await check()).findings).toEqual([
      {
        check: 'UNKNOWN_ELEMENT',
        recordId: 'alleg:1',
        recordType: 'Allegation',
        field: 'sources.element',
        message:
          'Allegation alleg:1: its citation of src:t (locator "p. 1") goes to element "9", which names no element of its crime or mode: its provision law:x has 1 (cited as "1"); its mode ART25_3_A\'s provision (art. 25(3)(a)) is not in the graph',
        details: { sourceId: 'src:t', element: '9', provisionId: 'law:x', elements: ['1'], modeProvisionId: null, modeElements: [] },
      },
    ]);
  });

  it("UNKNOWN_ELEMENT: a citation naming an element of the mode's provision by its article, checked against that provision", async () => {
    const mode = {
      type: 'LegalProvision',
      id: 'law:m',
      instrument: 'Rome Statute',
      article: '25(3)(a)',
      title: 'Commission',
      elements: ['1', '2'].map((number) => ({ number, text: `e${number}`, kind: 'CONDUCT' })),
      sources: cite,
    };
    await loadRecords(db.graph, numbered([mode]));
    await cypher("MATCH (:Source)-[c:CITED_FOR]->(:Allegation {id: 'alleg:1'}) SET c.element = '25(3)(a) 2'");
    expect(await check()).toEqual({ clean: true, counts: {}, findings: [] });
    await cypher("MATCH (:Source)-[c:CITED_FOR]->(:Allegation {id: 'alleg:1'}) SET c.element = '25(3)(a) 3'");
    expect((await check()).findings.map((f) => [f.check, f.message])).toEqual([
      [
        'UNKNOWN_ELEMENT',
        'Allegation alleg:1: its citation of src:t (locator "p. 1") goes to element "25(3)(a) 3", which names no element of its crime or mode: its provision law:x has 1 (cited as "1"); its mode ART25_3_A\'s provision law:m (art. 25(3)(a)) has 1, 2 (cited as "25(3)(a) 1")',
      ],
    ]);
  });

  it('MISSING_LINK: facts whose required references lost their target (a deleted person)', async () => {
    await cypher("MATCH (p:Person {id: 'person:p'}) DETACH DELETE p");
    const report = await check();
    expect(brief(report)).toEqual([
      ['MISSING_LINK', 'alleg:1', 'accused'],
      ['MISSING_LINK', 'part:1', 'actor'],
      ['MISSING_LINK', 'post:1', 'person'],
    ]);
    expect(report.findings[2]!.message).toBe(
      'Posting post:1 has no "person" link (:Posting)-[:PERSON]->(:Person): the field is required, so the Posting relates nothing there (was the Person it named deleted?)',
    );
  });

  it('MISSING_LINK on a list reference: an Allegation with no EVENTS at all', async () => {
    await cypher("MATCH (:Allegation {id: 'alleg:1'})-[r:EVENTS]->() DELETE r");
    expect((await check()).findings).toEqual([
      {
        check: 'MISSING_LINK',
        recordId: 'alleg:1',
        recordType: 'Allegation',
        field: 'events',
        message:
          'Allegation alleg:1 has no "events" link (:Allegation)-[:EVENTS]->(:Event|Trial): the field is required (at least one), so the Allegation relates nothing there (was the Event or Trial it named deleted?)',
      },
    ]);
  });

  it('DANGLING_LINK: a reference or contradiction pointing at a node that is not a record', async () => {
    await cypher("MATCH (n:Posting {id: 'post:1'})-[r:PERSON]->() DELETE r WITH n CREATE (n)-[:PERSON]->(:Ghost {id: 'person:ghost'})");
    await cypher("MATCH (n:Event {id: 'event:e'}) CREATE (n)-[:CONTRADICTS]->(:Note {text: 'no id'})");
    const report = await check();
    expect(brief(report)).toEqual([
      ['DANGLING_LINK', 'event:e', 'contradicts'],
      ['DANGLING_LINK', 'post:1', 'person'],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'Event event:e: its "contradicts" link (CONTRADICTS) points at a node labelled Note that is not a record (no id); it should name a stored record',
      'Posting post:1: its "person" link (PERSON) points at "person:ghost", a node labelled Ghost that is not a record (no Record label); it should name a stored Person',
    ]);
  });

  it('LINK_TO_WRONG_TYPE: a reference to a record of a type the field may not name', async () => {
    await cypher("MATCH (n:Posting {id: 'post:1'})-[r:PERSON]->() DELETE r WITH n MATCH (o:Organization {id: 'org:c'}) CREATE (n)-[:PERSON]->(o)");
    expect((await check()).findings).toEqual([
      {
        check: 'LINK_TO_WRONG_TYPE',
        recordId: 'post:1',
        recordType: 'Posting',
        field: 'person',
        message: 'Posting post:1: its "person" link (PERSON) points at "org:c", an Organization; "person" names a Person',
        details: { rel: 'PERSON', target: 'org:c', targetType: 'Organization', expected: ['Person'] },
      },
    ]);
  });

  it('DUPLICATE_LINK: a single reference with two links', async () => {
    await cypher("MATCH (n:Subordination {id: 'sub:bc'}), (o:Organization {id: 'org:a'}) CREATE (n)-[:PARENT]->(o)");
    const report = await check();
    expect(brief(report)).toEqual([
      ['DUPLICATE_LINK', 'sub:bc', 'parent'],
      // b → a (the new link) and a → b (sub:ab) also make a cycle: a finding of its own.
      ['SUBORDINATION_CYCLE', 'sub:ab', undefined],
    ]);
    expect(report.findings[0]!.message).toBe('Subordination sub:bc has 2 "parent" links (:Subordination)-[:PARENT]->(:Organization); "parent" names exactly one Organization');
  });

  it('SELF_LOOP: an organisation subordinate to itself, an event linked to itself (not reported as cycles)', async () => {
    await cypher("MATCH (n:Subordination {id: 'sub:ab'})-[r:PARENT]->() DELETE r WITH n MATCH (o:Organization {id: 'org:a'}) CREATE (n)-[:PARENT]->(o)");
    await cypher("MATCH (n:EventLink {id: 'link:1'})-[r:TO]->() DELETE r WITH n MATCH (e:Event {id: 'event:e'}) CREATE (n)-[:TO]->(e)");
    expect((await check()).findings).toEqual([
      {
        check: 'SELF_LOOP',
        recordId: 'link:1',
        recordType: 'EventLink',
        field: 'to',
        message: 'EventLink link:1: "from" and "to" are both event:e; an EventLink links two different records',
        details: { target: 'event:e' },
      },
      {
        check: 'SELF_LOOP',
        recordId: 'sub:ab',
        recordType: 'Subordination',
        field: 'parent',
        message: 'Subordination sub:ab: "child" and "parent" are both org:a; a Subordination links two different records',
        details: { target: 'org:a' },
      },
    ]);
  });

  it('POSTING_ENDS_BEFORE_START and SUBORDINATION_ENDS_BEFORE_START, reading partial dates generously', async () => {
    await cypher("MATCH (n:Posting {id: 'post:1'}) SET n.endDate = '2019', n.endDateMin = '2019-01-01', n.endDateMax = '2019-12-31'");
    await cypher(
      "MATCH (n:Subordination {id: 'sub:bc'}) SET n.startDate = '2018-05-02', n.startDateMin = '2018-05-02', n.startDateMax = '2018-05-02', n.endDate = '2018-05', n.endDateMin = '2018-05-01', n.endDateMax = '2018-05-31'",
    );
    await cypher(
      "MATCH (n:Subordination {id: 'sub:ab'}) SET n.startDate = '2017-06', n.startDateMin = '2017-06-01', n.startDateMax = '2017-06-30', n.endDate = '2017-05-31', n.endDateMin = '2017-05-31', n.endDateMax = '2017-05-31'",
    );
    // sub:bc ("2018-05-02" to "2018-05") may be fine; only post:1 and sub:ab certainly end before they start.
    expect((await check()).findings).toEqual([
      {
        check: 'POSTING_ENDS_BEFORE_START',
        recordId: 'post:1',
        recordType: 'Posting',
        field: 'endDate',
        message: 'Posting post:1: endDate 2019 is before startDate 2020-01, so it ends before it starts',
        details: { startDate: '2020-01', endDate: '2019' },
      },
      {
        check: 'SUBORDINATION_ENDS_BEFORE_START',
        recordId: 'sub:ab',
        recordType: 'Subordination',
        field: 'endDate',
        message: 'Subordination sub:ab: endDate 2017-05-31 is before startDate 2017-06, so it ends before it starts',
        details: { startDate: '2017-06', endDate: '2017-05-31' },
      },
    ]);
  });

  it('SUBORDINATION_CYCLE: each cycle once, whether COMMAND, and whether its links are (certainly, possibly, never) valid together', async () => {
    await loadRecords(
      db.graph,
      numbered([
        // c → a closes a → b → c; sub:ab runs "2020" to "2020-03", so all three are valid together
        // only if "2020" means early enough: possibly, not certainly.
        { type: 'Subordination', id: 'sub:ca', child: 'org:c', parent: 'org:a', classification: 'COMMAND', startDate: '2019-06', sources: cite },
        { type: 'Organization', id: 'org:p', name: 'P', kind: 'AGENCY', sources: cite },
        { type: 'Organization', id: 'org:q', name: 'Q', kind: 'AGENCY', sources: cite },
        { type: 'Subordination', id: 'sub:qp', child: 'org:q', parent: 'org:p', classification: 'COMMAND', startDate: '2018-01', sources: cite },
        { type: 'Subordination', id: 'sub:pq', child: 'org:p', parent: 'org:q', classification: 'COMMAND', startDate: '2019-05-10', endDate: '2022', sources: cite },
        // Never valid together: x → y ends in 2016-06, y → x starts in 2017.
        { type: 'Organization', id: 'org:x', name: 'X', kind: 'AGENCY', sources: cite },
        { type: 'Organization', id: 'org:y', name: 'Y', kind: 'AGENCY', sources: cite },
        { type: 'Subordination', id: 'sub:xy', child: 'org:x', parent: 'org:y', classification: 'COMMAND', startDate: '2015', endDate: '2016-06', sources: cite },
        { type: 'Subordination', id: 'sub:yx', child: 'org:y', parent: 'org:x', classification: 'COMMAND', startDate: '2017', sources: cite },
      ]),
    );
    const report = await check();
    expect(report.counts).toEqual({ SUBORDINATION_CYCLE: 3 });
    expect(report.findings).toEqual([
      {
        check: 'SUBORDINATION_CYCLE',
        recordId: 'sub:ab',
        recordType: 'Subordination',
        message:
          'subordination cycle of 3 links: org:a → org:b → org:c → org:a (sub:ab, sub:bc, sub:ca); not a COMMAND cycle (sub:bc is ADMINISTRATIVE); the links may all be valid together from 2020-01-01 to 2020-03-31, but only under the widest reading of their partial dates (sub:ab 2020–2020-03; sub:bc …–…; sub:ca 2019-06–…)',
        details: { organizations: ['org:a', 'org:b', 'org:c'], subordinations: ['sub:ab', 'sub:bc', 'sub:ca'], command: false, overlap: 'POSSIBLE', from: '2020-01-01', to: '2020-03-31' },
      },
      {
        check: 'SUBORDINATION_CYCLE',
        recordId: 'sub:pq',
        recordType: 'Subordination',
        message:
          'subordination cycle of 2 links: org:p → org:q → org:p (sub:pq, sub:qp); a COMMAND cycle: every link is COMMAND, so a chain of command up from any of these organisations comes back to itself; the links are all valid together from 2019-05-10 to 2022-01-01',
        details: { organizations: ['org:p', 'org:q'], subordinations: ['sub:pq', 'sub:qp'], command: true, overlap: 'CERTAIN', from: '2019-05-10', to: '2022-01-01' },
      },
      {
        check: 'SUBORDINATION_CYCLE',
        recordId: 'sub:xy',
        recordType: 'Subordination',
        message:
          'subordination cycle of 2 links: org:x → org:y → org:x (sub:xy, sub:yx); a COMMAND cycle: every link is COMMAND, so a chain of command up from any of these organisations comes back to itself; the links are never all valid at the same date (sub:xy 2015–2016-06; sub:yx 2017–…), so it is a cycle on paper only, at no date; check their dates',
        details: { organizations: ['org:x', 'org:y'], subordinations: ['sub:xy', 'sub:yx'], command: true, overlap: 'NONE', from: null, to: null },
      },
    ]);
  });

  it('MALFORMED_RECORD: wrong labels, an unknown record type, a record label without Record', async () => {
    await cypher("MATCH (n:Person {id: 'person:p'}) SET n:Organization");
    await cypher("CREATE (:Record {id: 'odd:1', recordType: 'Rumour'}), (:Posting:Fact {id: 'post:orphan'})");
    const report = await check();
    expect(brief(report)).toEqual([
      ['MALFORMED_RECORD', 'odd:1', undefined],
      ['MALFORMED_RECORD', 'person:p', undefined],
      ['MALFORMED_RECORD', 'post:orphan', undefined],
    ]);
    expect(report.findings.map((f) => f.message)).toEqual([
      'node odd:1 is not a well-formed record: its recordType "Rumour" is not a record type',
      'node person:p is not a well-formed record: a Person is labelled exactly Record:Person:Entity, but it also carries Organization',
      'node post:orphan is not a well-formed record: it carries the record labels Posting:Fact but not Record',
    ]);
  });

  it(`finds cycles of up to ${MAX_CYCLE_LINKS} subordinations, and says so: a longer one is beyond the bound`, async () => {
    const ring = (prefix: string, n: number) => {
      const orgs = Array.from({ length: n }, (_, i) => ({ type: 'Organization', id: `org:${prefix}${String(i).padStart(2, '0')}`, name: `${prefix} ${i}`, kind: 'UNIT', sources: cite }));
      const subs = orgs.map((o, i) => ({
        type: 'Subordination',
        id: `sub:${prefix}${String(i).padStart(2, '0')}`,
        child: o.id,
        parent: orgs[(i + 1) % n]!.id,
        classification: 'COMMAND',
        sources: cite,
      }));
      return [...orgs, ...subs];
    };
    await loadRecords(db.graph, numbered([...ring('r', MAX_CYCLE_LINKS), ...ring('s', MAX_CYCLE_LINKS + 1)]));
    const report = await check();
    expect(brief(report)).toEqual([['SUBORDINATION_CYCLE', 'sub:r00', undefined]]);
    expect(report.findings[0]!.details).toMatchObject({ command: true, overlap: 'CERTAIN', from: null, to: null });
    expect((report.findings[0]!.details!.organizations as string[]).length).toBe(MAX_CYCLE_LINKS);
  });

  it('`evidence-graph check` prints the report and exits 1 when anything is found, 0 when clean; --json prints the report', async () => {
    const run = (args: string[]) => runCommand(registerCheck, ['check', ...args]);
    expect(await run([])).toEqual({ out: 'integrity check: clean, no findings\n', exitCode: 0 });

    await cypher("MATCH (:Source)-[c:CITED_FOR]->(n:Posting {id: 'post:1'}) DELETE c");
    const text = await run([]);
    expect(text).toEqual({
      out: 'integrity check: 1 finding\n\nUNCITED_FACT (1)\n  - Posting post:1 cites no source: no (:Source)-[:CITED_FOR]-> link reaches it, and every fact must be sourced\n',
      exitCode: 1,
    });
    const json = await run(['--json']);
    expect(json.exitCode).toBe(1);
    expect(JSON.parse(json.out)).toEqual(await check());
  });

  it('finds nothing in the seed dataset, its held documents and every quote from them included', async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
    const report = await checkIntegrity(db.graph, { sourcesDir: SEED_SOURCES });
    expect(report.findings).toEqual([]);
    expect(report.clean).toBe(true);
    // The seed cites held files, so the check did look at them.
    const [held] = await db.graph.runText<{ n: number }>('MATCH (s:Source)-[c:CITED_FOR]->() WHERE s.file IS NOT NULL AND c.quote IS NOT NULL RETURN count(c) AS n', {}, 'READ');
    expect(held!.n).toBeGreaterThan(500);
    // The command line reads the held documents from SOURCES_DIR (seed/sources by default).
    expect(await runCommand(registerCheck, ['check'])).toEqual({ out: 'integrity check: clean, no findings\n', exitCode: 0 });
  });

  describe('the held source documents, given the sources folder', () => {
    let dir: string;
    const text = ['TITLE: two pages in one file', '', '[page one]', 'The unit was ordered to act.', '', '[page two]', 'Die Einheit handelte am 3. Mai.', ''].join('\n');
    const sha = createHash('sha256').update(text).digest('hex');
    const source = (id: string, extra: Record<string, unknown>) => ({ type: 'Source', id, title: id, kind: 'NEWS', reliability: 'C', file: 'pages.txt', sha256: sha, ...extra });
    const quoted = (id: string, source: string, locator: string, quote: string) => ({ type: 'Person', id, name: id, sources: [{ source, locator, credibility: 3, quote }] });

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'integrity-held-'));
      writeFileSync(join(dir, 'pages.txt'), text);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('is clean when each quote is in its own page and on the line its locator names, and the hash holds', async () => {
      await loadRecords(
        db.graph,
        numbered([
          source('src:one', { fileLines: '3-4', language: 'en' }),
          source('src:two', { fileLines: '6-7', language: 'de' }),
          quoted('person:q1', 'src:one', 'line 4', 'the unit was  ordered'),
          {
            ...quoted('person:q2', 'src:two', 'line 7', 'Die Einheit handelte am 3. Mai.'),
            sources: [{ source: 'src:two', locator: 'line 7', credibility: 3, quote: 'Die Einheit handelte am 3. Mai.', translation: 'The unit acted on 3 May.', translationBy: 'DATASET' }],
          },
        ]),
      );
      expect(await checkIntegrity(db.graph, { sourcesDir: dir })).toEqual({ clean: true, counts: {}, findings: [] });
      // In another folder the files are not held; without a folder they are not looked at.
      expect((await checkIntegrity(db.graph, { sourcesDir: join(dir, 'elsewhere') })).counts).toEqual({ SOURCE_FILE_NOT_HELD: 2 });
      expect((await check()).clean).toBe(true);
    });

    it("reports a missing file, a wrong hash, lines the file lacks, a quote from another page and a quote off its locator's line", async () => {
      await loadRecords(
        db.graph,
        numbered([
          source('src:gone', { file: 'gone.txt' }),
          source('src:hash', { sha256: 'f'.repeat(64) }),
          source('src:long', { fileLines: '6-40' }),
          source('src:one', { fileLines: '3-4' }),
          quoted('person:q3', 'src:one', 'line 7', 'Die Einheit handelte'),
          quoted('person:q4', 'src:one', 'line 3', 'The unit was ordered to act.'),
        ]),
      );
      const report = await checkIntegrity(db.graph, { sourcesDir: dir });
      expect(brief(report)).toEqual([
        ['SOURCE_FILE_NOT_HELD', 'src:gone', 'file'],
        ['HELD_FILE_HASH_MISMATCH', 'src:hash', 'sha256'],
        ['FILE_LINES_OUTSIDE_FILE', 'src:long', 'fileLines'],
        ['QUOTE_NOT_IN_HELD_FILE', 'person:q3', 'sources.quote'],
        ['QUOTE_NOT_AT_LOCATOR', 'person:q4', 'sources.quote'],
      ]);
      expect(report.findings.map((f) => f.message)).toEqual([
        'Source src:gone names the file "gone.txt", which is not held in the sources folder',
        `Source src:hash gives the SHA-256 ${'f'.repeat(64)} for "pages.txt", but the held file's is ${sha}`,
        'Source src:long claims lines 6-40 of "pages.txt", which has 7 lines',
        'Person person:q3 quotes src:one ("Die Einheit handelte"), which is not in lines 3-4 of pages.txt',
        'Person person:q4 quotes src:one at "line 3" ("The unit was ordered to act."), but pages.txt does not have it there',
      ]);
    });
  });

  it('formats findings grouped by check with counts, and a clean report in one line', () => {
    const f = (check: Finding['check'], recordId: string, message: string): Finding => ({ check, recordId, recordType: 'Posting', message });
    const report = buildReport([
      f('SUBORDINATION_CYCLE', 'sub:1', 'cycle one'),
      f('UNCITED_FACT', 'post:2', 'post 2 uncited'),
      f('POSTING_ENDS_BEFORE_START', 'post:3', 'post 3 ends early'),
      f('UNCITED_FACT', 'post:1', 'post 1 uncited'),
    ]);
    expect(report.counts).toEqual({ UNCITED_FACT: 2, POSTING_ENDS_BEFORE_START: 1, SUBORDINATION_CYCLE: 1 });
    expect(formatReport(report)).toBe(
      [
        'integrity check: 4 findings',
        '',
        'UNCITED_FACT (2)',
        '  - post 1 uncited',
        '  - post 2 uncited',
        '',
        'POSTING_ENDS_BEFORE_START (1)',
        '  - post 3 ends early',
        '',
        'SUBORDINATION_CYCLE (1)',
        '  - cycle one',
        '',
      ].join('\n'),
    );
    expect(formatReport(buildReport([]))).toBe('integrity check: clean, no findings\n');
  });
});
