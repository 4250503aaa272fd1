/**
 * Mutations against the real Neo4j: every record type created through GraphQL reads back exactly
 * as sent (readRecords), updates replace, existing and missing ids are CONFLICT and NOT_FOUND, and
 * invalid input comes back as typed errors with exact field paths, with nothing written.
 */
import type { GraphQLEnumType, GraphQLInputObjectType } from 'graphql';
import { ErrorCode } from '../../src/foundations/errors';
import { buildSchema } from '../../src/entry/graphql/schema';
import { RECORD_TYPE_NAMES } from '../../src/foundations/model/record-types';
import { readRecords } from '../../src/storage/records/read';
import { recordSchema, type RecordType, type RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

let db: Database;

interface Payload {
  record: { id: string; recordType: string } | null;
  errors: { code: string; field: string | null; line: number | null; message: string }[];
}

/** Runs create<T> or update<T> with the record (minus `type`) as the input variable. */
async function mutate(mode: 'create' | 'update', record: RecordV1 | (Record<string, unknown> & { type: RecordType })) {
  const { type, ...input } = record;
  const field = `${mode}${type}`;
  const r = await execute<Record<string, Payload>>(db.graph, `mutation M($input: ${type}Input!) { ${field}(input: $input) { record { id recordType } errors { code field line message } } }`, {
    input,
  });
  return { payload: r.data?.[field], errors: r.errors, roundTrips: r.roundTrips };
}

const recordCount = async () => (await db.graph.read<{ count: number }>('records/count'))[0]!.count;

const cite = (source = 'src:m-report', locator = 'para. 1', credibility = 2, extra: Record<string, unknown> = {}) => ({ source, locator, credibility, quote: 'quoted text', ...extra });

/** One record of every type (several of some), in an order where each refers only to earlier ones. */
const RECORDS: RecordV1[] = [
  {
    type: 'Source',
    id: 'src:m-report',
    title: 'Mutation test report',
    publisher: 'Test body',
    kind: 'UN_REPORT',
    publishedAt: '2022-06',
    reliability: 'A',
    confidentiality: 'PUBLIC',
    file: 'report.txt',
    fileLines: '2-9',
    language: 'ru',
    translationStatus: 'UNOFFICIAL',
    reliabilityNote: 'A test body’s own report, in an unofficial translation.',
  },
  { type: 'Source', id: 'src:m-news', title: 'Mutation test news', kind: 'NEWS', reliability: 'C', confidentiality: 'RESTRICTED', url: 'https://example.org/news' },
  { type: 'Place', id: 'place:m-minsk', name: 'Minsk', aliases: ['Mensk'], country: 'BY', kind: 'city', latitude: 53.9, longitude: 27.5667, sources: [cite()] },
  { type: 'Organization', id: 'org:m-ministry', name: 'Ministry of Mutation Affairs', shortName: 'MMA', kind: 'MINISTRY', country: 'BY', foundedDate: '1991', sources: [cite()] },
  {
    type: 'Organization',
    id: 'org:m-unit',
    name: 'Mutation Unit',
    aliases: ['MU', 'Unit M'],
    kind: 'UNIT',
    country: 'BY',
    description: 'A unit.',
    sources: [cite('src:m-news', 'line 3', 3), cite('src:m-report', 'para. 2', 2)],
  },
  { type: 'Organization', id: 'org:m-court', name: 'Mutation District Court', kind: 'COURT', sources: [cite()] },
  {
    type: 'Person',
    id: 'person:m-officer',
    name: 'Oleg Officer',
    aliases: ['O. Officer'],
    birthDate: '1975-03',
    citizenship: ['BY'],
    description: 'Commander of the unit.',
    protection: 'NONE',
    // Citation order is kept: news before report, not by source id.
    sources: [cite('src:m-news', 'line 7', 3), { source: 'src:m-report', locator: 'para. 9', credibility: 1 }],
  },
  { type: 'Person', id: 'person:m-witness', name: 'Ryhor Siamionau', protection: 'PSEUDONYM', pseudonym: 'Witness M', sources: [cite()] },
  {
    type: 'LegalProvision',
    id: 'lp:m-deportation',
    instrument: 'Rome Statute',
    article: '7(1)(d)',
    title: 'Deportation',
    // Kept in this order: "10" would sort before "2" as text.
    elements: [
      { number: '1', text: 'The perpetrator deported persons.', kind: 'CONDUCT' },
      { number: '2', text: 'They were lawfully present.', kind: 'CIRCUMSTANCE' },
      { number: '10', text: 'The perpetrator knew.', kind: 'MENTAL' },
    ],
    sources: [cite()],
  },
  {
    type: 'Event',
    id: 'event:m-raid',
    eventType: 'RAID',
    title: 'Raid on an office',
    description: 'Officers raided the office.',
    place: 'place:m-minsk',
    targetedGroups: ['lawyers', 'journalists'],
    victimCount: 4,
    startDate: '2021-08',
    endDate: '2021-08-10',
    sources: [cite()],
  },
  {
    type: 'Event',
    id: 'event:m-raid-alt',
    eventType: 'RAID',
    title: 'Raid on an office (rival account)',
    startDate: '2021-09-02',
    contradicts: ['event:m-raid'],
    sources: [cite('src:m-news', 'line 9', 4)],
  },
  {
    type: 'Trial',
    id: 'trial:m-trial',
    eventType: 'TRIAL',
    title: 'Trial in absentia',
    startDate: '2022',
    court: 'org:m-court',
    caseNumber: '1-2/2022',
    inAbsentia: true,
    charges: ['Criminal Code art. 342', 'Criminal Code art. 361-1'],
    verdictDate: '2022-03-30',
    sentence: '3 years',
    sources: [cite()],
  },
  {
    type: 'Posting',
    id: 'post:m-officer',
    person: 'person:m-officer',
    organization: 'org:m-unit',
    role: 'COMMANDER',
    title: 'Commander',
    rank: 'Colonel',
    startDate: '2020',
    endDate: '2021-04-14',
    sources: [cite()],
  },
  {
    type: 'Subordination',
    id: 'sub:m-unit-ministry',
    child: 'org:m-unit',
    parent: 'org:m-ministry',
    classification: 'COMMAND',
    startDate: '2019-05',
    // A quote in Russian with the dataset's translation beside it.
    sources: [
      { source: 'src:m-report', locator: 'para. 3', credibility: 2, quote: 'Отряд подчиняется министерству.', translation: 'The unit is subordinate to the ministry.', translationBy: 'DATASET' },
    ],
  },
  { type: 'Participation', id: 'part:m-raid-unit', actor: 'org:m-unit', event: 'event:m-raid', role: 'DIRECTLY_PERPETRATED', description: 'Carried out the raid.', sources: [cite()] },
  { type: 'EventLink', id: 'link:m-raid-trial', from: 'event:m-raid', to: 'trial:m-trial', relation: 'PRECEDES', sources: [cite()] },
  {
    type: 'Allegation',
    id: 'alg:m-unit-deportation',
    accused: 'org:m-unit',
    provision: 'lp:m-deportation',
    mode: 'ART25_3_A',
    events: ['event:m-raid', 'trial:m-trial'],
    description: 'The unit deported the office staff.',
    sources: [cite('src:m-report', 'para. 4', 2, { element: '10' }), cite('src:m-news', 'line 2', 3, { element: '1' })],
  },
];

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
});
afterAll(() => db.close());

