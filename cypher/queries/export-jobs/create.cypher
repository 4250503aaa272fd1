// A new export job, RUNNING on the replica that starts it ($replica names it, for the operator).
// Times are the database's clock, so replicas whose clocks differ agree on when a heartbeat is stale.
// $selection, and later counts and redaction, are JSON text: what the API returns as it was stored.
CREATE (j:_ExportJob {id: $id, owner: $owner, status: 'RUNNING', format: $format, selection: $selection, replica: $replica,
  phase: 'queued', done: 0, createdAt: datetime(), heartbeatAt: datetime()})
RETURN
// @include export-jobs/_job-fields
