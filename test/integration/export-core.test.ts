/**
 * The core of exports: the four selections on a small hand-built graph, closure over
 * references and rival accounts, determinism, protection, permissions, refusing to overwrite, the
 * audit entry, and the CLI.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { can, ROLES, type Viewer } from '../../src/domain/auth/permissions';
import { registerExport } from '../../src/entry/cli/export';
import { UsageError } from '../../src/entry/cli/usage-error';
import { ErrorCode } from '../../src/foundations/errors';
import { createExportInput, runExport, selectRecordIds, type ExportSelection } from '../../src/domain/exports';
import { generateSigningKeyPair } from '../../src/domain/exports/signing';
import { loadRecords } from '../../src/domain/writes/load-records';
import { recordSchema, type RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM, VICTIM_IDS, WITNESS } from '../fixtures/protection-scenario';
import { runCommand } from '../support/run-command';
import { clearGraph, openTestDatabase } from '../support/service';

const cite = (source = 'src:a', credibility = 2) => [{ source, locator: 'p. 1', credibility, quote: 'As reported.' }];

/** A unit under a ministry, its commander, an event with a rival account, a trial, an allegation. */
const GRAPH: RecordV1[] = [
  { type: 'Source', id: 'src:a', title: 'Report A', kind: 'NGO_REPORT', reliability: 'A', confidentiality: 'PUBLIC' },
  { type: 'Source', id: 'src:b', title: 'Report B', kind: 'NEWS', reliability: 'C', confidentiality: 'PUBLIC' },
  { type: 'Source', id: 'src:unused', title: 'Cited by nothing selected', kind: 'NEWS', reliability: 'C', confidentiality: 'PUBLIC' },
  { type: 'Place', id: 'place:city', name: 'City', sources: cite() },
  { type: 'Organization', id: 'org:ministry', name: 'Ministry', kind: 'MINISTRY', sources: cite() },
  { type: 'Organization', id: 'org:unit', name: 'Unit', kind: 'UNIT', sources: cite() },
  { type: 'Organization', id: 'org:other', name: 'Other unit', kind: 'UNIT', sources: cite('src:b', 5) },
  { type: 'Organization', id: 'org:court', name: 'Court', kind: 'COURT', sources: cite() },
  { type: 'Person', id: 'person:p1', name: 'Commander One', protection: 'NONE', sources: cite() },
  { type: 'Person', id: 'person:p2', name: 'Officer Two', protection: 'NONE', sources: cite('src:unused') },
  { type: 'Person', id: 'person:p3', name: 'Victim Three', protection: 'NONE', sources: cite() },
  { type: 'Event', id: 'event:e1', eventType: 'RAID', title: 'Raid', startDate: '2020-08-10', place: 'place:city', sources: cite() },
  { type: 'Event', id: 'event:e2', eventType: 'DETENTION', title: 'Detention', startDate: '2022-01-01', sources: cite() },
  { type: 'Trial', id: 'trial:t1', eventType: 'TRIAL', inAbsentia: false, title: 'Trial of Victim Three', court: 'org:court', startDate: '2022-03', sources: cite() },
  { type: 'Posting', id: 'post:p1-unit', person: 'person:p1', organization: 'org:unit', role: 'COMMANDER', startDate: '2019', endDate: '2023', sources: cite() },
  { type: 'Posting', id: 'post:p2-other', person: 'person:p2', organization: 'org:other', role: 'OFFICER', startDate: '2010', endDate: '2012', sources: cite('src:unused') },
  { type: 'Subordination', id: 'sub:unit-ministry', child: 'org:unit', parent: 'org:ministry', classification: 'COMMAND', sources: cite() },
  { type: 'Participation', id: 'part:unit-e1', actor: 'org:unit', event: 'event:e1', role: 'DIRECTLY_PERPETRATED', sources: cite('src:b', 5) },
  { type: 'Participation', id: 'part:p3-e1', actor: 'person:p3', event: 'event:e1', role: 'VICTIM', sources: cite() },
  { type: 'Participation', id: 'part:p3-t1', actor: 'person:p3', event: 'trial:t1', role: 'DEFENDANT', sources: cite() },
  // A rival account of who carried out the raid.
  { type: 'Participation', id: 'part:other-e1', actor: 'org:other', event: 'event:e1', role: 'DIRECTLY_PERPETRATED', contradicts: ['part:unit-e1'], sources: cite('src:b', 4) },
  { type: 'EventLink', id: 'link:e1-e2', from: 'event:e1', to: 'event:e2', relation: 'PRECEDES', sources: cite() },
  { type: 'LegalProvision', id: 'lp:x', instrument: 'Statute', article: '7', title: 'Crime', elements: [{ number: '1', text: 'Conduct', kind: 'CONDUCT' }], sources: cite() },
  { type: 'Allegation', id: 'alg:unit', accused: 'org:unit', provision: 'lp:x', mode: 'ART25_3_A', events: ['event:e1'], sources: cite() },
];

