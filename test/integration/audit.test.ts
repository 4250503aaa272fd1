/**
 * The audit trail against the real Neo4j: mutations and imports append entries in the same
 * transaction as the change (nothing when the change fails or rolls back); the entries form a
 * linear hash chain even under concurrent writers; `verify` finds changed, removed and unlinked
 * entries and a head that disagrees; the CLI and GraphQL (admins only) read it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendAudit, auditExport, entryHash, GENESIS_HASH, verifyAudit, type AuditEntry } from '../../src/domain/audit';
import type { Viewer } from '../../src/domain/auth/permissions';
import { registerAudit } from '../../src/entry/cli/audit';
import { AppError, ErrorCode } from '../../src/foundations/errors';
import { openReader } from '../../src/domain/import/formats';
import { runImport } from '../../src/domain/import/pipeline';
import { loadRecords } from '../../src/domain/writes/load-records';
import { readRecords } from '../../src/storage/records/read';
import { recordSchema, type RecordType, type RecordV1 } from '../../src/storage/records/schemas';
import { recordHash } from '../../src/storage/records/write/rows';
import { writeRecords } from '../../src/storage/records/write/write-records';
import { loadSeed, readSeed, SEED_DIR } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';
import { runCommand } from '../support/run-command';

jest.setTimeout(120_000);

let db: Database;
const ADMIN: Viewer = { id: 'user:admin', roles: ['admin'], cleared: false };
const ADMIN_CLEARED: Viewer = { id: 'user:admin-cleared', roles: ['admin'], cleared: true };
const ANALYST: Viewer = { id: 'user:analyst', roles: ['analyst'], cleared: false };
const INVESTIGATOR: Viewer = { id: 'user:inv', roles: ['investigator'], cleared: false };

const SOURCE: RecordV1 = { type: 'Source', id: 'src:a-report', title: 'Audit test report', kind: 'NEWS', reliability: 'B', confidentiality: 'PUBLIC' };
const cite = [{ source: 'src:a-report', locator: 'para. 1', credibility: 2 }];
const person = (id: string, name: string, extra: Record<string, unknown> = {}) => ({ type: 'Person' as const, id, name, sources: cite, ...extra });

interface Payload {
  record: { id: string } | null;
  errors: { code: string; field: string | null; message: string }[];
}

async function mutate(mode: 'create' | 'update', record: Record<string, unknown> & { type: RecordType }, viewer: Viewer = INVESTIGATOR) {
  const { type, ...input } = record;
  const field = `${mode}${type}`;
  const r = await execute<Record<string, Payload>>(db.graph, `mutation M($input: ${type}Input!) { ${field}(input: $input) { record { id } errors { code field message } } }`, { input }, viewer);
  expect(r.errors).toBeUndefined();
  return r.data![field]!;
}

/** Every entry in chain order, details parsed. */
async function entries(): Promise<AuditEntry[]> {
  const rows = await db.graph.runText<AuditEntry & { details: string }>(
    'MATCH (a:_Audit) RETURN a.seq AS seq, a.at AS at, a.actor AS actor, a.action AS action, a.target AS target, a.details AS details, a.prevHash AS prevHash, a.hash AS hash ORDER BY a.seq',
    {},
    'READ',
  );
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }));
}
const head = async () => (await db.graph.runText<{ seq: number; hash: string }>("MATCH (h:_AuditHead {id: 'head'}) RETURN h.seq AS seq, h.hash AS hash", {}, 'READ'))[0];
const cypher = (text: string, params: Record<string, unknown> = {}) => db.graph.runText(text, params);

beforeAll(async () => {
  db = await openTestDatabase();
});
beforeEach(async () => {
  await clearGraph(db);
  await loadRecords(db.graph, [{ line: 1, record: SOURCE }]); // not audited: the fixture every test cites
});
afterAll(() => db.close());

it('plans every audit query without parameters (as start-up does)', async () => {
  const names = db.graph.cypher.names().filter((n) => n.startsWith('audit/'));
  expect(names.length).toBeGreaterThanOrEqual(7);
  for (const name of names) await db.graph.runText(`EXPLAIN ${db.graph.cypher.get(name)}`, {}, 'READ');
});

