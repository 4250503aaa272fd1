/**
 * What GraphQL exports need from the configuration: where to write (EXPORT_DIR), the held source
 * files (SOURCES_DIR) and the bundle signing key. The service installs its configuration with
 * configureExportJobs at start-up; until then (or if it does not), the environment is read once
 * through loadConfig, which is what `serve` itself reads.
 */
import { loadConfig, type Config, type ExportsConfig } from '../../config/environment';
import { DEFAULT_EXPORT_JOB_LIMITS, ExportJobRegistry, type ExportJobLimits } from './registry';

export interface ExportJobSettings {
  exportDir: string;
  sourcesDir: string;
  signing: ExportsConfig['signing'];
}

let settings: ExportJobSettings | undefined;
let registry: ExportJobRegistry | undefined;

export function configureExportJobs(config: Pick<Config, 'exports' | 'sourcesDir'>, limits: ExportJobLimits = DEFAULT_EXPORT_JOB_LIMITS): void {
  settings = { exportDir: config.exports.dir, sourcesDir: config.sourcesDir, signing: config.exports.signing };
  registry = new ExportJobRegistry(settings.exportDir, limits);
}

export function exportJobSettings(): ExportJobSettings {
  if (!settings) configureExportJobs(loadConfig());
  return settings!;
}

/** The process's export jobs. */
export function exportJobs(): ExportJobRegistry {
  if (!registry) configureExportJobs(loadConfig());
  return registry!;
}
