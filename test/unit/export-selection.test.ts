/**
 * The export selection schema (field + reason in every message, bounds), the export order, and
 * the records v1 redaction on its own (no database: a ProtectionView built from known names).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ErrorCode } from '../../src/foundations/errors';
import { EXPORT_TYPE_ORDER, exportSelectionSchema, parseExportSelection, selectionProblems } from '../../src/domain/exports/selection';
import { countsOf } from '../../src/domain/exports/selection/order';
import { RECORD_TYPES, RECORD_TYPE_NAMES } from '../../src/foundations/model/record-types';
import { LINK_RELS } from '../../src/domain/subgraph';
import { redactRecordV1 } from '../../src/domain/protection/redact-record-v1';
import { ProtectionView } from '../../src/domain/protection/view';
import { recordSchema, type RecordV1 } from '../../src/storage/records/schemas';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM, WITNESS } from '../fixtures/protection-scenario';

const problemsOf = (input: unknown): string[] => {
  const r = exportSelectionSchema.safeParse(input);
  return r.success ? [] : selectionProblems(r.error);
};

describe('exportSelectionSchema', () => {
  it('accepts each selection', () => {
    expect(parseExportSelection({ by: 'seeds', ids: ['org:a'], hops: 2, from: '2020', to: '2021-06', minGrade: 'B2', kinds: ['PERSON', 'EVENT'] })).toEqual({
      by: 'seeds',
      ids: ['org:a'],
      hops: 2,
      from: '2020',
      to: '2021-06',
      minGrade: 'B2',
      kinds: ['PERSON', 'EVENT'],
    });
    expect(parseExportSelection({ by: 'seeds', ids: ['org:a'], hops: undefined })).toEqual({ by: 'seeds', ids: ['org:a'] });
    expect(parseExportSelection({ by: 'event', event: 'event:x', at: '2020-08' })).toEqual({ by: 'event', event: 'event:x', at: '2020-08' });
    expect(parseExportSelection({ by: 'allegation', allegation: 'alg:x' })).toEqual({ by: 'allegation', allegation: 'alg:x' });
    expect(parseExportSelection({ by: 'all' })).toEqual({ by: 'all' });
  });

  it.each([
    [{ by: 'seeds', ids: [] }, 'ids: must name at least one record'],
    [{ by: 'seeds', ids: Array.from({ length: 5001 }, (_, i) => `org:a${i}`) }, 'ids: at most 5000 ids'],
    [{ by: 'seeds', ids: ['not an id'] }, 'ids.0: must look like "prefix:name"'],
    [{ by: 'seeds', ids: ['org:a'], hops: 5 }, 'hops: at most 4'],
    [{ by: 'seeds', ids: ['org:a'], hops: -1 }, 'hops: must not be negative'],
    [{ by: 'seeds', ids: ['org:a'], hops: 1.5 }, 'hops: must be a whole number'],
    [{ by: 'seeds', ids: ['org:a'], from: '2020-13' }, 'from: "2020-13" has month 13'],
    [{ by: 'seeds', ids: ['org:a'], to: 'yesterday' }, 'to: "yesterday" is not an ISO 8601 date'],
    [{ by: 'seeds', ids: ['org:a'], from: '2021', to: '2020' }, 'from: must not be after to'],
    [{ by: 'seeds', ids: ['org:a'], minGrade: 'B7' }, 'minGrade: "B7" is not a grade'],
    [{ by: 'seeds', ids: ['org:a'], kinds: ['SOURCE'] }, 'kinds.0: must be one of PERSON, ORGANIZATION'],
    [{ by: 'seeds', ids: ['org:a'], depth: 3 }, 'Unrecognized key'],
    [{ by: 'event', event: 'event:x', at: '2020-02-30' }, 'at: "2020-02-30" has day 30'],
    [{ by: 'event' }, 'event:'],
    [{ by: 'allegation', allegation: 'x' }, 'allegation: must look like'],
    [{ by: 'everything' }, 'by: must be one of seeds, event, allegation, accused, all'],
  ])('refuses %j naming the field and the reason', (input, expected) => {
    const problems = problemsOf(input);
    expect(problems.join('\n')).toContain(expected);
  });

  it('throws BAD_USER_INPUT naming the field, LIMIT_EXCEEDED for a bound', () => {
    expect(() => parseExportSelection({ by: 'seeds', ids: ['org:a'], from: '2020-13' })).toThrow(
      expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: expect.objectContaining({ field: 'selection.from' }) }),
    );
    expect(() => parseExportSelection({ by: 'seeds', ids: ['org:a'], hops: 9 })).toThrow(
      expect.objectContaining({ code: ErrorCode.LIMIT_EXCEEDED, details: expect.objectContaining({ field: 'selection.hops' }) }),
    );
  });

  it('admits the ids of a whole drawing, up to 5,000, to export what is on screen', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `org:a${i}`);
    expect(parseExportSelection({ by: 'seeds', ids, hops: 0 })).toEqual({ by: 'seeds', ids, hops: 0 });
    expect(() => parseExportSelection({ by: 'seeds', ids: [...ids, 'org:one-more'], hops: 0 })).toThrow(
      expect.objectContaining({ code: ErrorCode.LIMIT_EXCEEDED, details: expect.objectContaining({ field: 'selection.ids' }) }),
    );
  });
});

describe('export Cypher follows the model', () => {
  const cypher = (name: string) => readFileSync(join(__dirname, '../../cypher/queries', name.includes('/') ? name : `exports/${name}`), 'utf8').replace(/\/\/.*$/gm, '');
  const relLists = (text: string) => [...text.matchAll(/\[\s*\w*\s*:\s*([A-Z_|]+)/g)].map((m) => m[1]!.split('|').sort());

  it("links between entities are exactly the entity types' references (hop-direct.cypher)", () => {
    const entityRefs = [...new Set(RECORD_TYPE_NAMES.filter((t) => RECORD_TYPES[t].category === 'entity').flatMap((t) => RECORD_TYPES[t].refs.map((r) => r.rel)))].sort();
    expect(relLists(cypher('hop-direct.cypher'))).toEqual([entityRefs]);
  });

  it.each(['hop-facts.cypher', 'closure.cypher', 'records.cypher', 'protection/linking-persons.cypher'])(
    '%s follows exactly the model links (never citations, elements, contradictions as links)',
    (file) => {
      const lists = relLists(cypher(file)).filter((l) => !(l.length === 1 && ['CITED_FOR', 'CONTRADICTS'].includes(l[0]!)));
      expect(lists.length).toBeGreaterThan(0);
      for (const l of lists) expect(l).toEqual(LINK_RELS);
    },
  );
});

describe('export order', () => {
  it('is sources, entities, legal provisions, allegations, then facts, in the model order', () => {
    expect(EXPORT_TYPE_ORDER).toEqual(['Source', 'Person', 'Organization', 'Place', 'Event', 'Trial', 'LegalProvision', 'Allegation', 'Posting', 'Subordination', 'Participation', 'EventLink']);
  });

  it('counts sources, nodes and facts', () => {
    expect(countsOf({ Source: 2, Person: 3, LegalProvision: 1, Allegation: 1, Posting: 4, EventLink: 1 })).toEqual({ records: 12, sources: 2, nodes: 5, facts: 5 });
  });
});

describe('redactRecordV1', () => {
  const persons = PROTECTION_SCENARIO.flatMap((r) =>
    r.type === 'Person' && r.protection !== 'NONE' ? [{ id: r.id, protection: r.protection, name: r.name, aliases: r.aliases ?? [], pseudonym: r.pseudonym ?? null }] : [],
  );
  const uncleared = new ProtectionView(false, { persons, withheld: new Set([VICTIM.id]) });
  const cleared = new ProtectionView(true, { persons: [], withheld: new Set() });
  const context = { confidentialSources: new Set(['src:x-testimony']), leftOut: new Set(['part:x-v1-raid']) };
  const byId = new Map(PROTECTION_SCENARIO.map((r) => [r.id, recordSchema.parse(r)]));
  const redact = (id: string) => redactRecordV1(byId.get(id)!, uncleared, context);

  it('gives cleared viewers the record as stored', () => {
    for (const r of byId.values()) expect(redactRecordV1(r, cleared, context)).toBe(r);
  });

  it('leaves out the withheld person and every record referring to them', () => {
    for (const id of ['person:x-v1', 'part:x-v1-raid', 'part:x-v1-detention', 'post:x-v1-ngo', 'post:x-v1-unit', 'alg:x-v1']) expect(redact(id)).toBeNull();
  });

  it('reduces a pseudonymised person to the pseudonym, with scrubbed citations and no confidential quote', () => {
    expect(redact(WITNESS.id)).toEqual({
      type: 'Person',
      id: WITNESS.id,
      name: WITNESS.pseudonym,
      pseudonym: WITNESS.pseudonym,
      protection: 'PSEUDONYM',
      sources: [{ source: 'src:x-testimony', locator: 'p. 1', credibility: 1 }],
    });
  });

  it('scrubs every text and leaves a valid records v1 record; vocabularies, ids and dates untouched', () => {
    for (const r of byId.values()) {
      const shown = redactRecordV1(r, uncleared, context);
      if (!shown) continue;
      expect(recordSchema.safeParse(shown).success).toBe(true);
      const text = JSON.stringify(shown).toLowerCase();
      for (const w of PROTECTED_WORDS) expect(text).not.toContain(w);
    }
    expect(redact('event:x-raid')).toMatchObject({ id: 'event:x-raid', eventType: 'RAID', startDate: '2020-08-10', place: 'place:x-minsk', title: 'Raid on the flat of [withheld]' });
    expect(redact('post:x-w1-unit')).toMatchObject({ person: WITNESS.id, role: 'COMMANDER', startDate: '2019', endDate: '2023' });
  });

  it("scrubs a quote's translation as it scrubs the quote, and keeps whose translation it is", () => {
    expect(redact('post:x-w1-unit')).toMatchObject({
      sources: [{ source: 'src:x-report', quote: `${WITNESS.pseudonym} kamandavaŭ atradam u 2020 hodzie.`, translation: `${WITNESS.pseudonym} commanded the unit in 2020.`, translationBy: 'DATASET' }],
    });
  });

  it("drops a confidential source's file, hash and url, and a contradiction naming a left-out record", () => {
    const source: RecordV1 = {
      type: 'Source',
      id: 'src:secret',
      title: 'Notes',
      kind: 'NGO_REPORT',
      reliability: 'A',
      confidentiality: 'CONFIDENTIAL',
      file: 'secret.txt',
      fileLines: '3-9',
      sha256: 'a'.repeat(64),
      url: 'https://example.org/secret',
      language: 'ru',
      translationStatus: 'UNOFFICIAL',
    };
    expect(redactRecordV1(source, uncleared, context)).toEqual({
      type: 'Source',
      id: 'src:secret',
      title: 'Notes',
      kind: 'NGO_REPORT',
      reliability: 'A',
      confidentiality: 'CONFIDENTIAL',
      language: 'ru',
      translationStatus: 'UNOFFICIAL',
    });
    const rival = recordSchema.parse({ ...PROTECTION_SCENARIO.find((r) => r.id === 'part:x-unit-raid'), contradicts: ['part:x-v1-raid', 'part:x-officer-raid'] });
    expect(redactRecordV1(rival, uncleared, context)).toMatchObject({ contradicts: ['part:x-officer-raid'] });
  });

  it('shortens a text that scrubbing made longer than the schema allows', () => {
    const long = recordSchema.parse({ type: 'Place', id: 'place:long', name: `${'a'.repeat(290)} Ciemrykau`, sources: [{ source: 'src:x-report', locator: 'p', credibility: 1 }] });
    const shown = redactRecordV1(long, uncleared, context) as { name: string };
    expect(shown.name.length).toBeLessThanOrEqual(300);
    expect(shown.name.endsWith('…')).toBe(true);
  });

  it('scrubs by default: a Place kind (free text) is scrubbed, an Organization kind (vocabulary) is not', () => {
    const place = recordSchema.parse({ type: 'Place', id: 'place:k', name: 'Farm', kind: 'farm of Ciemrykau', sources: [{ source: 'src:x-report', locator: 'p', credibility: 1 }] });
    expect(redactRecordV1(place, uncleared, context)).toMatchObject({ kind: 'farm of [withheld]' });
    expect(redact('org:x-task')).toMatchObject({ name: 'Task Group [withheld]', kind: 'UNIT', country: 'BY' });
  });
});
