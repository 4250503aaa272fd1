export { appendAudit, appendAuditEntries, entryHash, entryFromRow, GENESIS_HASH, AUDIT_ACTIONS, type AuditAction, type AuditEntry, type AuditEntryInput } from './chain';
export { auditRecordWrites, readBefore, recordEntry } from './records';
export { auditImportBatch, auditContradictionBatch, batchOutcomes, storedHashes, importTarget } from './imports';
export { auditExport, type ExportAudit } from './exports';
export { verifyAudit, formatVerification, VERIFY_PAGE_SIZE, type AuditVerification, type AuditProblem, type AuditProblemKind } from './verify';
export { listAudit, countAudit, detailsFor, type AuditFilter } from './list';
