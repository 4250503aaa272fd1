/** A bundle verification as a report for people (the CLI's default output). */
import type { BundleVerification } from './verify-bundle';

export function formatBundleVerification(v: BundleVerification): string {
  const lines: string[] = [];
  const m = v.manifest;
  lines.push(`bundle ${v.bundle}`);
  if (m) {
    lines.push(`  created ${m.createdAt} by ${m.tool?.name} ${m.tool?.version}; database state ${m.databaseState}`);
    lines.push(`  selection ${JSON.stringify(m.selection)}`);
    if (m.counts) lines.push(`  ${m.counts.records} records (${m.counts.sources} sources, ${m.counts.nodes} nodes, ${m.counts.facts} facts)`);
    if (m.redaction) {
      const r = m.redaction;
      lines.push(
        r.cleared
          ? '  redaction: none (exported for a cleared viewer)'
          : `  redaction: ${r.pseudonymised} pseudonymised, ${r.withheld} withheld, ${r.recordsOmitted} records omitted, ${r.confidentialSources} confidential sources without content`,
      );
    }
  }
  const s = v.signature;
  lines.push(`signature: ${s.valid ? 'VALID' : 'INVALID'}${s.problem ? ` — ${s.problem}` : ''}`);
  lines.push(`  ${s.meaning}`);
  const f = v.files;
  lines.push(`files: ${f.checked} listed, ${f.unchanged} unchanged`);
  for (const c of f.changed) lines.push(`  CHANGED  ${c.path}: ${c.reason}`);
  for (const p of f.added) lines.push(`  ADDED    ${p}: not in the manifest`);
  for (const p of f.removed) lines.push(`  REMOVED  ${p}: listed but missing`);
  for (const p of v.problems) lines.push(`problem: ${p}`);
  lines.push(v.ok ? 'OK: every file matches the signed manifest' : 'FAILED: the bundle is not as it was signed');
  return `${lines.join('\n')}\n`;
}