describe('mutations', () => {
  it('append one entry per create and update, with before and after, in a chain', async () => {
    expect(await mutate('create', person('person:a', 'Anna'))).toEqual({ record: { id: 'person:a' }, errors: [] });
    const created = (await readRecords(db.graph, ['person:a'])).get('person:a')!;
    expect(await mutate('update', person('person:a', 'Anna Petrova', { aliases: ['A. P.'] }))).toEqual({ record: { id: 'person:a' }, errors: [] });
    const updated = (await readRecords(db.graph, ['person:a'])).get('person:a')!;
    // An update that changes nothing is recorded too (someone asked for it), without images.
    await mutate('update', person('person:a', 'Anna Petrova', { aliases: ['A. P.'] }));

    const [e1, e2, e3, ...rest] = await entries();
    expect(rest).toEqual([]);
    expect(e1).toMatchObject({ seq: 1, actor: 'user:inv', action: 'create', target: 'person:a', prevHash: GENESIS_HASH });
    expect(e1!.details).toEqual({ recordType: 'Person', outcome: 'created', hash: recordHash(created), before: null, after: created });
    expect(e2).toMatchObject({ seq: 2, action: 'update', target: 'person:a', prevHash: e1!.hash });
    expect(e2!.details).toEqual({ recordType: 'Person', outcome: 'updated', hash: recordHash(updated), before: created, after: updated });
    expect(e3).toMatchObject({ seq: 3, action: 'update', prevHash: e2!.hash, details: { recordType: 'Person', outcome: 'unchanged', hash: recordHash(updated) } });
    for (const e of [e1!, e2!, e3!]) {
      const { hash, ...content } = e;
      expect(entryHash(content)).toBe(hash);
      expect(Date.parse(e.at)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(await head()).toEqual({ seq: 3, hash: e3!.hash });
    expect(await verifyAudit(db.graph)).toEqual({ ok: true, entries: 3, head: { seq: 3, hash: e3!.hash }, problems: [] });
  });

  it('write no entry when the input fails validation or the id conflicts', async () => {
    const bad = await mutate('create', person('person:b', 'B', { sources: [] }));
    expect(bad.errors[0]).toMatchObject({ code: 'VALIDATION_FAILED', field: 'sources' });
    await mutate('create', person('person:b', 'B'));
    const conflict = await mutate('create', person('person:b', 'B again'));
    expect(conflict.errors[0]).toMatchObject({ code: 'CONFLICT' });
    const missing = await mutate('update', person('person:nobody', 'N'));
    expect(missing.errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    // The in-transaction check (a create that lost a race) fails after nothing was appended.
    await expect(
      loadRecords(db.graph, [{ line: 1, record: person('person:b', 'Racer') as RecordV1 }], { expect: { id: 'person:b', type: 'Person', mode: 'create' }, audit: { actor: 'racer' } }),
    ).rejects.toMatchObject({
      code: ErrorCode.CONFLICT,
    });
    expect((await entries()).map((e) => [e.seq, e.action, e.target])).toEqual([[1, 'create', 'person:b']]);
    expect((await head())!.seq).toBe(1);
  });

  it('roll back with the change: a failure after the append leaves neither record nor entry', async () => {
    await mutate('create', person('person:c', 'C'));
    const before = await head();
    await expect(
      db.graph.transaction(async (tx) => {
        await writeRecords(tx, [person('person:d', 'D') as RecordV1]);
        await appendAudit(tx, { actor: 'user:x', action: 'create', target: 'person:d', details: { after: 'D' } });
        throw new Error('boom after the append');
      }),
    ).rejects.toThrow('boom after the append');
    expect(await readRecords(db.graph, ['person:d'])).toEqual(new Map());
    expect(await head()).toEqual(before);
    expect((await entries()).length).toBe(1);
    // …and the chain goes on from where it was.
    await mutate('create', person('person:e', 'E'));
    expect((await entries()).map((e) => e.seq)).toEqual([1, 2]);
    expect((await verifyAudit(db.graph)).ok).toBe(true);
  });

  it('stay linear under concurrent writers: 20 mutations at once, 20 entries, no duplicate or gap', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => mutate('create', person(`person:p${i}`, `P ${i}`))));
    expect(results.every((r) => r.errors.length === 0)).toBe(true);
    const all = await entries();
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(new Set(all.map((e) => e.target)).size).toBe(20);
    for (let i = 1; i < all.length; i++) expect(all[i]!.prevHash).toBe(all[i - 1]!.hash);
    // Timestamps are taken under the head's lock: they follow the chain.
    for (let i = 1; i < all.length; i++) expect(all[i]!.at >= all[i - 1]!.at).toBe(true);
    expect(await verifyAudit(db.graph, { pageSize: 7 })).toMatchObject({ ok: true, entries: 20, problems: [] });
  });
});

