// Beyond the newest $kept finished jobs, the oldest are forgotten; their ids are returned so that
// their folders under EXPORT_DIR are removed too. Running jobs are never removed.
MATCH (j:_ExportJob)
WHERE j.status <> 'RUNNING'
WITH j ORDER BY j.createdAt DESC
SKIP $kept
WITH j, j.id AS id
DETACH DELETE j
RETURN id