const ADMIN: Viewer = { id: 'test:admin', roles: ['admin'], cleared: true };
const UNCLEARED: Viewer = { id: 'test:analyst', roles: ['analyst'], cleared: false };

let db: Database;
let dir: string;

beforeAll(async () => {
  db = await openTestDatabase();
  dir = mkdtempSync(join(tmpdir(), 'export-core-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

async function load(records: RecordV1[]): Promise<void> {
  await clearGraph(db);
  await loadRecords(
    db.graph,
    records.map((record, line) => ({ line: line + 1, record })),
  );
}

const ids = async (selection: ExportSelection, viewer: Viewer = ADMIN) => (await selectRecordIds(db.graph, selection, viewer)).ids;
const sorted = (xs: string[]) => [...xs].sort();

async function readAll(selection: ExportSelection, viewer: Viewer): Promise<RecordV1[]> {
  const input = await createExportInput(db.graph, selection, viewer);
  const out: RecordV1[] = [];
  for await (const r of input.records()) out.push(r);
  return out;
}

describe('selections on a hand-built graph', () => {
  beforeAll(() => load(GRAPH));

  it('seeds, 1 hop: the facts at the seed and their other ends, closed over places, sources and rival accounts', async () => {
    expect(sorted(await ids({ by: 'seeds', ids: ['org:unit'], hops: 1 }))).toEqual(
      sorted([
        'org:unit',
        'post:p1-unit',
        'person:p1',
        'sub:unit-ministry',
        'org:ministry',
        'part:unit-e1',
        'event:e1',
        'alg:unit',
        'lp:x',
        'place:city',
        'src:a',
        'src:b',
        'part:other-e1',
        'org:other',
      ]),
    );
  });

  it('lists ids in export order: sources, entities, law, allegations, facts, each by type and id', async () => {
    expect(await ids({ by: 'seeds', ids: ['org:unit'], hops: 1 })).toEqual([
      'src:a',
      'src:b',
      'person:p1',
      'org:ministry',
      'org:other',
      'org:unit',
      'place:city',
      'event:e1',
      'lp:x',
      'alg:unit',
      'post:p1-unit',
      'sub:unit-ministry',
      'part:other-e1',
      'part:unit-e1',
    ]);
  });

  it('seeds, 0 hops: the seed and what it needs to import', async () => {
    expect(sorted(await ids({ by: 'seeds', ids: ['event:e1'], hops: 0 }))).toEqual(['event:e1', 'place:city', 'src:a']);
  });

  it('seeds, 0 hops, several ids: them and the facts drawn as edges between them (what a drawing shows), closed as always', async () => {
    const onScreen = ['org:unit', 'org:ministry', 'person:p1', 'event:e1', 'org:court'];
    expect(sorted(await ids({ by: 'seeds', ids: onScreen, hops: 0 }))).toEqual(
      sorted([
        ...onScreen,
        // Between them: the posting, the subordination, the unit's part in the raid (not the allegation: a node of its own, not on screen).
        'post:p1-unit',
        'sub:unit-ministry',
        'part:unit-e1',
        // The closure, as for every selection: the raid's place, the sources, the rival account of the raid and its actor.
        'place:city',
        'src:a',
        'src:b',
        'part:other-e1',
        'org:other',
      ]),
    );
    // The filters hold for them: the unit's part in the raid is cited C5 only.
    expect(await ids({ by: 'seeds', ids: onScreen, hops: 0, minGrade: 'B2' })).not.toContain('part:unit-e1');
    // A fact with an end off screen is not between them.
    expect(await ids({ by: 'seeds', ids: ['person:p3', 'event:e1'], hops: 0 })).toEqual(expect.arrayContaining(['part:p3-e1']));
    expect(await ids({ by: 'seeds', ids: ['person:p3', 'event:e1'], hops: 0 })).not.toContain('part:p3-t1');
  });

  it('seeds, 2 hops reach across events to their other participants and links', async () => {
    const two = await ids({ by: 'seeds', ids: ['org:unit'], hops: 2 });
    expect(two).toEqual(expect.arrayContaining(['part:p3-e1', 'person:p3', 'link:e1-e2', 'event:e2']));
    expect(two).not.toContain('trial:t1');
    expect(two).not.toContain('src:unused');
  });

  it('seeds with a minimum grade leave out weaker facts (and what only they reached)', async () => {
    const strong = await ids({ by: 'seeds', ids: ['org:unit'], hops: 1, minGrade: 'B2' });
    expect(strong).not.toContain('part:unit-e1');
    expect(strong).not.toContain('part:other-e1');
    expect(strong).toEqual(expect.arrayContaining(['post:p1-unit', 'sub:unit-ministry', 'alg:unit', 'event:e1']));
  });

  it('seeds with a date window leave out events and dated facts outside it', async () => {
    const later = await ids({ by: 'seeds', ids: ['org:unit'], hops: 1, from: '2021' });
    expect(later).not.toContain('event:e1');
    expect(later).not.toContain('alg:unit');
    expect(later).toEqual(expect.arrayContaining(['post:p1-unit', 'sub:unit-ministry']));
    const earlier = await ids({ by: 'seeds', ids: ['person:p1'], hops: 1, to: '2018' });
    expect(earlier).not.toContain('post:p1-unit');
  });

  it('seeds with kinds follow only facts whose every end is of those kinds', async () => {
    expect(sorted(await ids({ by: 'seeds', ids: ['org:unit'], hops: 1, kinds: ['PERSON', 'ORGANIZATION'] }))).toEqual(
      sorted(['org:unit', 'post:p1-unit', 'person:p1', 'sub:unit-ministry', 'org:ministry', 'src:a']),
    );
  });

  it('a fact as seed brings the records it links, expanded like seeds', async () => {
    const fromFact = await ids({ by: 'seeds', ids: ['post:p1-unit'], hops: 0 });
    expect(sorted(fromFact)).toEqual(['org:unit', 'person:p1', 'post:p1-unit', 'src:a']);
  });

  it('an unknown seed is NOT_FOUND naming it', async () => {
    await expect(selectRecordIds(db.graph, { by: 'seeds', ids: ['org:unit', 'org:nope'] }, ADMIN)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, message: expect.stringContaining('"org:nope"') });
  });

  it('event: the event, all its participants, and its chain of command at its start date', async () => {
    expect(sorted(await ids({ by: 'event', event: 'event:e1' }))).toEqual(
      sorted([
        'event:e1',
        'place:city',
        'part:unit-e1',
        'part:other-e1',
        'part:p3-e1',
        'org:unit',
        'org:other',
        'person:p3',
        'sub:unit-ministry',
        'org:ministry',
        'post:p1-unit',
        'person:p1',
        'src:a',
        'src:b',
      ]),
    );
  });

  it('event: at a date when the commander was not posted, no commander', async () => {
    const later = await ids({ by: 'event', event: 'event:e1', at: '2024' });
    expect(later).not.toContain('post:p1-unit');
    await expect(selectRecordIds(db.graph, { by: 'event', event: 'org:unit' }, ADMIN)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('a trial brings its court', async () => {
    expect(sorted(await ids({ by: 'event', event: 'trial:t1' }))).toEqual(sorted(['trial:t1', 'org:court', 'part:p3-t1', 'person:p3', 'src:a']));
  });

  it('allegation: the allegation, accused, provision, events and their participants', async () => {
    expect(sorted(await ids({ by: 'allegation', allegation: 'alg:unit' }))).toEqual(
      sorted(['alg:unit', 'org:unit', 'lp:x', 'event:e1', 'place:city', 'part:unit-e1', 'part:other-e1', 'part:p3-e1', 'org:other', 'person:p3', 'src:a', 'src:b']),
    );
  });

  it('all: every record', async () => {
    expect(sorted(await ids({ by: 'all' }))).toEqual(sorted(GRAPH.map((r) => r.id)));
  });

  it('the records read back are the stored records, closed: every reference and citation is in the export', async () => {
    const records = await readAll({ by: 'seeds', ids: ['org:unit'], hops: 1 }, ADMIN);
    const inExport = new Set(records.map((r) => r.id));
    for (const r of records) {
      expect(r).toEqual(recordSchema.parse(GRAPH.find((g) => g.id === r.id)));
      const refs = [...JSON.stringify(r).matchAll(/"((?:src|org|person|place|event|trial|post|sub|part|link|lp|alg):[^"]+)"/g)].map((m) => m[1]!);
      for (const ref of refs) expect(inExport).toContain(ref);
    }
  });
});

describe('running an export', () => {
  beforeAll(() => load(GRAPH));
  const request = (out: string, extra: object = {}) => ({ selection: { by: 'seeds', ids: ['org:unit'], hops: 1 } as ExportSelection, format: 'records' as const, out, ...extra });

  it('writes the file, its hash and counts, and audits the export; two runs are byte-identical', async () => {
    const phases = new Set<string>();
    const a = await runExport(db.graph, { ...request(join(dir, 'a.jsonl')), onProgress: (p) => phases.add(p) }, ADMIN, { sourcesDir: dir });
    const b = await runExport(db.graph, request(join(dir, 'b.jsonl')), ADMIN, { sourcesDir: dir });
    expect(readFileSync(a.path)).toEqual(readFileSync(b.path));
    expect(a.sha256).toBe(b.sha256);
    expect(a.bytes).toBe(readFileSync(a.path).length);
    expect(a.counts).toEqual({ records: 14, sources: 2, nodes: 8, facts: 4 });
    expect(a.redaction).toEqual({ cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 });
    expect([...phases]).toEqual(['selecting', 'writing']);
    const [entry] = await db.graph.runText<{ actor: string; target: string; details: string }>(
      "MATCH (e:_Audit {action: 'export'}) RETURN e.actor AS actor, e.target AS target, e.details AS details ORDER BY e.seq LIMIT 1",
      {},
      'READ',
    );
    expect(entry).toMatchObject({ actor: 'test:admin', target: `export:${a.sha256.slice(0, 16)}` });
    expect(JSON.parse(entry!.details)).toMatchObject({
      bundleHash: a.sha256,
      selection: { format: 'records', selection: { by: 'seeds', ids: ['org:unit'], hops: 1 }, counts: a.counts, redaction: a.redaction },
    });
  });

  it('refuses an existing out unless forced, and leaves no partial file behind', async () => {
    const out = join(dir, 'exists.jsonl');
    writeFileSync(out, 'keep me');
    await expect(runExport(db.graph, request(out), ADMIN, { sourcesDir: dir })).rejects.toMatchObject({ code: ErrorCode.CONFLICT, details: { field: 'out' } });
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await runExport(db.graph, request(out, { force: true }), ADMIN, { sourcesDir: dir });
    expect(readFileSync(out, 'utf8')).toContain('"id":"org:unit"');
    expect(forced.path).toBe(out);
    await expect(runExport(db.graph, request(join(dir, 'no-such-folder', 'x.jsonl')), ADMIN, { sourcesDir: dir })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
  });

  it('requires the export permission, and exportBundle for bundles', async () => {
    const nobody: Viewer = { id: 'test:nobody', roles: [], cleared: false };
    await expect(runExport(db.graph, request(join(dir, 'x.jsonl')), nobody, { sourcesDir: dir })).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN, details: { action: 'export' } });
    await expect(runExport(db.graph, { ...request(join(dir, 'bundle')), format: 'bundle' }, UNCLEARED, { sourcesDir: dir })).rejects.toMatchObject({
      code: ErrorCode.FORBIDDEN,
      details: { action: 'exportBundle' },
    });
  });

  it('a bundle needs a signing key; a failed bundle leaves nothing behind and no audit entry', async () => {
    const out = join(dir, 'bundle');
    await expect(runExport(db.graph, { ...request(out), format: 'bundle' }, ADMIN, { sourcesDir: dir })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'signingKey' } });
    const audits = async () => (await db.graph.runText<{ n: number }>("MATCH (e:_Audit {action: 'export'}) RETURN count(e) AS n", {}, 'READ'))[0]!.n;
    const before = await audits();
    await expect(runExport(db.graph, { ...request(out), format: 'bundle' }, ADMIN, { sourcesDir: dir, signingKeyPem: 'not a key' })).rejects.toThrow();
    expect(await audits()).toBe(before);
    expect(readdirSync(dir).filter((f) => f.startsWith('bundle') || f.includes('.partial-'))).toEqual([]);
  });

  it('validates the selection and the format before anything is read', async () => {
    await expect(runExport(db.graph, { ...request(join(dir, 'y.jsonl')), selection: { by: 'seeds', ids: ['org:unit'], hops: 7 } }, ADMIN, { sourcesDir: dir })).rejects.toMatchObject({
      code: ErrorCode.LIMIT_EXCEEDED,
    });
    await expect(runExport(db.graph, { ...request(join(dir, 'y.jsonl')), format: 'pdf' as never }, ADMIN, { sourcesDir: dir })).rejects.toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'format' },
    });
  });
});