describe('imports', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eg-audit-'));
  const file = (name: string, records: object[]) => {
    const path = join(dir, name);
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    return path;
  };
  async function importFile(path: string, actor = 'cli:tester') {
    const { reader, format } = await openReader(path, 'auto', {});
    return runImport(db.graph, reader, { file: path, format, batchSize: 2, actor });
  }

  it('append one entry per batch with the ids and hashes written, by outcome', async () => {
    const records = [
      person('person:i1', 'I1'),
      person('person:i2', 'I2'),
      person('person:i3', 'I3', { contradicts: ['person:i1'] }),
      { type: 'Organization', id: 'org:i', name: 'Org I', kind: 'UNIT', sources: cite },
    ] as RecordV1[];
    const path = file('a.jsonl', records);
    const report = await importFile(path);
    expect(report.written).toBe(true);
    const all = await entries();
    // Tier of entities: 4 records in batches of 2; then one batch of contradictions.
    expect(all.length).toBe(report.batches);
    expect(all.map((e) => [e.seq, e.actor, e.action])).toEqual([
      [1, 'cli:tester', 'import-batch'],
      [2, 'cli:tester', 'import-batch'],
      [3, 'cli:tester', 'import-batch'],
    ]);
    const key = (all[0]!.details as { key: string }).key;
    expect(all.every((e) => e.target === `import:${key}`)).toBe(true);
    const written = [all[0]!, all[1]!].flatMap((e) => (e.details as { records: { created: [string, string][] } }).records.created);
    expect(new Map(written)).toEqual(new Map(records.map((r) => [r.id, recordHash(recordSchema.parse(r))])));
    expect(all[0]!.details).toMatchObject({ file: path, batch: 1, batches: 3, pass: 'records', records: { updated: [], unchanged: [] } });
    expect(all[2]!.details).toMatchObject({ batch: 3, pass: 'contradictions', contradictions: [{ id: 'person:i3', contradicts: ['person:i1'] }] });

    // The same records again, one changed: a new import (another file), outcomes as the writer saw them.
    const again = file('b.jsonl', [records[0]!, { ...records[1]!, name: 'I2 renamed' }]);
    await importFile(again, 'cli:other');
    const [last] = (await entries()).slice(-1);
    expect(last).toMatchObject({ seq: 4, actor: 'cli:other', action: 'import-batch' });
    expect((last!.details as { records: unknown }).records).toEqual({
      created: [],
      updated: [['person:i2', recordHash(recordSchema.parse({ ...records[1]!, name: 'I2 renamed' }))]],
      unchanged: [['person:i1', recordHash(recordSchema.parse(records[0]!))]],
    });
    expect((await verifyAudit(db.graph)).ok).toBe(true);
  });

  it('write nothing to the trail for a dry run or a rejected file', async () => {
    const bad = file('bad.jsonl', [person('person:j', 'J', { birthDate: 'yesterday' })]);
    expect((await importFile(bad)).written).toBe(false);
    const path = file('ok.jsonl', [person('person:k', 'K')]);
    const { reader, format } = await openReader(path, 'auto', {});
    expect((await runImport(db.graph, reader, { file: path, format, dryRun: true, actor: 'x' })).written).toBe(false);
    expect(await entries()).toEqual([]);
  });
});

