/**
 * Writes cannot be used to probe for a withheld person: for a writer without
 * clearance, a reference to a withheld person, or to a record linking one, is reported exactly as a
 * reference to an id that does not exist, and updating such a record is "not found". A cleared
 * writer sees them as they are.
 */
import type { Viewer } from '../../src/domain/auth/permissions';
import { loadRecords } from '../../src/domain/writes/load-records';
import { execute } from '../support/execute';
import type { Database } from '../../src/entry/service/database';
import { clearGraph, openTestDatabase } from '../support/service';
import { PROTECTION_SCENARIO, VICTIM } from '../fixtures/protection-scenario';

jest.setTimeout(120_000);

const uncleared: Viewer = { id: 'test:writer', roles: ['investigator'], cleared: false };
const cleared: Viewer = { id: 'test:cleared-writer', roles: ['investigator'], cleared: true };

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(async () => {
  await clearGraph(db);
  await db.close();
});

const posting = (id: string, person: string) => ({
  id,
  person,
  organization: 'org:x-unit',
  role: 'MEMBER',
  sources: [{ source: 'src:x-report', locator: 'p. 1', credibility: 3 }],
});

async function createPosting(input: object, viewer: Viewer) {
  const r = await execute<{ createPosting: { record: { id: string } | null; errors: { code: string; field: string; message: string }[] } }>(
    db.graph,
    'mutation M($input: PostingInput!) { createPosting(input: $input) { record { id } errors { code field message } } }',
    { input },
    viewer,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.createPosting;
}

async function updatePerson(id: string, viewer: Viewer) {
  const r = await execute<{ updatePerson: { record: { id: string } | null; errors: { code: string; field: string; message: string }[] } }>(
    db.graph,
    'mutation M($input: PersonInput!) { updatePerson(input: $input) { record { id } errors { code field message } } }',
    { input: { id, name: 'Anyone', sources: [{ source: 'src:x-report', locator: 'p. 1', credibility: 3 }] } },
    viewer,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.updatePerson;
}

describe('writes by a viewer without clearance', () => {
  it('report a reference to a withheld person as they report an unknown id', async () => {
    const withheld = await createPosting(posting('post:probe-1', VICTIM.id), uncleared);
    const unknown = await createPosting(posting('post:probe-2', 'person:nobody'), uncleared);
    expect(withheld).toEqual({ record: null, errors: [{ code: 'VALIDATION_FAILED', field: 'person', message: `refers to unknown Person "${VICTIM.id}"` }] });
    expect(unknown.errors[0]!.message).toBe('refers to unknown Person "person:nobody"');
  });

  it('report a reference to a record linking a withheld person as unknown', async () => {
    const r = await execute<{ createEventLink: { errors: { message: string }[] } }>(
      db.graph,
      'mutation { createEventLink(input: { id: "link:probe", from: "part:x-v1-raid", to: "event:x-raid", relation: PRECEDES, sources: [{ source: "src:x-report", locator: "p. 1", credibility: 3 }] }) { errors { message } } }',
      {},
      uncleared,
    );
    // part:x-v1-raid is not an event either way; what matters is that it is "unknown", not "a Participation".
    expect(JSON.stringify(r)).not.toContain('Participation');
    expect([r.errors, r.data?.createEventLink.errors[0]?.message]).toEqual([undefined, 'refers to unknown Event or Trial "part:x-v1-raid"']);
  });

  it('find no withheld person to update', async () => {
    expect(await updatePerson(VICTIM.id, uncleared)).toEqual({ record: null, errors: [{ code: 'NOT_FOUND', field: 'id', message: `no Person with id "${VICTIM.id}"; createPerson creates one` }] });
    expect((await updatePerson('person:nobody', uncleared)).errors[0]!.message).toBe('no Person with id "person:nobody"; createPerson creates one');
  });
});

describe('writes by a cleared viewer', () => {
  it('may link the withheld person', async () => {
    expect(await createPosting(posting('post:cleared-1', VICTIM.id), cleared)).toEqual({ record: { id: 'post:cleared-1' }, errors: [] });
  });
});
