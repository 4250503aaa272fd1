// A job's end: DONE with its file (relative to EXPORT_DIR) and what it holds, or FAILED with why.
// Only a RUNNING job ends: a job already given up as stale keeps the FAILED its pollers were shown.
OPTIONAL MATCH (j:_ExportJob {id: $id})
WHERE j.status = 'RUNNING'
SET j.status = $status, j.finishedAt = datetime(), j.heartbeatAt = datetime(), j.phase = $phase,
  j.file = $file, j.sha256 = $sha256, j.bytes = $bytes, j.counts = $counts, j.redaction = $redaction, j.notes = $notes, j.error = $error
RETURN j IS NOT NULL AS ended
