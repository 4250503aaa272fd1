import type { RecordType } from '../../storage/records/schemas';

/**
 * Write order across a whole import: a record is written only after everything it may refer to,
 * so no batch ever points at a record a later batch creates (which would silently lose the link).
 * Sources first; then entities that refer to nothing; then events (which refer to places and
 * courts); then the facts that tie them together. Contradictions come last, in a pass of their own.
 */
export const WRITE_TIERS: readonly (readonly RecordType[])[] = [
  ['Source'],
  ['Place', 'Organization', 'Person', 'LegalProvision'],
  ['Event', 'Trial'],
  ['Posting', 'Subordination', 'Participation', 'EventLink', 'Allegation'],
];
