/**
 * The chain-of-command walk on links held in memory, through its CommandSource seam: levels,
 * path grades, validity at the date, rival parents, cycles, the depth bound, minimum grades and
 * withheld commanders, and the round trips it asks of its source (one per level, one for the
 * commanders). The same walk runs on Neo4j in the integration tests.
 */
import type { ChainCitationRow } from '../../src/domain/chain-of-command/evidence';
import type { PostingRow, SubordinationRow } from '../../src/domain/chain-of-command/load';
import { dateWindow, minGradeOf } from '../../src/domain/chain-of-command/options';
import { walkCommand, type CommandSource, type WalkOptions, type WalkStart } from '../../src/domain/chain-of-command/walk';
import type { Credibility, Reliability } from '../../src/foundations/model/enums';

const cite = (grade: string): ChainCitationRow => ({
  sourceId: `source:${grade}`,
  title: `a source graded ${grade}`,
  reliability: grade[0] as Reliability,
  confidentiality: null,
  locator: 'p. 1',
  credibility: Number(grade[1]) as Credibility,
  quote: null,
  element: null,
});

const link = (id: string, childId: string, parentId: string, grade: string, startDate: string | null = '2019', endDate: string | null = null): SubordinationRow => ({
  subordinationId: id,
  childId,
  parentId,
  startDate,
  endDate,
  citations: [cite(grade)],
});

const command = (id: string, personId: string, organizationId: string, grade: string): PostingRow => ({
  postingId: id,
  personId,
  organizationId,
  role: 'COMMANDER',
  title: null,
  rank: null,
  startDate: '2020',
  endDate: null,
  citations: [cite(grade)],
});

/**
 * unit → brigade (B2) → ministry (C3) → unit (B2, closes a cycle); brigade → rival (A1, from June
 * 2021: POSSIBLE in 2021); unit → old (ended 2018: not valid in 2021).
 */
const LINKS = [
  link('sub:1', 'org:unit', 'org:brigade', 'B2'),
  link('sub:2', 'org:brigade', 'org:ministry', 'C3'),
  link('sub:3', 'org:brigade', 'org:rival', 'A1', '2021-06'),
  link('sub:4', 'org:ministry', 'org:unit', 'B2'),
  link('sub:5', 'org:unit', 'org:old', 'A1', '2010', '2018'),
];
const POSTINGS = [command('posting:1', 'person:general', 'org:ministry', 'B2'), command('posting:2', 'person:colonel', 'org:brigade', 'A1')];

/** A source over LINKS and POSTINGS that records what the walk asked of it. */
function memorySource(): CommandSource & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    links: async (frontier) => {
      calls.push(`links ${[...frontier].join(',')}`);
      return LINKS.filter((l) => frontier.includes(l.childId));
    },
    commanders: async (orgIds) => {
      calls.push(`commanders ${[...orgIds].join(',')}`);
      return POSTINGS.filter((p) => orgIds.includes(p.organizationId));
    },
  };
}

const START: WalkStart[] = [{ organizationId: 'org:unit', grade: 'A1', validity: 'CERTAIN' }];
const options = (o: Partial<WalkOptions> = {}): WalkOptions => ({ at: dateWindow('at', '2021'), direction: 'UP', depth: 10, minGrade: null, ...o });
const levelIds = (r: Awaited<ReturnType<typeof walkCommand>>) => r.levels.map((l) => l.organizations.map((o) => o.organizationId));

describe('walkCommand on links in memory', () => {
  it('climbs level by level, keeping rival parents, with one round trip per level and one for the commanders', async () => {
    const source = memorySource();
    const r = await walkCommand(source, START, options());
    expect(levelIds(r)).toEqual([['org:unit'], ['org:brigade'], ['org:ministry', 'org:rival']]);
    expect(source.calls).toEqual(['links org:unit', 'links org:brigade', 'links org:ministry,org:rival', 'commanders org:unit,org:brigade,org:ministry,org:rival']);
    expect(r.depthLimited).toBe(false);
  });

  it('grades each organisation by its best path, each path as strong as its weakest link, and keeps POSSIBLE links possible', async () => {
    const r = await walkCommand(memorySource(), START, options());
    const org = (id: string) => r.levels.flatMap((l) => l.organizations).find((o) => o.organizationId === id)!;
    expect([org('org:unit').pathGrade, org('org:brigade').pathGrade, org('org:ministry').pathGrade, org('org:rival').pathGrade]).toEqual(['A1', 'B2', 'C3', 'B2']);
    expect(org('org:rival').pathValidity).toBe('POSSIBLE');
    expect(org('org:ministry').pathValidity).toBe('CERTAIN');
    expect(org('org:ministry').commanders.map((c) => c.personId)).toEqual(['person:general']);
  });

  it('leaves out links not valid at the date', async () => {
    const r = await walkCommand(memorySource(), START, options());
    expect(r.links.map((l) => l.subordinationId)).not.toContain('sub:5');
  });

  it('links an organisation met again without expanding it again, and reports the cycle it closes', async () => {
    const r = await walkCommand(memorySource(), START, options());
    expect(r.cycles).toEqual([{ organizationIds: ['org:unit', 'org:brigade', 'org:ministry', 'org:unit'], subordinationIds: ['sub:1', 'sub:2', 'sub:4'], cutAt: 'sub:4' }]);
    expect(r.links.find((l) => l.subordinationId === 'sub:4')).toMatchObject({ closesCycle: true, level: 3 });
  });

  it('stops at the depth, says so, and still follows links back into what it reached', async () => {
    const r = await walkCommand(memorySource(), START, options({ depth: 1 }));
    expect(levelIds(r)).toEqual([['org:unit'], ['org:brigade']]);
    expect(r.depthLimited).toBe(true);
    expect(r.links.map((l) => l.subordinationId)).toEqual(['sub:1']);
  });

  it('excludes links and commanders below the minimum grade, saying why', async () => {
    const r = await walkCommand(memorySource(), START, options({ minGrade: minGradeOf('B2') }));
    expect(levelIds(r)).toEqual([['org:unit'], ['org:brigade'], ['org:rival']]);
    expect(r.excluded).toContainEqual({ kind: 'Subordination', id: 'sub:2', reason: 'below the minimum grade B2: its best citation is C3' });
  });

  it('leaves out the command postings of withheld persons', async () => {
    const r = await walkCommand(memorySource(), START, options({ hidden: new Set(['person:colonel']) }));
    expect(r.levels[1]!.organizations[0]!.commanders).toEqual([]);
  });

  it('walks down from a parent to its children', async () => {
    const source: CommandSource = {
      links: async (frontier) => LINKS.filter((l) => frontier.includes(l.parentId)),
      commanders: async () => [],
    };
    const r = await walkCommand(source, [{ organizationId: 'org:ministry', grade: null, validity: 'CERTAIN' }], options({ direction: 'DOWN', depth: 1 }));
    expect(levelIds(r)).toEqual([['org:ministry'], ['org:brigade']]);
    expect(r.depthLimited).toBe(true);
  });
});
