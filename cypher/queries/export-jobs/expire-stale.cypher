// RUNNING jobs whose replica stopped sending heartbeats ($id: that one job; null: every such job)
// become FAILED with $error, so that no poll waits forever for a process that is gone.
MATCH (j:_ExportJob)
WHERE j.status = 'RUNNING' AND ($id IS NULL OR j.id = $id)
  AND j.heartbeatAt < datetime() - duration({milliseconds: $staleMs})
SET j.status = 'FAILED', j.finishedAt = datetime(), j.error = $error
RETURN j.id AS id
