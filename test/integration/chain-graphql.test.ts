/**
 * The chain-of-command fields through GraphQL (the semantics are tested in chain-of-command.test.ts):
 * the answer's shape, records resolved from ids, citations with grades, and the round trips.
 */
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { CHAIN_SCENARIO } from '../fixtures/chain-of-command-scenario';
import { execute } from '../support/execute';
import { clearGraph, openTestDatabase } from '../support/service';

let db: Database;
const q = (query: string, variables: Record<string, unknown> = {}) => execute<any>(db.graph, query, variables);

export const CHAIN_QUERY = `query($event: ID!, $at: Date, $minGrade: Grade) {
  chainOfCommand(eventId: $event, at: $at, minGrade: $minGrade) {
    event { id title } at atFrom grade validity depthLimited
    directActors { role grade actor { ... on Organization { id name } ... on Person { id name } } citations { locator grade quote source { title } } }
    units { organization { id } reasons { kind posting { person { name } role validity } } }
    levels { level organizations { organization { id name } pathGrade commanders { person { name } role validity startDate endDate grade } } }
    links { level validity closesCycle grade child { id } parent { id } citations { locator } }
    cycles { organizations { id } cutAt }
    excluded { kind id reason }
  }
}`;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    CHAIN_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
});
afterAll(() => db.close());