describe('protection', () => {
  beforeAll(() => load(PROTECTION_SCENARIO));

  it('an uncleared export of everything holds no word of a protected name and no withheld id', async () => {
    const out = join(dir, 'uncleared.jsonl');
    const result = await runExport(db.graph, { selection: { by: 'all' }, format: 'records', out }, UNCLEARED, { sourcesDir: dir });
    const text = readFileSync(out, 'utf8');
    for (const word of PROTECTED_WORDS) expect(text.toLowerCase()).not.toContain(word);
    for (const id of VICTIM_IDS) expect(text).not.toContain(`"${id}"`);
    expect(text).toContain(WITNESS.pseudonym);
    expect(result.redaction).toEqual({ cleared: false, pseudonymised: 1, withheld: 1, recordsOmitted: 5, confidentialSources: 1 });
    expect(result.counts.records).toBe(PROTECTION_SCENARIO.length - VICTIM_IDS.length);
    for (const line of text.trim().split('\n')) expect(recordSchema.safeParse(JSON.parse(line)).success).toBe(true);
    const witness = text
      .split('\n')
      .map((l) => (l ? JSON.parse(l) : null))
      .find((r) => r?.id === WITNESS.id);
    expect(witness).toEqual({
      type: 'Person',
      id: WITNESS.id,
      name: WITNESS.pseudonym,
      pseudonym: WITNESS.pseudonym,
      protection: 'PSEUDONYM',
      sources: [{ source: 'src:x-testimony', locator: 'p. 1', credibility: 1 }],
    });
  });

  // Every role × every format, without clearance: what a role may export holds nothing protected; what it may not is refused.
  const FORMATS = ['graphml', 'gexf', 'cytoscape', 'csv', 'ftm', 'records', 'bundle'] as const;
  it.each(ROLES.flatMap((role) => FORMATS.map((format) => [role, format] as const)))('uncleared %s, %s: no word of a protected name, no withheld id, in any file', async (role, format) => {
    const viewer: Viewer = { id: `test:${role}`, roles: [role], cleared: false };
    const out = join(dir, `protected-${role}-${format}`);
    const signingKeyPem = generateSigningKeyPair().privateKeyPem;
    const request = { selection: { by: 'all' } as const, format, out };
    if (!can(viewer, format === 'bundle' ? 'exportBundle' : 'export')) {
      await expect(runExport(db.graph, request, viewer, { sourcesDir: dir, signingKeyPem })).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      return;
    }
    const result = await runExport(db.graph, request, viewer, { sourcesDir: dir, signingKeyPem });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    const files = statSync(out).isDirectory()
      ? readdirSync(out, { recursive: true, withFileTypes: true })
          .filter((f) => f.isFile())
          .map((f) => join(f.parentPath, f.name))
      : [out];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const word of PROTECTED_WORDS) expect(text.toLowerCase()).not.toContain(word);
      for (const id of VICTIM_IDS) expect(text).not.toContain(id);
    }
  });

  it('a cleared export holds the real names and the withheld victim', async () => {
    const records = await readAll({ by: 'all' }, ADMIN);
    const text = JSON.stringify(records);
    expect(text).toContain(WITNESS.name);
    expect(text).toContain(VICTIM.name);
    expect(records.map((r) => r.id)).toEqual(expect.arrayContaining(VICTIM_IDS));
  });

  it.each<[string, ExportSelection]>([
    ['seeds', { by: 'seeds', ids: ['org:x-unit', 'event:x-raid'], hops: 2 }],
    ['event', { by: 'event', event: 'event:x-raid' }],
    ['allegation', { by: 'allegation', allegation: 'alg:x-unit' }],
  ])('%s: uncleared, the withheld victim and her facts are left out and counted; nothing is reached through her', async (_name, selection) => {
    const input = await createExportInput(db.graph, selection, UNCLEARED);
    const records: RecordV1[] = [];
    for await (const r of input.records()) records.push(r);
    const text = JSON.stringify(records).toLowerCase();
    for (const word of PROTECTED_WORDS) expect(text).not.toContain(word);
    for (const id of VICTIM_IDS) expect(text).not.toContain(`"${id}"`);
    expect(input.redaction.withheld).toBe(1);
    expect(input.redaction.recordsOmitted).toBeGreaterThan(0);
    expect(records.map((r) => r.id)).not.toContain('org:x-ngo'); // reached only through the victim's posting
    expect(records).toHaveLength(input.counts.records);
  });

  it('a withheld seed or an allegation against her is NOT_FOUND to an uncleared viewer, as an unknown id', async () => {
    await expect(selectRecordIds(db.graph, { by: 'seeds', ids: [VICTIM.id] }, UNCLEARED)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, message: `no record with id "${VICTIM.id}"` });
    await expect(selectRecordIds(db.graph, { by: 'seeds', ids: ['person:x-unknown'] }, UNCLEARED)).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
      message: 'no record with id "person:x-unknown"',
    });
    await expect(selectRecordIds(db.graph, { by: 'allegation', allegation: 'alg:x-v1' }, UNCLEARED)).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await ids({ by: 'seeds', ids: [VICTIM.id], hops: 1 }, ADMIN)).toEqual(expect.arrayContaining(['org:x-ngo', 'post:x-v1-ngo']));
  });
});

