/**
 * The export formats by name.
 * - Single-file formats (a FormatWriter writes one stream): graphml, gexf, cytoscape, records, ftm.
 * - Folder formats (a DirectoryFormatWriter writes several files into a folder): csv, for
 *   neo4j-admin (nodes.csv, relationships.csv, import.sh).
 * - bundle is neither: src/domain/exports/bundle.
 * runExport dispatches with isDirectoryFormat(format).
 */
import { AppError, ErrorCode } from '../../../foundations/errors';
import type { ExportFormat, FormatWriter } from '../types';
import { writeNeo4jCsv } from './csv';
import { writeCytoscapeJson } from './cytoscape';
import type { DirectoryFormatWriter } from './directory';
import { writeFtmJsonl } from './ftm';
import { writeGexf } from './gexf';
import { writeGraphml } from './graphml';
import { writeRecordsJsonl } from './records';

export { directoryDigest, type DirectoryFormatWriter, type DirectoryFormatResult } from './directory';
export { CSV_FILES, IMPORT_COMMAND } from './csv';

const WRITERS: Partial<Record<ExportFormat, FormatWriter>> = {
  records: writeRecordsJsonl,
  graphml: writeGraphml,
  gexf: writeGexf,
  cytoscape: writeCytoscapeJson,
  ftm: writeFtmJsonl,
};

const DIRECTORY_WRITERS: Partial<Record<ExportFormat, DirectoryFormatWriter>> = {
  csv: writeNeo4jCsv,
};

/** File name extensions for the single-file formats (CLI default names, bundle copies). */
export const FORMAT_EXTENSIONS: Partial<Record<ExportFormat, string>> = {
  records: '.jsonl',
  graphml: '.graphml',
  gexf: '.gexf',
  cytoscape: '.cyjs',
  ftm: '.ftm.json',
  'matrix-csv': '.csv',
  'matrix-html': '.html',
};

export function isDirectoryFormat(format: ExportFormat): boolean {
  return DIRECTORY_WRITERS[format] !== undefined;
}

export function getFormatWriter(format: ExportFormat): FormatWriter {
  const w = WRITERS[format];
  if (!w) throw new AppError(ErrorCode.BAD_USER_INPUT, `format "${format}" is not a single-file format`, { field: 'format' });
  return w;
}

export function getDirectoryFormatWriter(format: ExportFormat): DirectoryFormatWriter {
  const w = DIRECTORY_WRITERS[format];
  if (!w) throw new AppError(ErrorCode.BAD_USER_INPUT, `format "${format}" is not a folder format`, { field: 'format' });
  return w;
}