describe('seed', () => {
  it('appends one `seed` entry for the whole dataset, with each record’s id and hash by outcome', async () => {
    const seed = await readSeed();
    await loadSeed(db.graph);
    await loadSeed(db.graph, SEED_DIR(), 'cli:tester');
    const [first, second, ...rest] = await entries();
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ seq: 1, actor: 'system:seed', action: 'seed', target: 'seed', details: { files: expect.arrayContaining([expect.stringMatching(/\.jsonl$/)]) } });
    const d1 = first!.details as { records: { created: [string, string][]; updated: unknown[]; unchanged: unknown[] } };
    expect(new Map(d1.records.created)).toEqual(new Map(seed.map((r) => [r.record.id, recordHash(r.record)])));
    expect(second).toMatchObject({ seq: 2, actor: 'cli:tester', details: { records: { created: [], updated: [] } } });
    expect((second!.details as { records: { unchanged: unknown[] } }).records.unchanged.length).toBe(seed.length);
    expect((await verifyAudit(db.graph)).ok).toBe(true);
  });
});

describe('exports', () => {
  it('record the selection and the bundle hash through auditExport, inside the caller’s transaction', async () => {
    const e = await db.graph.transaction((tx) => auditExport(tx, { actor: 'user:referral', selection: { ids: ['person:a'], format: 'jsonl' }, bundleHash: 'f'.repeat(64), target: 'bundle-1.zip' }));
    expect(e).toMatchObject({ seq: 1, action: 'export', actor: 'user:referral', target: 'bundle-1.zip', details: { selection: { ids: ['person:a'], format: 'jsonl' }, bundleHash: 'f'.repeat(64) } });
    expect(await entries()).toEqual([e]);
  });
});

