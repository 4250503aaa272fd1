import type { RecordType } from '../../foundations/model/record-types';

/** The GraphQL object types records resolve to: a Trial is an Event (with trial details). */
export type RecordGraphqlType = Exclude<RecordType, 'Trial'>;

/** GraphQL type of a record of type `recordType`. */
export function graphqlTypeOfRecordType(recordType: RecordType): RecordGraphqlType {
  return recordType === 'Trial' ? 'Event' : recordType;
}

/** GraphQL type of a record for Node resolution. */
export function graphqlTypeOf(node: { recordType: RecordType }): RecordGraphqlType {
  return graphqlTypeOfRecordType(node.recordType);
}
