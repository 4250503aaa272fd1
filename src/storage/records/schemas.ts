/**
 * Records v1 (docs/records-and-import.md): the one interchange format. These zod schemas are the reference for
 * validation everywhere: seed, bulk import, GraphQL mutations. Objects are strict so that a
 * misspelt field is an error rather than silently dropped data.
 */
import { z } from 'zod';
import {
  CONFIDENTIALITY_LEVELS,
  CREDIBILITY_GRADES,
  ELEMENT_KINDS,
  ELEMENT_NUMBERINGS,
  EVENT_LINK_RELATIONS,
  EVENT_TYPES,
  LIABILITY_MODES,
  ORGANIZATION_KINDS,
  PARTICIPATION_ROLES,
  POSTING_ROLES,
  PROTECTION_LEVELS,
  RELIABILITY_GRADES,
  SOURCE_KINDS,
  SUBORDINATION_CLASSIFICATIONS,
  TRANSLATION_ORIGINS,
  TRANSLATION_STATUSES,
} from '../../foundations/model/enums';
import { lineRangeProblem } from '../../foundations/model/line-range';
import type { RecordType } from '../../foundations/model/record-types';
import { partialDateProblem } from '../../foundations/model/partial-date';

/** Stable ids: a lower-case prefix, a colon, then letters, digits and . _ - : / */
export const ID_PATTERN = /^[a-z][a-z0-9]*:[A-Za-z0-9][A-Za-z0-9._:/-]*$/;
export const id = z.string().max(200).regex(ID_PATTERN, 'must look like "prefix:name" (lower-case prefix, then letters, digits, . _ - : /)');

