/** The integrity report for people reading a terminal: findings grouped by check, with counts. */
import type { IntegrityCheck, IntegrityReport } from './findings';

export function formatReport(report: IntegrityReport): string {
  if (report.clean) return 'integrity check: clean, no findings\n';
  const total = report.findings.length;
  const lines = [`integrity check: ${total} finding${total === 1 ? '' : 's'}`];
  for (const [check, count] of Object.entries(report.counts) as [IntegrityCheck, number][]) {
    lines.push('', `${check} (${count})`);
    for (const f of report.findings) if (f.check === check) lines.push(`  - ${f.message}`);
  }
  return lines.join('\n') + '\n';
}
