/** A prepared matrix as the bytes of a matrix format: CSV or the printable HTML page. */
import { matrixCsv, matrixHtml } from '../../coverage/report';
import type { MatrixFormat } from '../types';
import type { PreparedMatrix } from './prepare';

export function renderMatrix(format: MatrixFormat, prepared: PreparedMatrix): string {
  if (format === 'matrix-csv') return matrixCsv(prepared.matrix, prepared.labels);
  return matrixHtml({ matrix: prepared.matrix, labels: prepared.labels, cleared: prepared.cleared, notes: prepared.notes });
}
