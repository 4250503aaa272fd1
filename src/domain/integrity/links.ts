/**
 * The links between records: a fact's required references are present (once, for a single
 * reference), point at records, and at records of a type the field may name; and a fact does not
 * link a node to itself (an organisation subordinate to itself, an event linked to itself).
 */
import type { Graph } from '../../storage/db/graph';
import { shownId, withArticle, type Finding } from './findings';
import { linkRules, loopPairs } from './model-rules';

interface BadTarget {
  id: unknown;
  recordType: unknown;
  isRecord: boolean;
  labels: string[];
}

interface LinkRow {
  id: string;
  type: string;
  field: string;
  rel: string;
  targets: string[];
  required: boolean;
  many: boolean;
  links: number;
  bad: BadTarget[];
}

const pattern = (r: LinkRow) => `(:${r.type})-[:${r.rel}]->(:${r.targets.length > 3 ? 'Record' : r.targets.join('|')})`;

export async function linkFindings(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<LinkRow>('integrity/links', { rules: linkRules() });
  const findings: Finding[] = [];
  for (const r of rows) {
    const base = { recordId: r.id, recordType: r.type, field: r.field };
    const name = `${r.type} ${r.id}`;
    if (r.required && r.links === 0) {
      findings.push({
        ...base,
        check: 'MISSING_LINK',
        message: `${name} has no "${r.field}" link ${pattern(r)}: the field is required${r.many ? ' (at least one)' : ''}, so the ${r.type} relates nothing there (was the ${r.targets.join(' or ')} it named deleted?)`,
      });
    }
    if (!r.many && r.links > 1) {
      findings.push({
        ...base,
        check: 'DUPLICATE_LINK',
        message: `${name} has ${r.links} "${r.field}" links ${pattern(r)}; "${r.field}" names exactly one ${r.targets.join(' or ')}`,
      });
    }
    for (const t of r.bad) {
      if (!t.isRecord) {
        findings.push({
          ...base,
          check: 'DANGLING_LINK',
          message: `${name}: its "${r.field}" link (${r.rel}) points at ${t.id ? `"${String(t.id)}", ` : ''}a node labelled ${t.labels.join(':') || '(none)'} that is not a record (${t.id ? 'no Record label' : 'no id'}); it should name a stored ${r.targets.length > 3 ? 'record' : r.targets.join(' or ')}`,
          details: { rel: r.rel, target: t.id ?? null, targetLabels: t.labels },
        });
      } else {
        findings.push({
          ...base,
          check: 'LINK_TO_WRONG_TYPE',
          message: `${name}: its "${r.field}" link (${r.rel}) points at "${String(t.id)}", ${t.recordType === null || t.recordType === undefined ? 'a record of no known type' : withArticle(String(t.recordType))}; "${r.field}" names ${withArticle(r.targets.join(' or '))}`,
          details: { rel: r.rel, target: t.id, targetType: t.recordType ?? null, expected: r.targets },
        });
      }
    }
  }
  return findings;
}

export async function selfLoops(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{ id: string; type: string; fromField: string; toField: string; targetId: unknown }>('integrity/self-loops', {
    loops: loopPairs(),
  });
  return rows.map((r) => ({
    check: 'SELF_LOOP',
    recordId: r.id,
    recordType: r.type,
    field: r.toField,
    message: `${r.type} ${r.id}: "${r.fromField}" and "${r.toField}" are both ${shownId(r.targetId)}; ${withArticle(r.type)} links two different records`,
    details: { target: r.targetId ?? null },
  }));
}
