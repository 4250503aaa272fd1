/**
 * Exports: choose records (selection/), read them for a viewer (input/), write a format
 * (formats/) or a referral bundle (bundle/), audited (run.ts). See README "Exports".
 */
export * from './types';
export { runExport, type ExportDeps } from './run';
export { createExportInput, RECORDS_CHUNK, type InputOptions, type PreparedExport } from './input';
export { selectRecordIds, exportSelectionSchema, parseExportSelection, selectionProblems, EXPORT_TYPE_ORDER, DEFAULT_EXPORT_HOPS, type SelectedIds, type SelectOptions } from './selection';
