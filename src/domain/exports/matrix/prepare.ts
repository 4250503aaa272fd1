/**
 * The case matrix an export prints, for one viewer: the accused's (or one allegation's) element
 * coverage computed without what the viewer may not see, every text scrubbed of protected names,
 * and, for a viewer without clearance, the quotes of sources that are not public left out (as every
 * export leaves out their content). Says what was redacted, as every export does.
 */
import type { Viewer } from '../../auth/permissions';
import { caseMatrix, elementCoverage, type CaseMatrix } from '../../coverage';
import { loadLabels, matrixCsvRows, type Labels } from '../../coverage/report';
import type { Graph } from '../../../storage/db/graph';
import { AppError, ErrorCode } from '../../../foundations/errors';
import { hiddenRecordIds } from '../../protection/hidden-records';
import { createProtection, type ProtectionView } from '../../protection/view';
import type { ExportCounts, ExportSelection, RedactionProfile } from '../types';

export interface PreparedMatrix {
  matrix: CaseMatrix;
  labels: Labels;
  cleared: boolean;
  counts: ExportCounts;
  redaction: RedactionProfile;
  /** What was left out for the viewer, in words (printed in the report and the export's notes). */
  notes: string[];
}

async function matrixOf(graph: Graph, selection: ExportSelection, hidden: ReadonlySet<string>): Promise<CaseMatrix> {
  if (selection.by === 'accused') return caseMatrix(graph, selection.accused, { hidden });
  if (selection.by === 'allegation') {
    const coverage = await elementCoverage(graph, selection.allegation, { hidden });
    return { accusedId: coverage.accusedId, at: coverage.at, thresholds: coverage.thresholds, allegations: [coverage], summary: coverage.summary };
  }
  throw new AppError(ErrorCode.BAD_USER_INPUT, `selection.by: the matrix formats print an accused's or an allegation's case; "${selection.by}" selects neither`, { field: 'selection.by' });
}

/** Persons shown under their pseudonym: those whose pseudonym stood in for their name somewhere in what is printed. */
function pseudonymisedBy(replaced: ReadonlySet<string>, view: ProtectionView): number {
  return view.names.persons.filter((p) => p.protection === 'PSEUDONYM' && p.pseudonym && replaced.has(p.pseudonym)).length;
}

/** Leaves out the quotes of sources that are not public; returns how many sources that touched. */
function withoutConfidentialQuotes(matrix: CaseMatrix): number {
  const sources = new Set<string>();
  for (const a of matrix.allegations) {
    for (const e of a.elements) {
      for (const c of [...e.evidence.map((i) => i.citation), ...e.contradictions.flatMap((x) => x.citations)]) {
        if (c.confidentiality === 'PUBLIC') continue;
        sources.add(c.sourceId);
        c.quote = null;
      }
    }
  }
  return sources.size;
}

function countsOf(matrix: CaseMatrix, labels: Labels): ExportCounts {
  const items = matrix.allegations.flatMap((a) => a.elements.flatMap((e) => e.evidence));
  return {
    records: matrixCsvRows(matrix, labels).length - 1,
    sources: new Set(items.map((i) => i.citation.sourceId)).size,
    nodes: matrix.allegations.reduce((n, a) => n + a.elements.length, 0),
    facts: items.length,
  };
}

export async function prepareMatrix(graph: Graph, selection: ExportSelection, viewer: Viewer): Promise<PreparedMatrix> {
  const view = await createProtection(graph, viewer).get();
  const hidden = await hiddenRecordIds(graph, view);
  const raw = await matrixOf(graph, selection, hidden);
  // The quotes left out go first, so that only the replacements in what is printed are counted.
  const confidentialSources = view.cleared ? 0 : withoutConfidentialQuotes(raw);
  const replaced = new Set<string>();
  const matrix = view.deep(raw, { replaced });
  const labels = await loadLabels(graph, matrix, view, replaced);
  const pseudonymised = view.cleared ? 0 : pseudonymisedBy(replaced, view);
  const notes = confidentialSources ? [`the quotes of ${confidentialSources} source${confidentialSources === 1 ? '' : 's'} that are not public were left out for this viewer`] : [];
  const redaction: RedactionProfile = view.cleared
    ? { cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 }
    : { cleared: false, pseudonymised, withheld: view.withheld.size, recordsOmitted: hidden.size - view.withheld.size, confidentialSources };
  return { matrix, labels, cleared: view.cleared, counts: countsOf(matrix, labels), redaction, notes };
}