describe('the mutation schema', () => {
  const schema = buildSchema();

  it('has create and update for every record type, with an input mirroring its records v1 fields', () => {
    const mutations = schema.getMutationType()!.getFields();
    for (const option of recordSchema.options) {
      const type = option.shape.type.value;
      expect(mutations[`create${type}`]).toBeDefined();
      expect(mutations[`update${type}`]).toBeDefined();
      const input = schema.getType(`${type}Input`) as GraphQLInputObjectType;
      const recordFields = Object.keys(option.shape).filter((f) => f !== 'type');
      expect(Object.keys(input.getFields()).sort()).toEqual(recordFields.sort());
    }
    expect(RECORD_TYPE_NAMES).toHaveLength(recordSchema.options.length);
  });

  it('declares exactly the service error codes', () => {
    const values = (schema.getType('ErrorCode') as GraphQLEnumType).getValues().map((v) => v.value);
    expect(values.sort()).toEqual(Object.values(ErrorCode).sort());
  });
});

describe('create', () => {
  it('creates every record type, and each reads back exactly as sent', async () => {
    for (const record of RECORDS) {
      const { payload, errors } = await mutate('create', record);
      expect(errors).toBeUndefined();
      expect(payload).toEqual({ record: { id: record.id, recordType: record.type }, errors: [] });
    }
    const read = await readRecords(
      db.graph,
      RECORDS.map((r) => r.id),
    );
    expect(read.size).toBe(RECORDS.length);
    for (const record of RECORDS) expect(read.get(record.id)).toStrictEqual(recordSchema.parse(record));
    // Every record type is covered, with a partial date, ordered elements, an element cited and a contradiction.
    expect(new Set(RECORDS.map((r) => r.type))).toEqual(new Set(RECORD_TYPE_NAMES));
  });

  it('fills in the schema defaults of optional fields left out', async () => {
    const { payload } = await mutate('create', { type: 'Trial', id: 'trial:m-defaults', title: 'Trial with defaults', sources: [cite()] });
    expect(payload!.errors).toEqual([]);
    const read = await readRecords(db.graph, ['trial:m-defaults']);
    expect(read.get('trial:m-defaults')).toStrictEqual({ type: 'Trial', id: 'trial:m-defaults', eventType: 'TRIAL', title: 'Trial with defaults', inAbsentia: false, sources: [cite()] });
  });

  it('returns the written record, resolvable like any other', async () => {
    const r = await execute<{ createPlace: { record: { id: string; name: string; citations: { locator: string; source: { id: string } }[] } } }>(
      db.graph,
      `mutation { createPlace(input: { id: "place:m-vilnius", name: "Vilnius", country: "LT", sources: [{ source: "src:m-news", locator: "line 1", credibility: 3, quote: null }] }) {
        record { ... on Place { id name citations { locator source { id } } } } errors { code } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.createPlace.record).toEqual({ id: 'place:m-vilnius', name: 'Vilnius', citations: [{ locator: 'line 1', source: { id: 'src:m-news' } }] });
    // `quote: null` means no quote.
    expect((await readRecords(db.graph, ['place:m-vilnius'])).get('place:m-vilnius')).toStrictEqual({
      type: 'Place',
      id: 'place:m-vilnius',
      name: 'Vilnius',
      country: 'LT',
      sources: [{ source: 'src:m-news', locator: 'line 1', credibility: 3 }],
    });
  });

  it('refuses an id that exists: CONFLICT on id, whatever the type', async () => {
    const before = await readRecords(db.graph, ['person:m-officer', 'org:m-unit']);
    const same = await mutate('create', { type: 'Person', id: 'person:m-officer', name: 'Someone else', sources: [cite()] });
    expect(same.payload).toEqual({
      record: null,
      errors: [{ code: 'CONFLICT', field: 'id', line: null, message: '"person:m-officer" already exists (a Person); updatePerson replaces it' }],
    });
    const other = await mutate('create', { type: 'Person', id: 'org:m-unit', name: 'Someone else', sources: [cite()] });
    expect(other.payload!.errors).toEqual([{ code: 'CONFLICT', field: 'id', line: null, message: '"org:m-unit" already exists (an Organization); updateOrganization replaces it' }]);
    expect(await readRecords(db.graph, ['person:m-officer', 'org:m-unit'])).toEqual(before);
  });
});

describe('update', () => {
  it('replaces the whole record: a removed optional field is gone, new citations replace the old', async () => {
    const updated: RecordV1 = {
      type: 'Person',
      id: 'person:m-officer',
      name: 'Oleg Officer',
      citizenship: ['BY', 'RU'],
      protection: 'NONE',
      sources: [cite('src:m-report', 'para. 12', 2)],
    };
    const { payload } = await mutate('update', updated);
    expect(payload).toEqual({ record: { id: 'person:m-officer', recordType: 'Person' }, errors: [] });
    const read = (await readRecords(db.graph, ['person:m-officer'])).get('person:m-officer');
    expect(read).toStrictEqual(updated);
    expect(read).not.toHaveProperty('birthDate');
    const [row] = await db.graph.read<{ props: Record<string, unknown>; sources: unknown[] }>('records/read', { ids: ['person:m-officer'] });
    expect(row!.sources).toHaveLength(1);
    // Derived properties of removed fields go with them.
    expect(row!.props).not.toHaveProperty('birthDateMin');
    expect(row!.props).not.toHaveProperty('aliases');
  });

  it('removes contradictions and reference links left out, and rewrites elements in the new order', async () => {
    const event: RecordV1 = { type: 'Event', id: 'event:m-raid-alt', eventType: 'RAID', title: 'Raid on an office (rival account)', sources: [cite('src:m-news', 'line 9', 4)] };
    expect((await mutate('update', event)).payload!.errors).toEqual([]);
    const trial: RecordV1 = { type: 'Trial', id: 'trial:m-trial', eventType: 'TRIAL', title: 'Trial in absentia', inAbsentia: true, sources: [cite()] };
    expect((await mutate('update', trial)).payload!.errors).toEqual([]);
    const provision = RECORDS.find((r) => r.id === 'lp:m-deportation') as Extract<RecordV1, { type: 'LegalProvision' }>;
    const reordered = { ...provision, elements: [provision.elements[2]!, provision.elements[0]!, provision.elements[1]!] };
    expect((await mutate('update', reordered)).payload!.errors).toEqual([]);

    const read = await readRecords(db.graph, [event.id, trial.id, provision.id]);
    expect(read.get(event.id)).toStrictEqual(event);
    expect(read.get(trial.id)).toStrictEqual(trial);
    expect(read.get(provision.id)).toStrictEqual(reordered);
    const [links] = await db.graph.runText<{ contradicts: number; court: number }>(
      `MATCH (e:Record {id: 'event:m-raid-alt'}), (t:Record {id: 'trial:m-trial'})
       RETURN COUNT { (e)-[:CONTRADICTS]->() } AS contradicts, COUNT { (t)-[:COURT]->() } AS court`,
      {},
      'READ',
    );
    expect(links).toEqual({ contradicts: 0, court: 0 });
  });

  it('refuses a missing id (NOT_FOUND) and a record of another type (CONFLICT)', async () => {
    const missing = await mutate('update', { type: 'Organization', id: 'org:m-nowhere', name: 'Nowhere', kind: 'UNIT', sources: [cite()] });
    expect(missing.payload).toEqual({ record: null, errors: [{ code: 'NOT_FOUND', field: 'id', line: null, message: 'no Organization with id "org:m-nowhere"; createOrganization creates one' }] });
    const otherType = await mutate('update', { type: 'Organization', id: 'person:m-witness', name: 'Not a person', kind: 'UNIT', sources: [cite()] });
    expect(otherType.payload!.errors).toEqual([{ code: 'CONFLICT', field: 'id', line: null, message: '"person:m-witness" is a Person, not an Organization; a record cannot change type' }]);
    expect(await readRecords(db.graph, ['org:m-nowhere'])).toEqual(new Map());
  });
});

describe('invalid input', () => {
  const cases: { name: string; mode: 'create' | 'update'; record: Record<string, unknown> & { type: RecordType; id: string }; errors: { field: string | null; message: unknown }[] }[] = [
    {
      name: 'a record citing no source',
      mode: 'create',
      record: { type: 'Person', id: 'person:m-bad', name: 'Uncited', sources: [] },
      errors: [{ field: 'sources', message: 'must cite at least one source' }],
    },
    {
      name: 'a citation of an unknown source',
      mode: 'create',
      record: { type: 'Person', id: 'person:m-bad', name: 'Badly cited', sources: [cite(), cite('src:none')] },
      errors: [{ field: 'sources.1.source', message: 'refers to unknown Source "src:none"' }],
    },
    {
      name: 'a reference to a record of the wrong type',
      mode: 'create',
      record: { type: 'Posting', id: 'post:m-bad', person: 'org:m-unit', organization: 'org:m-unit', role: 'HEAD', sources: [cite()] },
      errors: [{ field: 'person', message: 'refers to "org:m-unit", an Organization; expected Person' }],
    },
    {
      name: 'a reference to an unknown record and a citation of a non-source',
      mode: 'create',
      record: { type: 'Participation', id: 'part:m-bad', actor: 'org:m-unit', event: 'event:none', role: 'ORDERED', sources: [cite('org:m-unit')] },
      errors: [
        { field: 'event', message: 'refers to unknown Event or Trial "event:none"' },
        { field: 'sources.0.source', message: 'refers to "org:m-unit", an Organization; expected Source' },
      ],
    },
    {
      name: 'PSEUDONYM protection without a pseudonym',
      mode: 'create',
      record: { type: 'Person', id: 'person:m-bad', name: 'Hidden', protection: 'PSEUDONYM', sources: [cite()] },
      errors: [{ field: 'pseudonym', message: 'is required when protection is PSEUDONYM' }],
    },
    {
      name: 'an allegation citing an element the provision lacks',
      mode: 'create',
      record: {
        type: 'Allegation',
        id: 'alg:m-bad',
        accused: 'org:m-unit',
        provision: 'lp:m-deportation',
        mode: 'ART25_3_B',
        events: ['event:m-raid'],
        sources: [cite('src:m-report', 'para. 4', 2, { element: '9' })],
      },
      errors: [
        {
          field: 'sources.0.element',
          message:
            'element "9" names no element of the allegation\'s crime or mode: its provision lp:m-deportation has 10, 1, 2 (cited as "10"); its mode ART25_3_B\'s provision (art. 25(3)(b)) is not in the graph',
        },
      ],
    },
    {
      name: 'an element named on a citation of anything but an allegation',
      mode: 'create',
      record: { type: 'Place', id: 'place:m-bad', name: 'Somewhere', sources: [cite('src:m-report', 'para. 4', 2, { element: '1' })] },
      errors: [{ field: 'sources.0.element', message: "only an Allegation's citations name an element" }],
    },
    {
      name: 'an end before the start, a credibility out of range, an id of the wrong shape',
      mode: 'create',
      record: { type: 'Event', id: 'Event M', eventType: 'RAID', title: 'Backwards', startDate: '2021-05', endDate: '2021-04', sources: [cite('src:m-report', 'p. 1', 7)] },
      errors: [
        { field: 'id', message: 'must look like "prefix:name" (lower-case prefix, then letters, digits, . _ - : /)' },
        { field: 'sources.0.credibility', message: expect.stringMatching(/^Invalid input/) },
      ],
    },
    {
      name: 'an update with an end before the start',
      mode: 'update',
      record: { type: 'Posting', id: 'post:m-officer', person: 'person:m-officer', organization: 'org:m-unit', role: 'COMMANDER', startDate: '2021-05', endDate: '2021-04', sources: [cite()] },
      errors: [{ field: 'endDate', message: '2021-04 is before startDate 2021-05' }],
    },
  ];

  it.each(cases)('$name: VALIDATION_FAILED with the field, and nothing written', async ({ mode, record, errors }) => {
    const count = await recordCount();
    const before = await readRecords(db.graph, [record.id]);
    const { payload, errors: graphqlErrors } = await mutate(mode, record);
    expect(graphqlErrors).toBeUndefined();
    expect(payload).toEqual({ record: null, errors: errors.map((e) => ({ code: 'VALIDATION_FAILED', line: null, ...e })) });
    expect(await recordCount()).toBe(count);
    expect(await readRecords(db.graph, [record.id])).toEqual(before);
  });

  it('a malformed partial date is refused by the Date scalar before the mutation runs, naming the field', async () => {
    const count = await recordCount();
    const { payload, errors } = await mutate('create', { type: 'Event', id: 'event:m-bad-date', eventType: 'RAID', title: 'Bad date', startDate: '2021-13', sources: [cite()] });
    expect(payload).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Variable "$input" got invalid value "2021-13" at "input.startDate"; "2021-13" has month 13: months run 01 to 12',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
    expect(await recordCount()).toBe(count);
  });
});
