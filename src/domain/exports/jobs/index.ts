/** Exports started from GraphQL: kept in the database, run in the background of one replica, served by any. */
export { ExportJobStore, type ExportJobLimits, type ExportJobWork, type FailureMessage } from './store';
export type { ExportJob, ExportJobStatus, ExportJobProgress, ExportJobOutcome } from './job';
export { exportJobSettings, type ExportJobSettings } from './settings';
export { startExportJob, outputName, type ExportJobRequest } from './start-export-job';
export { mayAccessExportJob } from './access';