describe('verify', () => {
  beforeEach(async () => {
    for (const i of [1, 2, 3, 4, 5]) await mutate('create', person(`person:v${i}`, `V ${i}`));
    expect((await verifyAudit(db.graph)).ok).toBe(true);
  });

  it('reports an entry whose content was changed', async () => {
    await cypher("MATCH (a:_Audit {seq: 3}) SET a.details = replace(a.details, 'V 3', 'Someone else')");
    expect((await verifyAudit(db.graph)).problems).toEqual([
      { seq: 3, kind: 'CHANGED', message: 'entry 3 (create by user:inv): its content does not match its hash; it was changed after it was written' },
    ]);
    await cypher('MATCH (a:_Audit {seq: 4}) SET a.details = "not json", a.actor = "someone"');
    expect((await verifyAudit(db.graph)).problems.map((p) => [p.seq, p.kind])).toEqual([
      [3, 'CHANGED'],
      [4, 'CHANGED'],
    ]);
  });

  it('reports a removed entry, and an entry altered with its hash recomputed', async () => {
    await cypher('MATCH (a:_Audit {seq: 2}) DELETE a');
    expect((await verifyAudit(db.graph)).problems).toEqual([{ seq: 2, kind: 'REMOVED', message: 'entry 2 is missing' }]);
    await cypher('MATCH (a:_Audit) WHERE a.seq IN [1] DELETE a');
    expect((await verifyAudit(db.graph)).problems).toEqual([{ seq: 1, kind: 'REMOVED', message: 'entries 1 to 2 are missing' }]);

    // Rewrite entry 4 consistently (content and hash): only the link from entry 5 betrays it.
    const e4 = (await entries()).find((e) => e.seq === 4)!;
    const forged = { ...e4, actor: 'user:nobody' };
    const { hash: _old, ...content } = forged;
    await cypher('MATCH (a:_Audit {seq: 4}) SET a.actor = $actor, a.hash = $hash', { actor: forged.actor, hash: entryHash(content) });
    const v = await verifyAudit(db.graph);
    expect(v.problems.map((p) => [p.seq, p.kind])).toEqual([
      [1, 'REMOVED'],
      [5, 'BROKEN_LINK'],
    ]);
  });

  it('reports a head that disagrees with the last entry', async () => {
    await cypher("MATCH (h:_AuditHead) SET h.hash = 'x'");
    expect((await verifyAudit(db.graph)).problems).toEqual([{ seq: 5, kind: 'HEAD_MISMATCH', message: 'the head’s hash is not entry 5’s hash' }]);
    await cypher('MATCH (h:_AuditHead), (a:_Audit {seq: 5}) SET h.hash = a.hash');
    expect((await verifyAudit(db.graph)).ok).toBe(true);

    // The last entry removed: only the head shows it.
    await cypher('MATCH (a:_Audit {seq: 5}) DELETE a');
    expect((await verifyAudit(db.graph)).problems).toEqual([
      { seq: 5, kind: 'HEAD_MISMATCH', message: 'the head says the trail ends at entry 5, but the last entry is 4: the entries after it were removed, or the head was changed' },
    ]);
    await cypher('MATCH (h:_AuditHead) SET h.seq = 2');
    expect((await verifyAudit(db.graph)).problems.map((p) => [p.seq, p.kind])).toEqual([[2, 'HEAD_MISMATCH']]);

    // No head at all: reported, and nothing more can be recorded until it is sorted out.
    await cypher('MATCH (h:_AuditHead) DELETE h');
    expect((await verifyAudit(db.graph)).problems).toEqual([{ seq: 4, kind: 'HEAD_MISMATCH', message: 'the trail has 4 entries but no head' }]);
    const err = await loadRecords(db.graph, [{ line: 1, record: person('person:late', 'Late') as RecordV1 }], { audit: { actor: 'x' } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).message).toMatch(/audit trail's head \(entry 0\) disagrees with its entries/);
    expect(await readRecords(db.graph, ['person:late'])).toEqual(new Map());
  });

  it('runs as `evidence-graph audit verify` and `audit list`, with exit codes', async () => {
    const run = (args: string[]) => runCommand(registerAudit, ['audit', ...args]);
    const h = (await head())!;
    expect(await run(['verify'])).toEqual({ out: `audit trail: intact, 5 entries; head: entry 5, ${h.hash}\n`, exitCode: 0 });

    const list = await run(['list', '--limit', '2']);
    expect(list.exitCode).toBe(0);
    expect(
      list.out
        .trimEnd()
        .split('\n')
        .map((l) => l.split(/\s{2,}/).filter(Boolean)),
    ).toEqual([
      ['5', expect.any(String), 'user:inv', 'create', 'person:v5', 'Person created'],
      ['4', expect.any(String), 'user:inv', 'create', 'person:v4', 'Person created'],
    ]);
    const json = await run(['list', '--json', '--action', 'create', '--limit', '1']);
    expect(JSON.parse(json.out)).toMatchObject({ seq: 5, target: 'person:v5', details: { outcome: 'created' } });
    expect((await run(['list', '--actor', 'nobody'])).out).toBe('no entries\n');

    await cypher('MATCH (a:_Audit {seq: 2}) DELETE a');
    expect(await run(['verify'])).toEqual({ out: `audit trail: 1 problem in 4 entries; head: entry 5, ${h.hash}\n  - REMOVED at 2: entry 2 is missing\n`, exitCode: 1 });
    const asJson = await run(['verify', '--json']);
    expect(asJson.exitCode).toBe(1);
    expect(JSON.parse(asJson.out)).toEqual(await verifyAudit(db.graph));
  });
});

describe('GraphQL', () => {
  const TRAIL = `query T($first: Int, $after: String, $actor: String, $action: String, $target: ID) {
    auditTrail(first: $first, after: $after, actor: $actor, action: $action, target: $target) {
      totalCount edges { cursor node { seq at actor action target details prevHash hash } } pageInfo { hasNextPage endCursor } } }`;

  it('is FORBIDDEN without the readAudit permission', async () => {
    await mutate('create', person('person:g', 'G'));
    for (const viewer of [ANALYST, INVESTIGATOR, { id: 'anonymous', roles: [], cleared: false } as Viewer]) {
      const trail = await execute(db.graph, TRAIL, {}, viewer);
      expect(trail.data ?? null).toBeNull();
      expect(trail.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const verify = await execute(db.graph, '{ auditVerify { ok } }', {}, viewer);
      expect(verify.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('lists the trail for admins, newest first, filtered and paged, and verifies it', async () => {
    for (const i of [1, 2, 3]) await mutate('create', person(`person:g${i}`, `G ${i}`));
    await mutate('update', person('person:g2', 'G 2 renamed'), ADMIN);

    const page1 = await execute(db.graph, TRAIL, { first: 2 }, ADMIN);
    expect(page1.errors).toBeUndefined();
    const t1 = page1.data!.auditTrail;
    expect(t1.totalCount).toBe(4);
    expect(t1.edges.map((e: { node: AuditEntry }) => [e.node.seq, e.node.actor, e.node.action, e.node.target])).toEqual([
      [4, 'user:admin', 'update', 'person:g2'],
      [3, 'user:inv', 'create', 'person:g3'],
    ]);
    expect(t1.edges[0].node.details).toMatchObject({ outcome: 'updated', before: { name: 'G 2' }, after: { name: 'G 2 renamed' } });
    expect(t1.pageInfo.hasNextPage).toBe(true);
    const page2 = (await execute(db.graph, TRAIL, { first: 2, after: t1.pageInfo.endCursor }, ADMIN)).data!.auditTrail;
    expect(page2.edges.map((e: { node: AuditEntry }) => e.node.seq)).toEqual([2, 1]);
    expect(page2.pageInfo).toEqual({ hasNextPage: false, endCursor: page2.edges[1].cursor });

    const filtered = (await execute(db.graph, TRAIL, { target: 'person:g2' }, ADMIN)).data!.auditTrail;
    expect(filtered.edges.map((e: { node: AuditEntry }) => [e.node.seq, e.node.action])).toEqual([
      [4, 'update'],
      [2, 'create'],
    ]);
    expect(filtered.totalCount).toBe(2);
    expect((await execute(db.graph, TRAIL, { actor: 'user:admin', action: 'create' }, ADMIN)).data!.auditTrail.edges).toEqual([]);
    expect((await execute(db.graph, TRAIL, { after: 'bogus' }, ADMIN)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const ok = await execute(db.graph, '{ auditVerify { ok entries headSeq headHash problems { seq kind message } } }', {}, ADMIN);
    expect(ok.data!.auditVerify).toEqual({ ok: true, entries: 4, headSeq: 4, headHash: t1.edges[0].node.hash, problems: [] });
    await cypher('MATCH (a:_Audit {seq: 3}) SET a.actor = "someone"');
    expect((await execute(db.graph, '{ auditVerify { ok problems { seq kind } } }', {}, ADMIN)).data!.auditVerify).toEqual({ ok: false, problems: [{ seq: 3, kind: 'CHANGED' }] });
  });

  it('withholds a protected person’s identity in before/after from admins without clearance', async () => {
    await mutate('create', person('person:w', 'Real Name', { protection: 'PSEUDONYM', pseudonym: 'Witness W' }));
    const hidden = (await execute(db.graph, TRAIL, {}, ADMIN)).data!.auditTrail.edges[0].node;
    expect(hidden.details).toEqual({
      recordType: 'Person',
      outcome: 'created',
      hash: expect.any(String),
      before: null,
      after: { type: 'Person', id: 'person:w', protection: 'PSEUDONYM', pseudonym: 'Witness W', withheld: true },
    });
    expect(JSON.stringify(hidden)).not.toContain('Real Name');
    const shown = (await execute(db.graph, TRAIL, {}, ADMIN_CLEARED)).data!.auditTrail.edges[0].node;
    expect(shown.details.after).toMatchObject({ name: 'Real Name', pseudonym: 'Witness W' });
  });
});
