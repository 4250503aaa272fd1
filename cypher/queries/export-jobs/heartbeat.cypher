// The running replica says the job is alive, with how far it got. Nothing changes once the job is
// no longer RUNNING (another replica gave it up as stale): `alive` false tells the runner so.
OPTIONAL MATCH (j:_ExportJob {id: $id})
WHERE j.status = 'RUNNING'
SET j.heartbeatAt = datetime(), j.phase = $phase, j.done = $done, j.total = $total
RETURN j IS NOT NULL AS alive
