/**
 * What GraphQL exports need from the configuration: where to write (EXPORT_DIR, a folder every
 * replica shares), the held source files (SOURCES_DIR) and the bundle signing key. The service
 * builds them once at start-up and hands them to its export job store.
 */
import type { Config, ExportsConfig } from '../../../foundations/config/environment';

export interface ExportJobSettings {
  exportDir: string;
  sourcesDir: string;
  signing: ExportsConfig['signing'];
}

export function exportJobSettings(config: Pick<Config, 'exports' | 'sourcesDir'>): ExportJobSettings {
  return { exportDir: config.exports.dir, sourcesDir: config.sourcesDir, signing: config.exports.signing };
}
