import type { WriteSummary } from '../../storage/records/write/write-records';

/** A per-type table of created / updated / unchanged, for people reading a terminal. */
export function formatSummary(summary: WriteSummary, rejected: Partial<Record<string, number>> = {}): string {
  const types = [...new Set([...Object.keys(summary), ...Object.keys(rejected)])];
  const rows = types.map((t) => {
    const o = summary[t as keyof WriteSummary] ?? { created: 0, updated: 0, unchanged: 0 };
    return [t, o.created, o.updated, o.unchanged, rejected[t] ?? 0];
  });
  const total = rows.reduce((acc, r) => acc.map((v, i) => (i === 0 ? 'total' : (v as number) + (r[i] as number))), ['total', 0, 0, 0, 0]);
  const table = [['type', 'created', 'updated', 'unchanged', 'rejected'], ...rows, total];
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
  return table.map((r) => r.map((v, i) => (i === 0 ? String(v).padEnd(widths[i]!) : String(v).padStart(widths[i]!))).join('  ')).join('\n') + '\n';
}
