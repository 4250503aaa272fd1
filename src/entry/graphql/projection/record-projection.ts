/**
 * Which properties a query reads of the records it hands to this request's fields: those the
 * operation's selection shows, with what protection needs to redact them (the reference fields, a
 * person's protection and pseudonym) and what the facts' order needs (`startDateMin`). A record
 * type one of whose selected fields needs the whole record is read whole. Such partial records
 * reach only the fields of the selection they were read for (src/entry/graphql/brought-along.ts),
 * never the request's loaders, which other fields read whole.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { RECORD_TYPES, type RecordType } from '../../../foundations/model/record-types';
import { storedProperties, type RecordProjection } from '../../../storage/records/projected';
import { graphqlTypeOfRecordType } from '../graphql-type-of';
import { FIELD_NEEDS } from './field-needs';
import { fieldsByType, type FieldsByType } from './operation-fields';

/** Properties a query reads besides the selection's, per record type (those its own code reads). */
export type ExtraProperties = Partial<Record<RecordType, readonly string[]>>;

const NONE: ReadonlySet<string> = new Set();
const remembered = new WeakMap<FieldsByType, Map<string, RecordProjection>>();

/** The projection of records of `types` for the operation `info` belongs to. */
export function recordProjection(info: GraphQLResolveInfo, types: readonly RecordType[], extra: ExtraProperties = {}): RecordProjection {
  const selected = fieldsByType(info.schema, info.operation, info.fragments);
  let ofOperation = remembered.get(selected);
  if (!ofOperation) remembered.set(selected, (ofOperation = new Map<string, RecordProjection>()));
  const key = JSON.stringify([types, extra]);
  let projection = ofOperation.get(key);
  if (!projection) ofOperation.set(key, (projection = project(selected, types, extra)));
  return projection;
}

function project(selected: FieldsByType, types: readonly RecordType[], extra: ExtraProperties): RecordProjection {
  const projection: Record<string, readonly string[]> = {};
  for (const type of types) {
    const keys = keysOf(type, selected.get(graphqlTypeOfRecordType(type)) ?? NONE, extra[type] ?? []);
    if (keys) projection[type] = keys;
  }
  return Object.freeze(projection);
}

/** The keys to read of a record of `type` showing `fields`; null: read it whole. */
export function keysOf(type: RecordType, fields: ReadonlySet<string>, extra: readonly string[] = []): string[] | null {
  const declared = FIELD_NEEDS[graphqlTypeOfRecordType(type)] ?? {};
  const stored = storedProperties(type);
  const protection = type === 'Person' ? ['protection', 'pseudonym'] : [];
  const keys = new Set(['recordType', 'id', ...RECORD_TYPES[type].refs.map((r) => r.field), 'startDateMin', ...protection, ...extra]);
  for (const field of fields) {
    const needs = keys.has(field) ? [] : Object.hasOwn(declared, field) ? declared[field]! : stored.has(field) ? [field] : 'whole';
    if (needs === 'whole') return null;
    for (const k of needs) keys.add(k);
  }
  return [...keys];
}
