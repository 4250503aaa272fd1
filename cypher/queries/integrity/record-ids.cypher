// Every record's id and type: checked in TypeScript against the protected persons' names
// (src/domain/integrity/protected-ids.ts). Runs only when some person is protected.
MATCH (n:Record)
RETURN n.id AS id, n.recordType AS type
ORDER BY id
