/**
 * The chain-of-command domain layer against the real Neo4j: a hand-made
 * scenario (test/fixtures/chain-of-command-scenario.ts) and the seed dataset.
 */
import { chainOfCommand, commandersAt, organizationChart, superiorResponsibility, type ChainOfCommand } from '../../src/domain/chain-of-command';
import { migrate } from '../../src/storage/db/migrations';
import { ErrorCode } from '../../src/foundations/errors';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { CHAIN_SCENARIO } from '../fixtures/chain-of-command-scenario';
import { clearGraph, openTestDatabase } from '../support/service';

const levelIds = (c: { levels: { organizations: { organizationId: string }[] }[] }) => c.levels.map((l) => l.organizations.map((o) => o.organizationId).sort());
const orgIn = (c: ChainOfCommand, id: string) => c.levels.flatMap((l) => l.organizations).find((o) => o.organizationId === id)!;
const commanderIds = (c: ChainOfCommand, id: string) =>
  orgIn(c, id)
    .commanders.map((p) => `${p.personId} ${p.validity}`)
    .sort();

describe('chain of command', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await migrate(db.graph, db.migrations);
  });
  afterAll(() => db.close());

  it('every chain query plans with EXPLAIN and no parameters (as at start-up)', async () => {
    const names = db.graph.cypher.names().filter((n) => n.startsWith('chain/'));
    expect(names.length).toBeGreaterThanOrEqual(6);
    for (const name of names) await db.graph.runText(`EXPLAIN ${db.graph.cypher.get(name)}`, {}, 'READ');
  });

  describe('on a hand-made scenario', () => {
    beforeAll(async () => {
      await clearGraph(db);
      await loadRecords(
        db.graph,
        CHAIN_SCENARIO.map((record, i) => ({ line: i + 1, record })),
      );
    });

    it("May's raid: the unit, its new parent after the move, the successor commander, the chain above, the cycle cut", async () => {
      const counter = { count: 0 };
      const chain = await chainOfCommand(db.graph.withCounter(counter), 'event:c-raid-may');
      expect(chain).toMatchObject({ eventId: 'event:c-raid-may', at: '2021-05-20', atFrom: 'EVENT_START', depth: 10, minGrade: null, depthLimited: false, excluded: [] });
      // Direct actors: perpetrator side only (the victim NGO is not one).
      expect(chain.directActors).toEqual([
        expect.objectContaining({ participationId: 'part:c-raid-may-unit', actorId: 'org:c-riot-unit', actorType: 'Organization', role: 'DIRECTLY_PERPETRATED', grade: 'A1' }),
      ]);
      expect(chain.directActors[0]!.citations).toEqual([
        {
          sourceId: 'src:c-un',
          sourceTitle: 'UN report (test)',
          reliability: 'A',
          confidentiality: 'PUBLIC',
          locator: 'para. 30',
          credibility: 1,
          quote: 'officers of the riot unit raided the office',
          translation: null,
          translationBy: null,
          element: null,
          grade: 'A1',
        },
      ]);
      expect(chain.units).toEqual([{ organizationId: 'org:c-riot-unit', reasons: [{ kind: 'ACTOR', participationId: 'part:c-raid-may-unit' }] }]);
      // Moved on 1 March 2021: the regional department, not the city one; the administrative link to finance does not count.
      expect(levelIds(chain)).toEqual([['org:c-riot-unit'], ['org:c-regional-dept'], ['org:c-ministry', 'org:c-regional-executive'], ['org:c-president'], ['org:c-security-council']]);
      const allOrgs = levelIds(chain).flat();
      expect(allOrgs).not.toContain('org:c-city-dept');
      expect(allOrgs).not.toContain('org:c-finance');
      expect(chain.links.map((l) => l.subordinationId)).not.toContain('sub:c-riot-finance');
      const moved = chain.links.find((l) => l.subordinationId === 'sub:c-riot-regional')!;
      expect(moved).toMatchObject({
        childId: 'org:c-riot-unit',
        parentId: 'org:c-regional-dept',
        startDate: '2021-03-01',
        endDate: null,
        validity: 'CERTAIN',
        level: 1,
        grade: 'A1',
        closesCycle: false,
      });
      expect(moved.citations[0]).toMatchObject({ sourceId: 'src:c-un', locator: 'para. 11', quote: 'the unit was placed under the regional department on 1 March 2021' });
      // Rival accounts: both COMMAND parents of the regional department are kept.
      expect(
        orgIn(chain, 'org:c-regional-dept')
          .links.map((l) => l.parentId)
          .sort(),
      ).toEqual(['org:c-ministry', 'org:c-regional-executive']);
      // Replaced in April: May's raid shows the successor, on an open-ended posting.
      expect(commanderIds(chain, 'org:c-riot-unit')).toEqual(['person:c-new-commander CERTAIN']);
      expect(orgIn(chain, 'org:c-riot-unit').commanders[0]).toMatchObject({ postingId: 'post:c-new-commander', role: 'COMMANDER', startDate: '2021-04-15', endDate: null, grade: 'A1' });
      expect(commanderIds(chain, 'org:c-regional-dept')).toEqual(['person:c-regional-head CERTAIN']);
      expect(commanderIds(chain, 'org:c-ministry')).toEqual(['person:c-minister CERTAIN']);
      expect(commanderIds(chain, 'org:c-president')).toEqual(['person:c-head-of-state CERTAIN']);
      expect(commanderIds(chain, 'org:c-security-council')).toEqual([]);
      // The cycle president ⇄ security council is cut and reported.
      expect(chain.cycles).toEqual([
        {
          organizationIds: ['org:c-president', 'org:c-security-council', 'org:c-president'],
          subordinationIds: ['sub:c-president-council', 'sub:c-council-president'],
          cutAt: 'sub:c-council-president',
        },
      ]);
      expect(chain.links.find((l) => l.subordinationId === 'sub:c-council-president')).toMatchObject({ closesCycle: true, level: 5 });
      // Grades: the chain is as strong as its weakest link (ministry → president, C4).
      expect(chain.grade).toBe('C4');
      expect(chain.validity).toBe('CERTAIN');
      expect(orgIn(chain, 'org:c-ministry').pathGrade).toBe('A1');
      expect(orgIn(chain, 'org:c-president').pathGrade).toBe('C4');
      // One round trip (chain/event-chain): the event, its perpetrator side and everything above
      // its units (5 levels walked, and the cycle's way back) with the commanders of each.
      expect(counter.count).toBe(1);
    });

    it('a minimum grade cuts the weak link and says so', async () => {
      const chain = await chainOfCommand(db.graph, 'event:c-raid-may', { minGrade: 'B2' });
      expect(chain.minGrade).toBe('B2');
      expect(levelIds(chain)).toEqual([['org:c-riot-unit'], ['org:c-regional-dept'], ['org:c-ministry', 'org:c-regional-executive']]);
      expect(chain.excluded).toEqual([{ kind: 'Subordination', id: 'sub:c-ministry-president', reason: 'below the minimum grade B2: its best citation is C4' }]);
      expect(chain.cycles).toEqual([]);
      expect(chain.grade).toBe('B2');
      // A1 keeps only A-sourced, credibility-1 links: the rival B2 account goes too.
      const strict = await chainOfCommand(db.graph, 'event:c-raid-may', { minGrade: 'A1' });
      expect(levelIds(strict)).toEqual([['org:c-riot-unit'], ['org:c-regional-dept'], ['org:c-ministry']]);
      expect(strict.excluded.map((e) => e.id).sort()).toEqual(['sub:c-ministry-president', 'sub:c-regional-executive']);
    });

    it('withCitations: false reads no citations: the same chain, every grade null and every citation list empty; a minimum grade reads them anyway', async () => {
      const graded = await chainOfCommand(db.graph, 'event:c-raid-may');
      const plain = await chainOfCommand(db.graph, 'event:c-raid-may', { withCitations: false });
      const ungrade = (c: typeof graded) => JSON.parse(JSON.stringify(c, (key, value) => (key === 'grade' || key === 'pathGrade' ? null : key === 'citations' ? [] : value)));
      expect(plain).toEqual(ungrade(graded));
      expect(plain.grade).toBeNull();
      const min = await chainOfCommand(db.graph, 'event:c-raid-may', { minGrade: 'B2', withCitations: false });
      expect(min).toEqual(await chainOfCommand(db.graph, 'event:c-raid-may', { minGrade: 'B2' }));
    });

    it('at a date before the replacement shows the predecessor; a partial date keeps both, POSSIBLE', async () => {
      const march = await chainOfCommand(db.graph, 'event:c-raid-may', { at: '2021-03-20' });
      expect(march.atFrom).toBe('ARGUMENT');
      expect(commanderIds(march, 'org:c-riot-unit')).toEqual(['person:c-old-commander CERTAIN']);
      const april = await chainOfCommand(db.graph, 'event:c-raid-may', { at: '2021-04' });
      expect(commanderIds(april, 'org:c-riot-unit')).toEqual(['person:c-new-commander POSSIBLE', 'person:c-old-commander POSSIBLE']);
      expect(april.validity).toBe('POSSIBLE');
      // Before the move (February 2021) the unit answered to the city department.
      const feb = await chainOfCommand(db.graph, 'event:c-raid-may', { at: '2021-02-10' });
      expect(levelIds(feb)[1]).toEqual(['org:c-city-dept']);
      expect(commanderIds(feb, 'org:c-city-dept')).toEqual(['person:c-city-head CERTAIN']);
    });

    it('a perpetrator known only as a person: the unit is reached through a posting known only as "2020" (POSSIBLE)', async () => {
      const chain = await chainOfCommand(db.graph, 'event:c-detention-2020');
      expect(chain.directActors.map((a) => [a.actorId, a.actorType])).toEqual([['person:c-officer', 'Person']]);
      expect(chain.units).toEqual([
        {
          organizationId: 'org:c-riot-unit',
          reasons: [
            {
              kind: 'POSTING',
              posting: expect.objectContaining({ postingId: 'post:c-officer', personId: 'person:c-officer', role: 'OFFICER', startDate: '2020', validity: 'POSSIBLE', grade: 'B2' }),
            },
          ],
        },
      ]);
      // August 2020: before the move, under the city department; the old commander.
      expect(levelIds(chain).slice(0, 3)).toEqual([['org:c-riot-unit'], ['org:c-city-dept'], ['org:c-ministry']]);
      expect(commanderIds(chain, 'org:c-riot-unit')).toEqual(['person:c-old-commander CERTAIN']);
      expect(orgIn(chain, 'org:c-riot-unit')).toMatchObject({ pathValidity: 'POSSIBLE', pathGrade: 'B2' });
      expect(chain.validity).toBe('POSSIBLE');
    });

    it('depth is bounded and reported', async () => {
      const shallow = await chainOfCommand(db.graph, 'event:c-raid-may', { depth: 1 });
      expect(levelIds(shallow)).toEqual([['org:c-riot-unit'], ['org:c-regional-dept']]);
      expect(shallow.depthLimited).toBe(true);
      const units = await chainOfCommand(db.graph, 'event:c-raid-may', { depth: 0 });
      expect(levelIds(units)).toEqual([['org:c-riot-unit']]);
      expect(units.depthLimited).toBe(true);
      await expect(chainOfCommand(db.graph, 'event:c-raid-may', { depth: 21 })).rejects.toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED, details: { field: 'depth' } });
      await expect(chainOfCommand(db.graph, 'event:c-raid-may', { depth: -1 })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
      expect((await chainOfCommand(db.graph, 'event:c-raid-may', { depth: 20 })).depthLimited).toBe(false);
    });

    it('errors: unknown event, bad date, bad grade, an undated event without "at"', async () => {
      await expect(chainOfCommand(db.graph, 'event:c-nope')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND, message: 'no event with id "event:c-nope"' });
      await expect(chainOfCommand(db.graph, 'event:c-raid-may', { at: '2021-13' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'at' } });
      await expect(chainOfCommand(db.graph, 'event:c-raid-may', { at: 'May 2021' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'at' } });
      await expect(chainOfCommand(db.graph, 'event:c-raid-may', { minGrade: 'G7' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'minGrade' } });
      await expect(chainOfCommand(db.graph, 'event:c-undated')).rejects.toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        message: 'at: the event "event:c-undated" has no start date: give the date of the chain with "at"',
      });
      expect((await chainOfCommand(db.graph, 'event:c-undated', { at: '2021' })).directActors).toEqual([]);
      await expect(superiorResponsibility(db.graph, 'event:c-nope')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    });

    it('commandersAt: the commander on a date, both (POSSIBLE) in the month of the handover', async () => {
      const may = await commandersAt(db.graph, 'org:c-riot-unit', '2021-05-20');
      expect(may.commanders.map((c) => [c.personId, c.validity])).toEqual([['person:c-new-commander', 'CERTAIN']]);
      expect(may.commanders[0]!.citations[0]).toMatchObject({ sourceId: 'src:c-un', locator: 'para. 21', quote: 'took command of the unit on 15 April 2021' });
      const march = await commandersAt(db.graph, 'org:c-riot-unit', '2021-03-20');
      expect(march.commanders.map((c) => c.personId)).toEqual(['person:c-old-commander']);
      const april = await commandersAt(db.graph, 'org:c-riot-unit', '2021-04');
      expect(april.commanders.map((c) => [c.personId, c.validity]).sort()).toEqual([
        ['person:c-new-commander', 'POSSIBLE'],
        ['person:c-old-commander', 'POSSIBLE'],
      ]);
      // An officer is not a commander; before anybody's posting, nobody.
      expect((await commandersAt(db.graph, 'org:c-riot-unit', '2018')).commanders).toEqual([]);
      await expect(commandersAt(db.graph, 'org:c-nope', '2021')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
      await expect(commandersAt(db.graph, 'org:c-riot-unit', '2021-02-30')).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    });

    it('organizationChart UP: the tree above a unit at a date, with commanders, cycle reported', async () => {
      const up = await organizationChart(db.graph, 'org:c-riot-unit', '2021-05-20', 'UP', 10);
      expect(levelIds(up)).toEqual([['org:c-riot-unit'], ['org:c-regional-dept'], ['org:c-ministry', 'org:c-regional-executive'], ['org:c-president'], ['org:c-security-council']]);
      expect(up.levels[1]!.organizations[0]!.commanders.map((c) => c.personId)).toEqual(['person:c-regional-head']);
      expect(up.cycles.map((c) => c.cutAt)).toEqual(['sub:c-council-president']);
      const twoUp = await organizationChart(db.graph, 'org:c-riot-unit', '2020-08-10', 'UP', 2);
      expect(levelIds(twoUp)).toEqual([['org:c-riot-unit'], ['org:c-city-dept'], ['org:c-ministry']]);
      expect(twoUp.depthLimited).toBe(true);
      await expect(organizationChart(db.graph, 'org:c-riot-unit', '2021', 'UP', 25)).rejects.toMatchObject({ code: ErrorCode.LIMIT_EXCEEDED });
    });

    it('organizationChart DOWN: the units below a ministry at a date, with commanders', async () => {
      const down = await organizationChart(db.graph, 'org:c-ministry', '2021-05-20', 'DOWN', 5);
      expect(levelIds(down)).toEqual([['org:c-ministry'], ['org:c-city-dept', 'org:c-regional-dept'], ['org:c-riot-unit']]);
      const riot = down.levels[2]!.organizations[0]!;
      expect(riot.commanders.map((c) => c.personId)).toEqual(['person:c-new-commander']);
      expect(down.links.find((l) => l.childId === 'org:c-riot-unit')).toMatchObject({ subordinationId: 'sub:c-riot-regional', parentId: 'org:c-regional-dept', level: 2 });
      expect(down.levels[0]!.organizations[0]!.links.map((l) => l.childId).sort()).toEqual(['org:c-city-dept', 'org:c-regional-dept']);
      const before = await organizationChart(db.graph, 'org:c-regional-dept', '2020-08-10', 'DOWN', 5);
      expect(levelIds(before)).toEqual([['org:c-regional-dept']]);
      // The administrative link gives the finance ministry no units.
      expect(levelIds(await organizationChart(db.graph, 'org:c-finance', '2021-05-20', 'DOWN', 5))).toEqual([['org:c-finance']]);
    });

    it('superiorResponsibility: everyone in command at the date, with posting evidence, paths and art. 28 knowledge', async () => {
      const sr = await superiorResponsibility(db.graph, 'event:c-raid-may');
      expect(sr.at).toBe('2021-05-20');
      const byPerson = new Map(sr.candidates.map((c) => [c.personId, c]));
      expect([...byPerson.keys()].sort()).toEqual(['person:c-head-of-state', 'person:c-minister', 'person:c-new-commander', 'person:c-regional-head']);
      // The predecessor and the finance minister (administrative link) are not candidates.
      const minister = byPerson.get('person:c-minister')!;
      expect(minister.isDirectActor).toBe(false);
      expect(minister.commands).toHaveLength(1);
      expect(minister.commands[0]).toMatchObject({
        organizationId: 'org:c-ministry',
        level: 2,
        unitId: 'org:c-riot-unit',
        posting: { postingId: 'post:c-minister', role: 'HEAD', validity: 'CERTAIN' },
      });
      expect(minister.commands[0]!.path.map((l) => l.subordinationId)).toEqual(['sub:c-riot-regional', 'sub:c-regional-ministry']);
      expect(minister.knowledge).toEqual([
        {
          allegationId: 'alg:c-minister-28',
          provisionId: 'lp:rome-28-b',
          article: '28(b)',
          mode: 'ART28_B',
          description: null,
          elementNumber: '2',
          elementText: expect.stringContaining('either knew, or consciously disregarded'),
          citations: [expect.objectContaining({ sourceId: 'src:c-un', locator: 'para. 40', element: '2', quote: 'the minister had been informed of the planned raid the day before', grade: 'A2' })],
          grade: 'A2',
        },
      ]);
      expect(byPerson.get('person:c-new-commander')!.commands[0]).toMatchObject({ organizationId: 'org:c-riot-unit', level: 0, path: [] });
      expect(byPerson.get('person:c-head-of-state')!.commands[0]!.path.map((l) => l.subordinationId)).toEqual(['sub:c-riot-regional', 'sub:c-regional-ministry', 'sub:c-ministry-president']);
      expect(byPerson.get('person:c-head-of-state')!.knowledge).toEqual([]);
      // With a minimum grade the head of state drops out with the weak link.
      const strict = await superiorResponsibility(db.graph, 'event:c-raid-may', { minGrade: 'B2' });
      expect(strict.candidates.map((c) => c.personId).sort()).toEqual(['person:c-minister', 'person:c-new-commander', 'person:c-regional-head']);
      expect(strict.chain.excluded.map((e) => e.id)).toEqual(['sub:c-ministry-president']);
    });
  });

  describe('art. 28 as the mode of liability of an allegation of the crime', () => {
    // The way the seed enters allegations: the provision is the crime, art. 28 the mode, and a
    // citation names the mode's knowledge element by article and number ("28(b) 2").
    const EXTRA: RecordV1[] = [
      {
        type: 'LegalProvision',
        id: 'lp:rome-7-1-d',
        instrument: 'Rome Statute of the International Criminal Court',
        article: '7(1)(d)',
        title: 'Crime against humanity of deportation or forcible transfer of population',
        elements: [{ number: '1', text: 'The perpetrator deported or forcibly transferred one or more persons.', kind: 'CONDUCT' }],
        sources: [{ source: 'src:c-un', locator: 'art. 7', credibility: 1 }],
      },
      {
        type: 'Allegation',
        id: 'alg:c-regional-head-mode-28',
        accused: 'person:c-regional-head',
        provision: 'lp:rome-7-1-d',
        mode: 'ART28_B',
        events: ['event:c-raid-may'],
        sources: [
          { source: 'src:c-un', locator: 'para. 42', credibility: 2, quote: 'the regional head was told of the raid in advance', element: '28(b) 2' },
          // A bare number names the crime's element, not art. 28's: no knowledge evidence.
          { source: 'src:c-un', locator: 'para. 43', credibility: 1, quote: 'the office was raided', element: '1' },
        ],
      },
    ];

    beforeAll(async () => {
      await clearGraph(db);
      await loadRecords(
        db.graph,
        [...CHAIN_SCENARIO, ...EXTRA].map((record, i) => ({ line: i + 1, record })),
      );
    });

    it("reads the citations that name art. 28's knowledge element, beside the allegations entered under art. 28 itself", async () => {
      const sr = await superiorResponsibility(db.graph, 'event:c-raid-may');
      const byPerson = new Map(sr.candidates.map((c) => [c.personId, c]));
      expect(byPerson.get('person:c-regional-head')!.knowledge).toEqual([
        {
          allegationId: 'alg:c-regional-head-mode-28',
          provisionId: 'lp:rome-28-b',
          article: '28(b)',
          mode: 'ART28_B',
          description: null,
          elementNumber: '2',
          elementText: expect.stringContaining('either knew, or consciously disregarded'),
          citations: [expect.objectContaining({ sourceId: 'src:c-un', locator: 'para. 42', element: '28(b) 2', grade: 'A2' })],
          grade: 'A2',
        },
      ]);
      // The allegation entered under art. 28 itself is read as before, once.
      expect(byPerson.get('person:c-minister')!.knowledge.map((k) => [k.allegationId, k.provisionId, k.elementNumber])).toEqual([['alg:c-minister-28', 'lp:rome-28-b', '2']]);
    });
  });

  describe('on the seed dataset', () => {
    beforeAll(async () => {
      await clearGraph(db);
      await loadSeed(db.graph);
    });

    it('11 September 2025 passport seizures: the KGB, its chairman that day, the President above, every link cited to a held file and graded', async () => {
      const chain = await chainOfCommand(db.graph, 'event:2025-09-11-passport-seizures');
      expect(chain.at).toBe('2025-09-11');
      // Only the KGB is on the perpetrator side (OGiM's role is OTHER; Mikalai Dziadok is a victim).
      expect(chain.directActors.map((a) => [a.actorId, a.role])).toEqual([['org:kgb', 'DIRECTLY_PERPETRATED']]);
      expect(chain.directActors[0]!.citations).toContainEqual(expect.objectContaining({ sourceId: 'src:tsikhanouskaya-2025-09-12', locator: 'line 17', credibility: 3 }));
      expect(chain.units.map((u) => u.organizationId)).toEqual(['org:kgb']);
      // The KGB answers to the President under the decrees of 10 October 2022 (the 2012 law's link
      // ended that day); the KGB's chairman on the day is Ivan Tertel, the President's office's head Lukashenka.
      expect(levelIds(chain)).toEqual([['org:kgb'], ['org:president']]);
      expect(chain.links.map((l) => [l.subordinationId, l.validity, l.grade])).toEqual([['sub:kgb-president-exclusive-2022', 'CERTAIN', 'A2']]);
      expect(orgIn(chain, 'org:kgb').commanders.map((c) => [c.postingId, c.personId, c.validity, c.grade])).toEqual([['post:tertel-kgb-chairman', 'person:ivan-tertel', 'CERTAIN', 'B2']]);
      expect(orgIn(chain, 'org:president').commanders.map((c) => [c.personId, c.validity, c.grade])).toEqual([['person:aliaksandr-lukashenka', 'CERTAIN', 'A1']]);
      // The weakest link: the opposition statement on the KGB's part in the seizures.
      expect([chain.grade, chain.validity]).toEqual(['C3', 'CERTAIN']);
      // Every link of the chain is cited, a quote beside each citation; a quote not in English carries the dataset's translation.
      const cited = [...chain.directActors, ...chain.links, ...chain.levels.flatMap((l) => l.organizations.flatMap((o) => o.commanders))];
      for (const fact of cited) {
        expect(fact.citations.length).toBeGreaterThan(0);
        for (const c of fact.citations) expect(c.quote).toEqual(expect.any(String));
      }
      expect(chain.links[0]!.citations[0]).toMatchObject({
        sourceId: 'src:president-2022-10-10-state-security-decrees',
        grade: 'A2',
        quote: 'Предусмотрено подчинение органов государственной безопасности исключительно Президенту Беларуси',
        translationBy: 'DATASET',
      });
      const sr = await superiorResponsibility(db.graph, 'event:2025-09-11-passport-seizures');
      expect(sr.candidates.map((c) => [c.personId, c.commands.map((k) => [k.organizationId, k.level])])).toEqual([
        ['person:ivan-tertel', [['org:kgb', 0]]],
        ['person:aliaksandr-lukashenka', [['org:president', 1]]],
      ]);
      // Before October 2022 the same chain follows the 2012 law instead, under Tertel's predecessor before September 2020.
      const in2019 = await chainOfCommand(db.graph, 'event:2025-09-11-passport-seizures', { at: '2019-06-01' });
      expect(in2019.links.map((l) => l.subordinationId)).toEqual(['sub:kgb-president-law-2012']);
      expect(orgIn(in2019, 'org:kgb').commanders.map((c) => c.personId)).toEqual(['person:valer-vakulchyk']);
      // The head of state's office has its head on record.
      const president = await commandersAt(db.graph, 'org:president', '2025-09-11');
      expect(president.commanders.map((c) => c.personId)).toEqual(['person:aliaksandr-lukashenka']);

      // What the seed does connect (not a command link, and not counted as one): the seizures are
      // PART_OF the expulsion, which the release PRECEDES, which the US envoy's meeting with
      // Lukashenka PRECEDES; his participation in that meeting is OTHER, not perpetrator-side.
      const [path] = await db.graph.runText<{ links: string[]; role: string }>(
        `MATCH p = shortestPath((:Event {id: 'event:2025-09-11-passport-seizures'})-[:FROM|TO*..12]-(e:Event))
         WHERE (e)<-[:EVENT]-(:Participation)-[:ACTOR]->(:Person {id: 'person:aliaksandr-lukashenka'})
         MATCH (e)<-[:EVENT]-(part:Participation)-[:ACTOR]->(:Person {id: 'person:aliaksandr-lukashenka'})
         RETURN [n IN nodes(p) WHERE n:EventLink | n.relation + ' ' + n.id] AS links, part.role AS role
         ORDER BY length(p) LIMIT 1`,
        {},
        'READ',
      );
      expect(path).toEqual({
        links: ['PART_OF link:passport-seizures-part-of-expulsion-2025-09-11', 'PRECEDES link:release-precedes-expulsion-2025-09-11', 'PRECEDES link:envoy-meeting-precedes-release-2025-09'],
        role: 'OTHER',
      });
    });
  });
});
