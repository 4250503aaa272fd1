export { readRecords, recordFromRow, UnreadableRecordError, READ_RECORDS_QUERY, type StoredRecordRow } from './read-records';
export { withoutNulls } from './without-nulls';