describe('evidence-graph export', () => {
  beforeAll(() => load(GRAPH));
  const run = (args: string[]) => runCommand(registerExport, ['export', ...args]);

  it('writes an export and prints where, its hash, counts and redaction; not cleared by default', async () => {
    const out = join(dir, 'cli.jsonl');
    const { out: printed, exitCode } = await run(['--format', 'records', '--out', out, '--ids', 'org:unit', '--hops', '1']);
    expect(exitCode).toBe(0);
    expect(printed).toContain(`records export written to ${out}`);
    expect(printed).toMatch(/sha256 +[0-9a-f]{64}/);
    expect(printed).toContain('records    14: 2 sources, 8 nodes, 4 facts');
    expect(printed).toContain('redaction  not cleared');
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean)).toHaveLength(14);
    const [entry] = await db.graph.runText<{ actor: string }>("MATCH (e:_Audit {action: 'export'}) RETURN e.actor AS actor ORDER BY e.seq DESC LIMIT 1", {}, 'READ');
    expect(entry!.actor).toMatch(/^cli:/);
  });

  it('--event, --allegation and --all with --cleared, --json', async () => {
    const out = join(dir, 'cli-all.jsonl');
    const { out: printed } = await run(['--format', 'records', '--out', out, '--all', '--cleared', '--json']);
    expect(JSON.parse(printed)).toMatchObject({ format: 'records', counts: { records: GRAPH.length }, redaction: { cleared: true } });
    expect((await run(['--format', 'records', '--out', join(dir, 'cli-event.jsonl'), '--event', 'event:e1', '--at', '2020-08'])).exitCode).toBe(0);
    expect((await run(['--format', 'records', '--out', join(dir, 'cli-alg.jsonl'), '--allegation', 'alg:unit'])).exitCode).toBe(0);
  });

  it.each([
    [['--format', 'records', '--out', 'x.jsonl'], 'choose exactly one selection'],
    [['--format', 'records', '--out', 'x.jsonl', '--ids', 'org:unit', '--all'], 'choose exactly one selection'],
    [['--format', 'records', '--out', 'x.jsonl', '--all', '--hops', '2'], '--hops only goes with --ids'],
    [['--format', 'records', '--out', 'x.jsonl', '--ids', 'org:unit', '--at', '2020'], '--at only goes with --event'],
    [['--format', 'records', '--out', 'x.jsonl', '--ids', 'org:unit', '--hops', '9'], 'hops: at most 4'],
    [['--format', 'records', '--out', 'x.jsonl', '--ids', 'org:unit', '--min-grade', 'Z9'], '"Z9" is not a grade'],
    [['--format', 'records', '--out', 'x.jsonl', '--ids', 'org:unit', '--kinds', 'PERSON,SHIP'], 'kinds.1: must be one of'],
    [['--format', 'pdf', '--out', 'x.jsonl', '--all'], '--format must be one of'],
    [['--format', 'records', '--all'], '--out PATH is required'],
  ])('%j is a usage error (exit 2): %s', async (args, message) => {
    await expect(run(args)).rejects.toThrow(UsageError);
    await expect(run(args)).rejects.toThrow(message);
  });

  it('an existing out or an unknown id is a usage error naming it', async () => {
    const out = join(dir, 'cli-exists.jsonl');
    writeFileSync(out, '');
    await expect(run(['--format', 'records', '--out', out, '--all'])).rejects.toThrow(/already exists; .*--force/);
    await expect(run(['--format', 'records', '--out', join(dir, 'z.jsonl'), '--ids', 'org:nope'])).rejects.toThrow('no record with id "org:nope"');
  });
});
