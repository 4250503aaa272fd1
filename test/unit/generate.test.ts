/**
 * The synthetic dataset generator: deterministic per seed, valid records v1 as a whole,
 * and shaped like the real thing (deep unit trees, reorganisations, successions of commanders,
 * partial dates, protected persons, every event type, perpetrators posted where they acted).
 */
import { generate, memorySink } from '../../src/domain/generate';
import { EVENT_TYPES, PERPETRATOR_ROLES, RELIABILITY_GRADES, CREDIBILITY_GRADES } from '../../src/foundations/model/enums';
import { parsePartialDate } from '../../src/foundations/model/partial-date';
import type { RecordOf, RecordV1 } from '../../src/storage/records/schemas';
import { formatProblem, parseRecord, validateBatch, type NumberedRecord, type RecordProblem } from '../../src/storage/records/validate';

function text(scale: number, seed: number): string {
  const sink = memorySink();
  generate({ scale, seed }, sink);
  return sink.text();
}

function parse(jsonl: string): { records: NumberedRecord[]; problems: RecordProblem[] } {
  const records: NumberedRecord[] = [];
  const problems: RecordProblem[] = [];
  jsonl.split('\n').forEach((line, i) => {
    if (!line) return;
    const parsed = parseRecord(JSON.parse(line), i + 1);
    if (parsed.record) records.push({ line: i + 1, record: parsed.record });
    problems.push(...parsed.problems);
  });
  return { records, problems };
}

const ofType = <T extends RecordV1['type']>(records: readonly NumberedRecord[], type: T) => records.map((r) => r.record).filter((r): r is RecordOf<T> => r.type === type);

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const FULL = /^\d{4}-\d{2}-\d{2}$/;

/** Longest chain of COMMAND subordinations (child → parent → …), in links. */
function maxDepth(subs: readonly RecordOf<'Subordination'>[]): number {
  const parents = new Map<string, string[]>();
  for (const s of subs.filter((x) => x.classification === 'COMMAND')) parents.set(s.child, [...(parents.get(s.child) ?? []), s.parent]);
  const memo = new Map<string, number>();
  const depth = (org: string): number => {
    if (memo.has(org)) return memo.get(org)!;
    memo.set(org, 0);
    const d = Math.max(0, ...(parents.get(org) ?? []).map((p) => 1 + depth(p)));
    memo.set(org, d);
    return d;
  };
  return Math.max(...[...parents.keys()].map(depth));
}

