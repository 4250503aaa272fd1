/**
 * Element coverage (src/domain/coverage) against the real Neo4j, on a scenario built for it
 * (test/fixtures/coverage-scenario.ts): corroboration by publishers, contested, gaps, the derived
 * conduct and command evidence and how they follow the posting's dates, and how the matrix changes
 * as evidence is cited or contradicted.
 */
import { caseMatrix, elementCoverage, type AllegationCoverage, type ElementCoverage } from '../../src/domain/coverage';
import { statistics } from '../../src/domain/statistics/statistics';
import { ErrorCode } from '../../src/foundations/errors';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { COMMANDER_28A, COMMANDER_POSTING, COVERAGE_SCENARIO } from '../fixtures/coverage-scenario';
import { clearGraph, openTestDatabase } from '../support/service';

const element = (c: AllegationCoverage, part: 'CRIME' | 'MODE', number: string): ElementCoverage => c.elements.find((e) => e.part === part && e.number === number)!;
const rulesOf = (e: ElementCoverage) => [...new Set(e.evidence.map((i) => i.rule))].sort();
const write = (db: Database, records: RecordV1[]) =>
  loadRecords(
    db.graph,
    records.map((record, i) => ({ line: i + 1, record })),
  );

describe('element coverage', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await clearGraph(db);
    await write(db, COVERAGE_SCENARIO);
  });
  afterAll(() => db.close());

  it('lists every element of the crime, then of the mode, in the provisions’ order, with text, kind and footnotes', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
    expect(c.elements.map((e) => `${e.part} ${e.article} ${e.number} ${e.kind}`)).toEqual([
      'CRIME 7(1)(d) 1 CONDUCT',
      'CRIME 7(1)(d) 2 CIRCUMSTANCE',
      'CRIME 7(1)(d) 3 MENTAL',
      'CRIME 7(1)(d) 4 CONTEXTUAL',
      'CRIME 7(1)(d) 5 MENTAL',
      'MODE 28(a) 1 CIRCUMSTANCE',
      'MODE 28(a) 2 CIRCUMSTANCE',
      'MODE 28(a) 3 MENTAL',
      'MODE 28(a) 4 CONDUCT',
      'MODE 28(a) 5 CONSEQUENCE',
    ]);
    expect(element(c, 'CRIME', '1').footnotes.map((f) => f.slice(0, 2))).toEqual(['12', '13']);
    expect(c.thresholds).toEqual({ minGrade: 'B3', minPublishers: 2 });
    expect(c.summary.elements).toBe(10);
  });

  it('two independent publishers support an element; the same publisher twice counts once', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
    const conduct = element(c, 'CRIME', '1');
    expect(conduct).toMatchObject({ status: 'SUPPORTED', publishers: 2, publishersAtMinGrade: 2, bestGrade: 'A1' });
    const lawful = element(c, 'CRIME', '2');
    expect(lawful).toMatchObject({ status: 'WEAK', sources: 2, publishers: 1, publishersAtMinGrade: 1 });
    expect(lawful.evidence.map((i) => [i.rule, i.citation.sourceId])).toEqual([
      ['cited', 'src:v-ngo-report'],
      ['cited', 'src:v-ngo-bulletin'],
    ]);
    expect(lawful.reason).toContain('2 sources, 1 independent publisher');
  });

  it('a gap is a gap: a mental element no citation names', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
    expect(element(c, 'CRIME', '3')).toMatchObject({ status: 'GAP', evidence: [], rules: [] });
    expect(element(c, 'CRIME', '3').reason).toContain('mental elements are never derived');
  });

  it('derives the conduct through the posting and the command from it, each item naming its rule', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
    const conduct = element(c, 'CRIME', '1');
    expect(rulesOf(conduct)).toEqual(['cited', 'conduct-deportation']);
    const derived = conduct.evidence.filter((i) => i.rule === 'conduct-deportation');
    // The unit's own act, tied to him by his posting in it; and, under art. 28, the act of an
    // officer whose posting made the unit one of the event's (the withheld officer, for a cleared viewer).
    expect(derived.map((i) => [i.recordId, i.citation.sourceId, i.citation.grade, i.postingId])).toEqual([
      ['part:v-expulsion-p2', 'src:v-ngo-report', 'B2', null],
      ['part:v-expulsion-unit', 'src:v-un', 'A1', 'post:v-commander'],
      ['part:v-expulsion-unit', 'src:v-ngo-report', 'B2', 'post:v-commander'],
    ]);
    expect(derived[1]!.finding).toContain('where the accused held a posting (COMMANDER) at 2021-05-20');
    const command = element(c, 'MODE', '2');
    expect(command).toMatchObject({ status: 'WEAK', rules: ['command-control'] });
    expect(command.evidence.map((i) => [i.rule, i.recordId, i.path.length])).toEqual([['command-control', 'post:v-commander', 0]]);
  });

  it('reads the command path of a superior above the unit (28(b))', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-minister-28b');
    const command = element(c, 'MODE', '1');
    expect(command.evidence.map((i) => [i.recordId, i.citation.sourceId])).toEqual([
      ['post:v-minister', 'src:v-ngo-report'],
      ['sub:v-unit-ministry', 'src:v-un'],
    ]);
    expect(command.evidence[0]!.path.map((l) => `${l.childId}→${l.parentId}`)).toEqual(['org:v-riot-unit→org:v-ministry']);
    expect(command.status).toBe('SUPPORTED');
    // The crime's conduct reaches the minister through the unit under his command.
    expect(element(c, 'CRIME', '1').evidence.map((i) => i.recordId)).toEqual(['part:v-expulsion-p2', 'part:v-expulsion-unit', 'part:v-expulsion-unit']);
  });

  it('a contradicted fact makes the element CONTESTED, the rival account beside it', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-detention');
    const conduct = element(c, 'CRIME', '1');
    expect(conduct.status).toBe('CONTESTED');
    expect(conduct.contradictions).toEqual([
      expect.objectContaining({
        contradictedId: 'part:v-detention-unit',
        recordId: 'part:v-detention-rival',
        recordType: 'Participation',
        citations: [expect.objectContaining({ sourceId: 'src:v-press', grade: 'C3' })],
      }),
    ]);
    // 25(3)(a) commission: the accused's own participations only; the unit's are not his.
    expect(element(c, 'MODE', '1')).toMatchObject({ status: 'GAP', rules: ['commission'] });
  });

  it('states the attack pattern as figures with the events behind them, as statistics counts them', async () => {
    const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
    const context = element(c, 'CRIME', '4');
    expect(context.pattern).toMatchObject({ from: '2020-05-20', to: '2021-05-20', eventCount: 2, victims: 20, months: ['2021-05'], eventIds: ['event:v-detention', 'event:v-expulsion'] });
    expect(context.pattern!.organizations.map((o) => o.organizationId)).toEqual(['org:v-riot-unit']);
    expect(context.pattern!.statement).toContain('not a finding');
    expect(context.evidence.map((i) => [i.rule, i.recordId])).toEqual([
      ['context-attack-pattern', 'event:v-detention'],
      ['context-attack-pattern', 'event:v-expulsion'],
    ]);
    const stats = await statistics(db.graph, { groupBy: 'EVENT_TYPE', from: context.pattern!.from, to: context.pattern!.to, eventTypes: context.pattern!.eventTypes }, async () => new Map());
    expect(stats.buckets.reduce((n, b) => n + b.events, 0)).toBe(context.pattern!.eventCount);
    expect(stats.buckets.reduce((n, b) => n + b.victims, 0)).toBe(context.pattern!.victims);
  });

  it('the case matrix: every allegation against the accused and a summary row', async () => {
    const m = await caseMatrix(db.graph, 'person:v-commander');
    expect(m.allegations.map((a) => a.allegationId)).toEqual(['alg:v-commander-28a', 'alg:v-commander-detention']);
    const sum = (k: 'elements' | 'supported' | 'weak' | 'contested' | 'gaps') => m.allegations.reduce((n, a) => n + a.summary[k], 0);
    expect(m.summary).toEqual({ elements: sum('elements'), supported: sum('supported'), weak: sum('weak'), contested: sum('contested'), gaps: sum('gaps') });
    await expect(caseMatrix(db.graph, 'person:nobody')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('leaves out what is hidden from the viewer', async () => {
    const hidden = new Set(['person:v-p2', 'part:v-expulsion-p2', 'post:v-p2-unit', 'alg:v-p2']);
    await expect(elementCoverage(db.graph, 'alg:v-p2', { hidden })).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
    const open = await elementCoverage(db.graph, 'alg:v-p2');
    expect(element(open, 'MODE', '1').evidence.map((i) => i.recordId)).toEqual(['part:v-expulsion-p2']);
    const shown = await elementCoverage(db.graph, 'alg:v-minister-28b', { hidden });
    expect(element(shown, 'CRIME', '1').evidence.map((i) => i.recordId)).toEqual(['part:v-expulsion-unit', 'part:v-expulsion-unit']);
  });

  describe('as evidence changes', () => {
    afterEach(async () => {
      await clearGraph(db);
      await write(db, COVERAGE_SCENARIO);
    });

    it('derived conduct and command disappear when the posting no longer covers the event', async () => {
      await write(db, [{ ...COMMANDER_POSTING, endDate: '2021-04-30' } as RecordV1]);
      const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
      expect(rulesOf(element(c, 'CRIME', '1'))).toEqual(['cited']);
      expect(element(c, 'MODE', '2')).toMatchObject({ status: 'GAP', evidence: [] });
      // Asked at a date the posting covers, they are back.
      const earlier = await elementCoverage(db.graph, 'alg:v-commander-28a', { at: '2021-04' });
      expect(rulesOf(element(earlier, 'CRIME', '1'))).toEqual(['cited', 'conduct-deportation']);
    });

    it('adding a citation turns a gap into support', async () => {
      const cited = {
        ...COMMANDER_28A,
        sources: [
          ...COMMANDER_28A.sources,
          { source: 'src:v-un', locator: 'para. 14', credibility: 2, quote: 'they knew the residents held permits', element: '3' },
          { source: 'src:v-ngo-report', locator: 'p. 5', credibility: 2, quote: 'the commander had the permits in hand', element: '3' },
        ],
      };
      await write(db, [cited]);
      const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
      expect(element(c, 'CRIME', '3')).toMatchObject({ status: 'SUPPORTED', publishers: 2 });
    });

    it('adding a contradiction turns support into CONTESTED', async () => {
      await write(db, [
        {
          type: 'Participation',
          id: 'part:v-expulsion-rival',
          actor: 'org:v-ministry',
          event: 'event:v-expulsion',
          role: 'OTHER',
          contradicts: ['part:v-expulsion-unit'],
          sources: [{ source: 'src:v-press', locator: 'release 8', credibility: 3, quote: 'the residents left of their own accord' }],
        },
      ]);
      const c = await elementCoverage(db.graph, 'alg:v-commander-28a');
      expect(element(c, 'CRIME', '1').status).toBe('CONTESTED');
      expect(element(c, 'CRIME', '1').contradictions.map((x) => x.recordId)).toEqual(['part:v-expulsion-rival']);
    });
  });

  it('refuses a bad date or threshold with the field named', async () => {
    await expect(elementCoverage(db.graph, 'alg:v-commander-28a', { at: '2021-13' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    await expect(elementCoverage(db.graph, 'alg:v-commander-28a', { minGrade: 'Z9' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    const strict = await elementCoverage(db.graph, 'alg:v-commander-28a', { minGrade: 'A1', minPublishers: 1 });
    expect(strict.thresholds).toEqual({ minGrade: 'A1', minPublishers: 1 });
    expect(element(strict, 'CRIME', '2').status).toBe('WEAK');
  });
});
