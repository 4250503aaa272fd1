/**
 * Records typed from the model: the reference fields' literal types the resolvers rely on, and the
 * loading helpers that check at run time what the types promise (a record of the wrong type is a
 * broken graph, reported, never handed on as another type).
 */
import { RECORD_TYPES, RECORD_TYPE_LIST, type ReferrersVia, type RefRel, type RefTargets } from '../../src/foundations/model/record-types';
import type { AnyStoredRecord, StoredRecord } from '../../src/storage/records/stored';
import type { Context } from '../../src/entry/graphql/context';
import { BroughtAlong } from '../../src/entry/graphql/brought-along';
import { WHOLE_RECORDS } from '../../src/storage/records/projected';
import type { ProtectionView } from '../../src/domain/protection/view';
import { loadAs, loadLinked, loadRef } from '../../src/entry/graphql/resolvers/shared';

/** `true` only when A and B are the same type (checked by tsc when the test compiles). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameTypes: [
  Same<ReferrersVia<'PERSON'>, 'Posting'>,
  Same<ReferrersVia<'EVENT'>, 'Participation'>,
  Same<ReferrersVia<'PLACE'>, 'Event' | 'Trial'>,
  Same<ReferrersVia<'CHILD'>, 'Subordination'>,
  Same<RefTargets<'Participation', 'actor'>, 'Person' | 'Organization'>,
  Same<RefTargets<'Trial', 'court'>, 'Organization'>,
  Same<RefTargets<'Allegation', 'events'>, 'Event' | 'Trial'>,
] = [true, true, true, true, true, true, true];

const RECORDS: Record<string, StoredRecord> = {
  'person:a': { id: 'person:a', recordType: 'Person', name: 'A' },
  'org:k': { id: 'org:k', recordType: 'Organization', name: 'K' },
  'post:1': { id: 'post:1', recordType: 'Posting', person: 'person:a', organization: 'org:k', role: 'HEAD' },
  'post:bad': { id: 'post:bad', recordType: 'Posting', person: 'org:k', organization: 'person:w', role: 'HEAD' },
};

/** Just the three things the helpers use: the node loader, the viewer's withheld persons, and what was brought along (nothing). */
const ctx = {
  loaders: { node: { load: (id: string) => Promise.resolve(RECORDS[id] ?? null) } },
  along: new BroughtAlong(),
  protection: { get: () => Promise.resolve({ withheld: new Set(['person:w']) }) },
} as unknown as Context;

describe('the model’s reference fields', () => {
  it('are stored as relationships named by the field in capitals, which the types RefRel and ReferrersVia assume', () => {
    expect(sameTypes.every(Boolean)).toBe(true);
    for (const type of RECORD_TYPE_LIST) for (const ref of RECORD_TYPES[type].refs) expect(ref.rel).toBe(ref.field.toUpperCase());
    const rels: RefRel[] = ['ACCUSED', 'ACTOR', 'CHILD', 'COURT', 'EVENT', 'EVENTS', 'FROM', 'ORGANIZATION', 'PARENT', 'PERSON', 'PLACE', 'PROVISION', 'TO'];
    expect(new Set(RECORD_TYPE_LIST.flatMap((t) => RECORD_TYPES[t].refs.map((r) => r.rel)))).toEqual(new Set(rels));
  });
});

describe('loading linked records by type', () => {
  it('hands back a record of one of the types asked for', async () => {
    const org = await loadLinked(ctx, 'org:k', ['Organization']);
    expect(org.name).toBe('K');
    expect(await loadAs(ctx, 'person:a', ['Person'])).toEqual(RECORDS['person:a']);
  });

  it('finds nothing when a lookup is of the wrong kind', async () => {
    expect(await loadAs(ctx, 'person:a', ['Organization'])).toBeNull();
    expect(await loadAs(ctx, 'person:none', ['Person'])).toBeNull();
  });

  it('reports a link to a record of another type, or to none, as a broken graph, naming the link', async () => {
    await expect(loadLinked(ctx, 'person:a', ['Organization'], 'court')).rejects.toThrow('broken link: court "person:a" is a Person, not an Organization');
    await expect(loadLinked(ctx, 'event:none', ['Event', 'Trial'])).rejects.toThrow('dangling link: event "event:none" is not in the graph');
    await expect(loadLinked(ctx, undefined, ['Place'])).rejects.toThrow('dangling link: place "undefined" is not in the graph');
  });

  it('never names a withheld person in the report', async () => {
    await expect(loadLinked(ctx, 'person:w', ['Person'])).rejects.toThrow('dangling link: person (withheld) is not in the graph');
  });

  it('follows a reference field to the types the model declares for it', async () => {
    const posting = RECORDS['post:1'] as StoredRecord & { recordType: 'Posting' };
    expect((await loadRef(ctx, posting, 'person')).name).toBe('A');
    expect((await loadRef(ctx, posting, 'organization')).name).toBe('K');
    const bad = RECORDS['post:bad'] as StoredRecord & { recordType: 'Posting' };
    await expect(loadRef(ctx, bad, 'person')).rejects.toThrow('broken link: person "org:k" is an Organization, not a Person');
    await expect(loadRef(ctx, bad, 'organization')).rejects.toThrow('dangling link: organization (withheld) is not in the graph');
  });

  it('returns a record brought along with the fact as it is, with no promise, and checks its type as a loaded one', async () => {
    const along = new BroughtAlong();
    const posting = { id: 'post:2', recordType: 'Posting', person: 'person:b', organization: 'person:a', role: 'HEAD' } as StoredRecord & { recordType: 'Posting' };
    const linked = [
      { id: 'person:b', recordType: 'Person', name: 'B' },
      { id: 'person:a', recordType: 'Person', name: 'A' },
    ] as AnyStoredRecord[];
    const view = { cleared: true, withheld: new Set<string>(), record: (r: StoredRecord) => r, records: (rs: StoredRecord[]) => rs } as unknown as ProtectionView;
    const target = { id: 'person:b', recordType: 'Person' } as StoredRecord;
    along.bringFacts(target, 'PERSON', [{ fact: posting, linked }], WHOLE_RECORDS, view);
    // Kept by the object handed to the fields: another read of the same person has nothing brought.
    expect(along.factsOf({ ...target }, 'PERSON')).toBeUndefined();
    const [fact] = along.factsOf(target, 'PERSON')!;
    const withAlong: Context = { ...ctx, along };
    expect(loadRef(withAlong, fact!, 'person')).toEqual({ id: 'person:b', recordType: 'Person', name: 'B' });
    // A Person where the model allows only an Organization: loaded, and reported as a broken graph.
    await expect(loadRef(withAlong, fact!, 'organization')).rejects.toThrow('broken link: organization "person:a" is a Person, not an Organization');
  });
});
