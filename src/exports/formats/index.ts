/**
 * The single-file formats by name. (Placeholder until the graph formats land: only records v1.)
 */
import { AppError, ErrorCode } from '../../errors';
import type { ExportFormat, FormatWriter } from '../types';
import { writeRecordsJsonl } from './records';

const WRITERS: Partial<Record<ExportFormat, FormatWriter>> = {
  records: writeRecordsJsonl,
};

export function getFormatWriter(format: ExportFormat): FormatWriter {
  const w = WRITERS[format];
  if (!w) throw new AppError(ErrorCode.BAD_USER_INPUT, `format "${format}" is not a single-file format`, { field: 'format' });
  return w;
}