describe('generate: determinism', () => {
  const first = text(0.01, 1);

  it('writes byte-identical output for the same scale and seed', () => {
    expect(text(0.01, 1)).toBe(first);
  });

  it('writes something else for another seed', () => {
    expect(text(0.01, 2)).not.toBe(first);
  });

  it('writes valid records v1 in dependency order, with synthetic ids', async () => {
    const { records, problems } = parse(first);
    expect(problems.map(formatProblem)).toEqual([]);
    expect((await validateBatch(records)).map(formatProblem)).toEqual([]);
    expect(records.every(({ record }) => /^[a-z]+:syn-/.test(record.id))).toBe(true);
    const tier = { Source: 0, Place: 1, Organization: 1, Person: 1, LegalProvision: 1, Event: 2, Trial: 2 } as Record<string, number>;
    let last = 0;
    for (const { record } of records) {
      const t = tier[record.type] ?? 3;
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
  });
});

describe('generate: shape', () => {
  let records: NumberedRecord[];
  beforeAll(() => {
    const parsed = parse(text(0.1, 1));
    expect(parsed.problems.map(formatProblem)).toEqual([]);
    records = parsed.records;
  });

  it('is about 10,000 records at scale 0.1, and valid as a whole', async () => {
    expect(records.length).toBeGreaterThan(7_000);
    expect(records.length).toBeLessThan(13_000);
    expect((await validateBatch(records)).map(formatProblem)).toEqual([]);
  });

  it('has unit trees at least 6 levels deep even at tiny scales', () => {
    const tiny = parse(text(0.01, 3)).records;
    expect(maxDepth(ofType(tiny, 'Subordination'))).toBeGreaterThanOrEqual(6);
    expect(maxDepth(ofType(records, 'Subordination'))).toBeGreaterThanOrEqual(6);
  });

  it('has reorganisations and administrative links', () => {
    const subs = ofType(records, 'Subordination');
    expect(subs.some((s) => s.classification === 'ADMINISTRATIVE')).toBe(true);
    const byChild = new Map<string, RecordOf<'Subordination'>[]>();
    for (const s of subs.filter((x) => x.classification === 'COMMAND')) byChild.set(s.child, [...(byChild.get(s.child) ?? []), s]);
    const moved = [...byChild.values()].filter((links) => links.some((old) => old.endDate && links.some((next) => next.parent !== old.parent && next.startDate === nextDay(old.endDate!))));
    expect(moved.length).toBeGreaterThan(0);
  });

  it('has successions of commanders, partial-date postings and careers across units', () => {
    const postings = ofType(records, 'Posting');
    const commanders = new Map<string, RecordOf<'Posting'>[]>();
    for (const p of postings.filter((x) => x.role === 'COMMANDER' || x.role === 'HEAD')) commanders.set(p.organization, [...(commanders.get(p.organization) ?? []), p]);
    const succession = [...commanders.values()].some(
      (list) => list.length >= 2 && list.some((a) => a.endDate && FULL.test(a.endDate) && list.some((b) => b.person !== a.person && b.startDate === nextDay(a.endDate!))),
    );
    expect(succession).toBe(true);
    expect(postings.some((p) => p.startDate && !FULL.test(p.startDate))).toBe(true);
    expect(postings.some((p) => !p.endDate)).toBe(true);
    const units = new Map<string, Set<string>>();
    for (const p of postings) units.set(p.person, (units.get(p.person) ?? new Set()).add(p.organization));
    expect([...units.values()].filter((u) => u.size >= 2).length).toBeGreaterThan(50);
  });

  it('protects some persons', () => {
    const persons = ofType(records, 'Person');
    const pseudonymous = persons.filter((p) => p.protection === 'PSEUDONYM');
    expect(pseudonymous.length).toBeGreaterThan(0);
    expect(pseudonymous.every((p) => p.pseudonym)).toBe(true);
    expect(persons.some((p) => p.protection === 'WITHHOLD')).toBe(true);
    const share = persons.filter((p) => p.protection !== 'NONE').length / persons.length;
    expect(share).toBeGreaterThan(0.005);
    expect(share).toBeLessThan(0.05);
  });

  it('has events of every type, trials with courts, judges and prosecutors, and targeted groups', () => {
    const events = [...ofType(records, 'Event'), ...ofType(records, 'Trial')];
    expect(new Set(events.map((e) => e.eventType))).toEqual(new Set(EVENT_TYPES));
    expect(events.some((e) => e.targetedGroups?.length)).toBe(true);
    const trials = ofType(records, 'Trial');
    expect(trials.every((t) => t.court)).toBe(true);
    expect(trials.some((t) => t.inAbsentia)).toBe(true);
    const roles = new Set(ofType(records, 'Participation').map((p) => p.role));
    for (const role of ['PRESIDED', 'PROSECUTED', 'DEFENDANT', 'VICTIM', 'ORDERED', 'DIRECTLY_PERPETRATED'] as const) expect(roles).toContain(role);
    expect(ofType(records, 'EventLink').length).toBeGreaterThan(0);
    expect(ofType(records, 'Allegation').length).toBeGreaterThan(0);
  });

  it('names perpetrators who were posted somewhere on the day of the event', () => {
    const start = new Map([...ofType(records, 'Event'), ...ofType(records, 'Trial')].map((e) => [e.id, e.startDate ?? null]));
    const postings = new Map<string, RecordOf<'Posting'>[]>();
    for (const p of ofType(records, 'Posting')) postings.set(p.person, [...(postings.get(p.person) ?? []), p]);
    const perpetrators = ofType(records, 'Participation').filter((p) => p.actor.startsWith('person:') && (PERPETRATOR_ROLES as readonly string[]).includes(p.role));
    expect(perpetrators.length).toBeGreaterThan(100);
    for (const part of perpetrators) {
      const on = parsePartialDate(start.get(part.event)!);
      const posted = (postings.get(part.actor) ?? []).some(
        (p) => (!p.startDate || parsePartialDate(p.startDate).earliest <= on.latest) && (!p.endDate || parsePartialDate(p.endDate).latest >= on.earliest),
      );
      expect({ part: part.id, posted }).toEqual({ part: part.id, posted: true });
    }
  });

  it('spreads evidence grades', () => {
    const reliability = new Set(ofType(records, 'Source').map((s) => s.reliability));
    expect(reliability).toEqual(new Set(RELIABILITY_GRADES));
    const credibility = new Set(records.flatMap(({ record }) => ('sources' in record ? record.sources.map((c) => c.credibility) : [])));
    expect(credibility).toEqual(new Set(CREDIBILITY_GRADES));
    const cited = records.filter(({ record }) => record.type !== 'Source');
    expect(cited.every(({ record }) => 'sources' in record && record.sources.length >= 1 && record.sources.length <= 2)).toBe(true);
  });
});
