/** The matrix formats of an export: an accused's or an allegation's element coverage, as CSV or a printable page. */
export { prepareMatrix, type PreparedMatrix } from './prepare';
export { renderMatrix } from './render';
export { runMatrixExport } from './run-matrix';
