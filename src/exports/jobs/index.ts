/** Exports started from GraphQL, run in the background of the serving process (issue 7, item 1). */
export { ExportJobRegistry, DEFAULT_EXPORT_JOB_LIMITS, type ExportJob, type ExportJobStatus, type ExportJobLimits } from './registry';
export { configureExportJobs, exportJobSettings, exportJobs, type ExportJobSettings } from './settings';
export { startExportJob, outputName, type ExportJobRequest } from './start-export-job';
export { mayAccessExportJob } from './access';