describe('chainOfCommand through GraphQL', () => {
  it("answers May's raid with the successor commander, the chain above and its evidence", async () => {
    const r = await q(CHAIN_QUERY, { event: 'event:c-raid-may' });
    expect(r.errors).toBeUndefined();
    const c = r.data.chainOfCommand;
    expect(c.event).toEqual({ id: 'event:c-raid-may', title: 'Raid on the NGO office (May 2021)' });
    expect(c).toEqual(expect.objectContaining({ at: '2021-05-20', atFrom: 'EVENT_START', depthLimited: false }));
    expect(c.directActors).toEqual([
      {
        role: 'DIRECTLY_PERPETRATED',
        grade: 'A1',
        actor: { id: 'org:c-riot-unit', name: 'Riot unit' },
        citations: [{ locator: 'para. 30', grade: 'A1', quote: 'officers of the riot unit raided the office', source: { title: 'UN report (test)' } }],
      },
    ]);
    const level0 = c.levels.find((l: any) => l.level === 0).organizations[0];
    expect(level0.organization.id).toBe('org:c-riot-unit');
    expect(level0.commanders.map((p: any) => p.person.name)).toEqual(['Nikolai New']);
    const level1 = c.levels.find((l: any) => l.level === 1).organizations.map((o: any) => o.organization.id);
    expect(level1).toEqual(['org:c-regional-dept']);
    expect(c.links.some((l: any) => l.parent.id === 'org:c-finance')).toBe(false); // administrative: not command
    expect(c.cycles).toHaveLength(1);
  });

  it('says what a minimum grade left out', async () => {
    const r = await q(CHAIN_QUERY, { event: 'event:c-raid-may', minGrade: 'B2' });
    expect(r.data.chainOfCommand.excluded).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'Subordination', id: 'sub:c-ministry-president' })]));
  });

  it('rejects a bad grade literal and a depth over the limit with codes', async () => {
    const bad = await q('{ chainOfCommand(eventId: "event:c-raid-may", minGrade: "Z9") { at } }');
    expect(bad.errors![0]!.message).toMatch(/"Z9" is not a grade/);
    const deep = await q('{ chainOfCommand(eventId: "event:c-raid-may", depth: 50) { at } }');
    expect(deep.errors![0]!.extensions!.code).toBe('LIMIT_EXCEEDED');
    const missing = await q('{ chainOfCommand(eventId: "event:none") { at } }');
    expect(missing.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('commandersAt, organizationChart and superiorResponsibility resolve their records', async () => {
    const r = await q(`{
      commandersAt(organizationId: "org:c-riot-unit", at: "2021-03-01") { commanders { person { name } validity } }
      organizationChart(organizationId: "org:c-ministry", at: "2021-05-20", direction: DOWN, depth: 2) { levels { level organizations { organization { id } } } }
      superiorResponsibility(eventId: "event:c-raid-may") { candidates { person { name } commands { organization { id } posting { role } } knowledge { elementNumber citations { locator } } } }
    }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.commandersAt.commanders).toEqual([{ person: { name: 'Oleg Old' }, validity: 'CERTAIN' }]);
    expect(r.data.organizationChart.levels.map((l: any) => l.level)).toEqual([0, 1, 2]);
    const names = r.data.superiorResponsibility.candidates.map((c: any) => c.person.name);
    expect(names).toContain('Nikolai New');
  });

  it("costs three round trips: the chain with the records it shows, the protected persons, the citations' sources", async () => {
    const r = await q(CHAIN_QUERY, { event: 'event:c-raid-may' });
    expect(r.errors).toBeUndefined();
    expect(r.roundTrips).toBe(3);
    const chart = await q(
      '{ organizationChart(organizationId: "org:c-riot-unit", at: "2021-05-20", direction: UP) { levels { organizations { organization { id name } commanders { person { name } posting { id role } } } } } }',
    );
    expect(chart.errors).toBeUndefined();
    expect(chart.data.organizationChart.levels.length).toBeGreaterThan(2);
    expect(chart.roundTrips).toBe(2);
  });

  describe('reads citations only when the client shows a grade or a citation', () => {
    const IDS_ONLY = `query($event: ID!, $minGrade: Grade) {
      chainOfCommand(eventId: $event, minGrade: $minGrade) {
        units { organization { id } }
        levels { level organizations { organization { id } commanders { posting { id } } } }
        links { subordination { id } }
        excluded { kind id }
      }
    }`;
    const ids = (c: any) => ({
      units: c.units.map((u: any) => u.organization.id),
      levels: c.levels.map((l: any) => l.organizations.map((o: any) => [o.organization.id, o.commanders.map((k: any) => k.posting.id)])),
      links: c.links.map((l: any) => l.subordination.id),
      excluded: c.excluded.map((x: any) => x.id),
    });
    const GRADED = IDS_ONLY.replace('links { subordination { id } }', 'links { subordination { id } grade }');

    it('the same chain without them (and with them, as soon as one grade is asked for)', async () => {
      const plain = await q(IDS_ONLY, { event: 'event:c-raid-may' });
      const graded = await q(GRADED, { event: 'event:c-raid-may' });
      expect(plain.errors).toBeUndefined();
      expect(ids(plain.data.chainOfCommand)).toEqual(ids(graded.data.chainOfCommand));
      expect(graded.data.chainOfCommand.links.every((l: any) => /^[A-F][1-6]$/.test(l.grade))).toBe(true);
    });

    it('a grade asked for in a named fragment or deep below counts', async () => {
      const viaFragment = await q(
        `query($event: ID!) { chainOfCommand(eventId: $event) { ...Shown } }
         fragment Shown on ChainOfCommand { levels { organizations { ... on ChainOrganization { pathGrade } } } }`,
        { event: 'event:c-raid-may' },
      );
      expect(viaFragment.errors).toBeUndefined();
      expect(viaFragment.data.chainOfCommand.levels[0].organizations[0].pathGrade).toBe('A1');
      const deep = await q('query($event: ID!) { chainOfCommand(eventId: $event) { directActors { citations { locator } } } }', { event: 'event:c-raid-may' });
      expect(deep.data.chainOfCommand.directActors[0].citations).toEqual([{ locator: 'para. 30' }]);
    });

    it('brings the records of the kinds shown, and only those: no round trip for them either way', async () => {
      // As the benchmark's W2 asks: units, levels and commanders' postings, by id.
      const W2 = IDS_ONLY.replace('links { subordination { id } }', '');
      const plain = await q(W2, { event: 'event:c-raid-may' });
      // The chain, and the protected persons for the uncleared test viewer; no citation sources.
      expect(plain.roundTrips).toBe(2);
      const named = await q(
        W2.replace('commanders { posting { id } }', 'commanders { posting { id role } person { name } }').replace(
          'units { organization { id } }',
          'event { title } units { organization { id name } }',
        ),
        {
          event: 'event:c-raid-may',
        },
      );
      expect(named.errors).toBeUndefined();
      expect(named.roundTrips).toBe(2);
      expect(named.data.chainOfCommand.event.title).toBe('Raid on the NGO office (May 2021)');
      expect(named.data.chainOfCommand.levels[0].organizations[0].commanders.map((k: any) => k.person.name)).toEqual(['Nikolai New']);
      // Ids alone in one place and names in another: the names come with the chain, the ids agree.
      const mixed = await q(W2.replace('levels { level organizations { organization { id }', 'levels { level organizations { organization { id name }'), { event: 'event:c-raid-may' });
      expect(mixed.errors).toBeUndefined();
      expect(mixed.roundTrips).toBe(2);
      expect(mixed.data.chainOfCommand.levels[0].organizations[0].organization).toEqual({ id: 'org:c-riot-unit', name: 'Riot unit' });
      expect(ids({ ...mixed.data.chainOfCommand, links: [], excluded: [] })).toEqual(ids({ ...plain.data.chainOfCommand, links: [], excluded: [] }));
    });

    it('a minimum grade still leaves out what falls below it, grades shown or not', async () => {
      const plain = await q(IDS_ONLY, { event: 'event:c-raid-may', minGrade: 'B2' });
      const graded = await q(GRADED, { event: 'event:c-raid-may', minGrade: 'B2' });
      expect(plain.data.chainOfCommand.excluded).toEqual(expect.arrayContaining([{ kind: 'Subordination', id: 'sub:c-ministry-president' }]));
      expect(ids(plain.data.chainOfCommand)).toEqual(ids(graded.data.chainOfCommand));
    });

    it('an upward organisation chart likewise', async () => {
      const chart = (orgFields: string, linkFields: string) =>
        q(
          `{ organizationChart(organizationId: "org:c-riot-unit", at: "2021-05-20", direction: UP) { levels { organizations { organization { id } ${orgFields} } } links { subordination { id } ${linkFields} } } }`,
        );
      const plain = await chart('', '');
      const graded = await chart('pathGrade', 'grade');
      expect(plain.errors).toBeUndefined();
      const orgIds = (c: any) => c.levels.map((l: any) => l.organizations.map((o: any) => o.organization.id));
      expect(orgIds(plain.data.organizationChart)).toEqual(orgIds(graded.data.organizationChart));
      expect(plain.data.organizationChart.links.map((l: any) => l.subordination.id)).toEqual(graded.data.organizationChart.links.map((l: any) => l.subordination.id));
      expect(graded.data.organizationChart.levels[1].organizations[0].pathGrade).toMatch(/^[A-F][1-6]$/);
      expect(graded.data.organizationChart.links.every((l: any) => /^[A-F][1-6]$/.test(l.grade))).toBe(true);
    });
  });
});

describe('the seed dataset', () => {
  beforeAll(async () => {
    await clearGraph(db);
    await loadSeed(db.graph);
  });

  it('the chain behind the 11 September 2025 passport seizures climbs from the KGB to the head of state, each line that says so cited', async () => {
    const r = await q(CHAIN_QUERY, { event: 'event:2025-09-11-passport-seizures' });
    expect(r.errors).toBeUndefined();
    const kgb = r.data.chainOfCommand.directActors.find((d: any) => d.actor.id === 'org:kgb');
    expect(kgb.role).toBe('DIRECTLY_PERPETRATED');
    expect(kgb.citations[0]).toEqual(expect.objectContaining({ locator: 'line 17', source: { title: 'Political prisoners were deported from Belarus to Lithuania without passports' } }));
    expect(kgb.citations[0].quote).toMatch(/KGB officers/);
    // The decrees of 10 October 2022 put the KGB under the President: one command link, cited three times.
    expect(r.data.chainOfCommand.links).toEqual([
      {
        level: 1,
        validity: 'CERTAIN',
        closesCycle: false,
        grade: 'A2',
        child: { id: 'org:kgb' },
        parent: { id: 'org:president' },
        citations: [{ locator: 'line 11' }, { locator: 'line 7' }, { locator: 'line 14' }],
      },
    ]);
    expect(r.data.chainOfCommand.levels.map((l: any) => l.organizations.map((o: any) => [o.organization.id, o.commanders.map((c: any) => c.person.name)]))).toEqual([
      [['org:kgb', ['Ivan Tertel']]],
      [['org:president', ['Aliaksandr Lukashenka']]],
    ]);
    expect(r.data.chainOfCommand.grade).toBe('C3');
  });

  it("a citation's translation through GraphQL: the quote verbatim, the English beside it marked as the dataset's own", async () => {
    const r = await q(`{ chainOfCommand(eventId: "event:2025-09-11-passport-seizures") { links { citations { quote translation { text by } source { id language } } } } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data.chainOfCommand.links[0].citations).toEqual([
      {
        quote: 'Предусмотрено подчинение органов государственной безопасности исключительно Президенту Беларуси',
        translation: { text: 'The subordination of the state security bodies exclusively to the President of Belarus is provided for', by: 'DATASET' },
        source: { id: 'src:president-2022-10-10-state-security-decrees', language: 'ru' },
      },
      {
        quote: 'Subordination of state security bodies exclusively to the President of Belarus is envisaged',
        translation: null,
        source: { id: 'src:sb-2022-10-10-state-security-decrees', language: 'en' },
      },
      {
        quote: 'Ім прадугледжана падпарадкаванне органаў дзяржаўнай бяспекі выключна яму',
        translation: { text: 'They provide for the subordination of the state security bodies exclusively to him', by: 'DATASET' },
        source: { id: 'src:nasha-niva-2022-10-10-state-security-decrees', language: 'be' },
      },
    ]);
  });
});
