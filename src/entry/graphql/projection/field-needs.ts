/**
 * What the fields of the records' GraphQL types read of the stored record where that is not the
 * property of the field's own name: fields with a resolver of their own. `[]`: the record's id is
 * enough (a loader keyed by it); 'whole': the resolver reads the record whole, or hands it to the
 * fields of another type (`trial`), so a record shown with that field is read whole.
 * A field named neither here nor among its record type's properties is read whole as well: a field
 * added without a line here costs a few bytes, never a wrong answer.
 */
import type { RecordGraphqlType } from '../graphql-type-of';

export type FieldNeeds = readonly string[] | 'whole';

const CITED = { citations: [], contradictions: [] } as const;

export const FIELD_NEEDS: Partial<Record<RecordGraphqlType, Readonly<Record<string, FieldNeeds>>>> = {
  Person: { aliases: ['aliases'], citizenship: ['citizenship'], protection: ['protection'], pseudonymised: [], postings: [], participations: [], ...CITED },
  Organization: { aliases: ['aliases'], parents: [], children: [], members: [], participations: [], ...CITED },
  Event: { place: ['place'], targetedGroups: ['targetedGroups'], participants: [], links: [], trial: 'whole', ...CITED },
  Participation: { side: ['role'], actor: ['actor'], event: ['event'], ...CITED },
  Subordination: { child: ['child'], parent: ['parent'], validity: ['startDate', 'endDate'], ...CITED },
};
