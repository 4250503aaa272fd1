// Export jobs started from GraphQL (src/exports/jobs): one (:_ExportJob) node per job, so that any
// replica of the service can report a job another replica started and serve its file from the
// shared EXPORT_DIR. Looked up by id; the running ones are found by status (stale jobs) and the
// finished ones by creation time (the oldest beyond EXPORT_JOBS_KEPT are removed).
CREATE CONSTRAINT export_job_id IF NOT EXISTS FOR (n:_ExportJob) REQUIRE n.id IS UNIQUE;
CREATE INDEX export_job_status IF NOT EXISTS FOR (n:_ExportJob) ON (n.status);
CREATE INDEX export_job_created IF NOT EXISTS FOR (n:_ExportJob) ON (n.createdAt);
