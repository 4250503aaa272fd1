// One export job, and whether it is RUNNING with no heartbeat for $staleMs (its replica is gone).
MATCH (j:_ExportJob {id: $id})
RETURN j.status = 'RUNNING' AND j.heartbeatAt < datetime() - duration({milliseconds: $staleMs}) AS stale,
// @include export-jobs/_job-fields
