/** The case matrix printed: CSV (one row per allegation × element × evidence item) and an HTML page. */
export { loadLabels, labelOf, type Labels } from './labels';
export { matrixCsv, matrixCsvRows, MATRIX_CSV_COLUMNS } from './csv';
export { matrixHtml, escapeHtml, type MatrixPage } from './html';
