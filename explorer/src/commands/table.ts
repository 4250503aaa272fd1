/** The table's CSV: the rows shown, in the order shown, as a file. */
import { saveBlob } from '../api/files';
import { fileName } from '../core/exports/actions';
import { graphStore } from '../core/graph/state';
import { COLUMNS, rowsOf, sortRows, toCsv } from '../core/table/actions';
import { tableStore } from '../core/table/state';

export function downloadTableCsv(): void {
  const { tab, sort } = tableStore.get();
  const csv = toCsv(COLUMNS[tab], sortRows(rowsOf(graphStore.get(), tab), sort));
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), fileName(`evidence-graph-${tab}`, 'csv'));
}
