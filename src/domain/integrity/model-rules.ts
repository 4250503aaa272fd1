/**
 * What the integrity check expects of the graph, derived from the model (RECORD_TYPES) and the
 * records v1 schemas rather than spelt out per record type: which types must be cited, which
 * references each type has and whether they are required, which date fields bound an interval,
 * which pairs of references may point at one node (self-loops), and each type's labels.
 */
import type { z } from 'zod';
import { CONTRADICTS_REL, RECORD_TYPES, RECORD_TYPE_NAMES, type Category } from '../../foundations/model/record-types';
import { recordSchema, type RecordType } from '../../storage/records/schemas';

export interface LinkRule {
  field: string;
  rel: string;
  targets: readonly RecordType[];
  many: boolean;
  /** The records v1 schema refuses a record without it (for a list: without at least one). */
  required: boolean;
}

export interface IntervalPair {
  start: string;
  end: string;
}

export interface LoopPair {
  type: RecordType;
  fromField: string;
  fromRel: string;
  toField: string;
  toRel: string;
}

/** Date fields that open and close an interval, wherever a record type has both. */
const INTERVAL_FIELDS: readonly IntervalPair[] = [
  { start: 'startDate', end: 'endDate' },
  { start: 'foundedDate', end: 'dissolvedDate' },
];

const shapes = new Map<RecordType, Record<string, z.ZodType>>(recordSchema.options.map((o) => [(o.shape.type as z.ZodLiteral<RecordType>).value, o.shape as Record<string, z.ZodType>]));

function shapeOf(type: RecordType): Record<string, z.ZodType> {
  const shape = shapes.get(type);
  if (!shape) throw new Error(`records v1 has no schema for record type ${type}`);
  return shape;
}

/** A field is required when its schema refuses an absent value. */
function isRequired(type: RecordType, field: string): boolean {
  const schema = shapeOf(type)[field];
  return schema !== undefined && !schema.safeParse(undefined).success;
}

export function categoryOf(type: string): Category | undefined {
  return (RECORD_TYPES as Record<string, { category: Category } | undefined>)[type]?.category;
}

/** Record types whose records cite sources (every one but Source). */
export function citedTypes(): RecordType[] {
  return RECORD_TYPE_NAMES.filter((t) => 'sources' in shapeOf(t));
}

/** Each record type's references, plus `contradicts` (CONTRADICTS links to any record) where the type has it. */
export function linkRules(): Partial<Record<RecordType, LinkRule[]>> {
  const rules: Partial<Record<RecordType, LinkRule[]>> = {};
  for (const type of RECORD_TYPE_NAMES) {
    const list: LinkRule[] = RECORD_TYPES[type].refs.map((r) => ({
      field: r.field,
      rel: r.rel,
      targets: r.targets,
      many: r.many,
      required: isRequired(type, r.field),
    }));
    if ('contradicts' in shapeOf(type)) {
      list.push({ field: 'contradicts', rel: CONTRADICTS_REL, targets: RECORD_TYPE_NAMES, many: true, required: false });
    }
    if (list.length) rules[type] = list;
  }
  return rules;
}

/** The intervals of each record type that has both ends of one among its date fields. */
export function intervalPairs(): Partial<Record<RecordType, IntervalPair[]>> {
  const pairs: Partial<Record<RecordType, IntervalPair[]>> = {};
  for (const type of RECORD_TYPE_NAMES) {
    const dates = RECORD_TYPES[type].dates;
    const own = INTERVAL_FIELDS.filter((p) => dates.includes(p.start) && dates.includes(p.end));
    if (own.length) pairs[type] = own;
  }
  return pairs;
}

/** Pairs of single references of one record type that may name the same record (child/parent, from/to). */
export function loopPairs(): LoopPair[] {
  const loops: LoopPair[] = [];
  for (const type of RECORD_TYPE_NAMES) {
    const single = RECORD_TYPES[type].refs.filter((r) => !r.many);
    single.forEach((a, i) => {
      for (const b of single.slice(i + 1)) {
        if (a.targets.some((t) => b.targets.includes(t))) {
          loops.push({ type, fromField: a.field, fromRel: a.rel, toField: b.field, toRel: b.rel });
        }
      }
    });
  }
  return loops;
}

/** Each record type's labels (besides `Record`), and every label a record type uses. */
export function recordLabels(): { labels: Record<string, readonly string[]>; recordLabels: string[] } {
  const labels = Object.fromEntries(RECORD_TYPE_NAMES.map((t) => [t, RECORD_TYPES[t].labels]));
  return { labels, recordLabels: [...new Set(RECORD_TYPE_NAMES.flatMap((t) => RECORD_TYPES[t].labels))] };
}