export const partialDate = z.string().superRefine((value, ctx) => {
  const problem = partialDateProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const optionalDate = partialDate.nullable().optional();
const text = (max = 2000) => z.string().trim().min(1).max(max);

export const citation = z
  .strictObject({
    source: id,
    locator: text(200),
    credibility: z.union(CREDIBILITY_GRADES.map((g) => z.literal(g)) as [z.ZodLiteral<1>, ...z.ZodLiteral<number>[]]),
    /** The passage, verbatim in the source's language. */
    quote: text(5000).optional(),
    /** An English translation of a quote in another language; never instead of the quote. */
    translation: text(5000).optional(),
    /** Who translated: the dataset's editors (DATASET) or the source itself (SOURCE). */
    translationBy: z.enum(TRANSLATION_ORIGINS).optional(),
    /** For an Allegation's citations: the element the evidence goes to (model/cited-element: "1" of the provision, "25(3)(a) 2" of the mode's). */
    element: text(20).optional(),
  })
  .superRefine((c, ctx) => {
    // A translation stands beside the verbatim quote and says whose it is, so a reader never takes
    // the dataset's English for the source's words.
    if (c.translation !== undefined && c.quote === undefined) ctx.addIssue({ code: 'custom', path: ['translation'], message: 'translates a quote: give the quote verbatim beside it' });
    if (c.translation !== undefined && c.translationBy === undefined)
      ctx.addIssue({ code: 'custom', path: ['translationBy'], message: 'is required with a translation: DATASET (the dataset’s own) or SOURCE' });
    if (c.translation === undefined && c.translationBy !== undefined) ctx.addIssue({ code: 'custom', path: ['translationBy'], message: 'says who made a translation, and there is none' });
  });
export type Citation = z.infer<typeof citation>;

/** Every fact except a Source cites at least one source. */
const sources = z.array(citation).min(1, 'must cite at least one source');

/** Fields every cited record may carry: its citations and the records whose account it contradicts. */
const cited = {
  sources,
  contradicts: z.array(id).optional(),
};

const dated = {
  startDate: optionalDate,
  endDate: optionalDate,
};

export const sourceRecord = z.strictObject({
  type: z.literal('Source'),
  id,
  title: text(1000),
  publisher: text(500).optional(),
  kind: z.enum(SOURCE_KINDS),
  publishedAt: optionalDate,
  url: z.url().optional(),
  reliability: z.enum(RELIABILITY_GRADES),
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).default('PUBLIC'),
  /** File name under the held source documents (SOURCES_DIR, seed/sources by default), when the file is held. */
  file: text(300).optional(),
  /**
   * The lines of `file` ("12-15", 1-based, inclusive) that hold this source's excerpt, when the file
   * gathers excerpts of several pages: the source's quotes and "line N" locators lie there.
   */
  fileLines: z
    .string()
    .superRefine((r, ctx) => {
      const problem = lineRangeProblem(r);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .optional(),
  /** SHA-256 (hex) of the whole held `file`. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  language: text(20).optional(),
  /** The source's text is a translation of the original document: OFFICIAL or UNOFFICIAL. */
  translationStatus: z.enum(TRANSLATION_STATUSES).optional(),
  /** What the reliability grade rests on: what the source is (the law itself, a news agency, an encyclopaedia mirror…). */
  reliabilityNote: text(1000).optional(),
});

export const personRecord = z
  .strictObject({
    type: z.literal('Person'),
    id,
    name: text(300),
    aliases: z.array(text(300)).optional(),
    birthDate: optionalDate,
    citizenship: z.array(z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')).optional(),
    description: text(5000).optional(),
    protection: z.enum(PROTECTION_LEVELS).default('NONE'),
    pseudonym: text(300).optional(),
    ...cited,
  })
  .superRefine((p, ctx) => {
    if (p.protection === 'PSEUDONYM' && !p.pseudonym) {
      ctx.addIssue({ code: 'custom', path: ['pseudonym'], message: 'is required when protection is PSEUDONYM' });
    }
  });

export const organizationRecord = z.strictObject({
  type: z.literal('Organization'),
  id,
  name: text(500),
  shortName: text(100).optional(),
  aliases: z.array(text(500)).optional(),
  kind: z.enum(ORGANIZATION_KINDS),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .optional(),
  description: text(5000).optional(),
  foundedDate: optionalDate,
  dissolvedDate: optionalDate,
  ...cited,
});

export const placeRecord = z.strictObject({
  type: z.literal('Place'),
  id,
  name: text(300),
  aliases: z.array(text(300)).optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
    .optional(),
  kind: text(50).optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  ...cited,
});

const eventFields = {
  id,
  eventType: z.enum(EVENT_TYPES),
  title: text(500),
  description: text(10000).optional(),
  place: id.optional(),
  /** Groups the event targeted ("lawyers", "journalists"…): material for the context element. */
  targetedGroups: z.array(text(100)).optional(),
  /** Number of victims where the sources give one. */
  victimCount: z.number().int().nonnegative().optional(),
  ...dated,
  ...cited,
};

export const eventRecord = z.strictObject({ type: z.literal('Event'), ...eventFields });

export const trialRecord = z.strictObject({
  type: z.literal('Trial'),
  ...eventFields,
  eventType: z.enum(EVENT_TYPES).default('TRIAL'),
  court: id.optional(),
  caseNumber: text(100).optional(),
  inAbsentia: z.boolean().default(false),
  /** Charges as Criminal Code articles, e.g. "Criminal Code art. 342". */
  charges: z.array(text(300)).optional(),
  verdictDate: optionalDate,
  sentence: text(1000).optional(),
});

export const postingRecord = z.strictObject({
  type: z.literal('Posting'),
  id,
  person: id,
  organization: id,
  role: z.enum(POSTING_ROLES),
  title: text(300).optional(),
  rank: text(100).optional(),
  ...dated,
  ...cited,
});

export const subordinationRecord = z.strictObject({
  type: z.literal('Subordination'),
  id,
  child: id,
  parent: id,
  classification: z.enum(SUBORDINATION_CLASSIFICATIONS),
  ...dated,
  ...cited,
});

export const participationRecord = z.strictObject({
  type: z.literal('Participation'),
  id,
  actor: id,
  event: id,
  role: z.enum(PARTICIPATION_ROLES),
  description: text(2000).optional(),
  ...cited,
});

export const eventLinkRecord = z.strictObject({
  type: z.literal('EventLink'),
  id,
  from: id,
  to: id,
  relation: z.enum(EVENT_LINK_RELATIONS),
  ...cited,
});

/** An official footnote, as `<number>: <text>`, or `<number> (on "<words>"): <text>` for one anchored on words. */
const footnote = text(5000);

export const element = z.strictObject({
  number: text(20),
  text: text(5000),
  kind: z.enum(ELEMENT_KINDS),
  /** The official footnotes on this element (Elements of Crimes), kept apart from its text. */
  footnotes: z.array(footnote).optional(),
});

export const legalProvisionRecord = z
  .strictObject({
    type: z.literal('LegalProvision'),
    id,
    instrument: text(300),
    article: text(100),
    title: text(500),
    /** Official footnotes on the provision as a whole (the Elements of Crimes attach some to a crime's title). */
    footnotes: z.array(footnote).optional(),
    /** Whose numbering the elements follow: the Elements of Crimes' (OFFICIAL) or this dataset's own (DATASET). */
    elementNumbering: z.enum(ELEMENT_NUMBERINGS).optional(),
    elements: z.array(element).default([]),
    ...cited,
  })
  .superRefine((lp, ctx) => {
    const seen = new Set<string>();
    lp.elements.forEach((e, i) => {
      if (seen.has(e.number)) {
        ctx.addIssue({ code: 'custom', path: ['elements', i, 'number'], message: `element ${e.number} appears twice` });
      }
      seen.add(e.number);
    });
  });

export const allegationRecord = z.strictObject({
  type: z.literal('Allegation'),
  id,
  accused: id,
  provision: id,
  mode: z.enum(LIABILITY_MODES),
  events: z.array(id).min(1, 'must name at least one event'),
  description: text(5000).optional(),
  ...cited,
});

export const recordSchema = z.discriminatedUnion('type', [
  sourceRecord,
  personRecord,
  organizationRecord,
  placeRecord,
  eventRecord,
  trialRecord,
  postingRecord,
  subordinationRecord,
  participationRecord,
  eventLinkRecord,
  legalProvisionRecord,
  allegationRecord,
]);

export type RecordV1 = z.infer<typeof recordSchema>;
export type { RecordType };
/** The model's record types are exactly the schemas' (a type that fails to compile otherwise). */
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type RecordTypesMatchSchemas = Assert<Exactly<RecordV1['type'], RecordType>>;
type Assert<T extends true> = T;
export type RecordOf<T extends RecordType> = Extract<RecordV1, { type: T }>;
