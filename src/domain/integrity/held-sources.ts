/**
 * The held source documents against the graph: each Source's file is held and has the SHA-256 the
 * record gives, its claimed lines exist, and every quote cited from it is found in its lines and at
 * its "line N" locator (src/domain/sources/held-quotes.ts). Runs only when the check is given the sources
 * folder: a graph alone cannot say what a deployment holds.
 */
import { readFile } from 'node:fs/promises';
import type { Graph } from '../../storage/db/graph';
import { findHeldFile } from '../sources/held-files';
import { heldQuoteProblems, type HeldQuoteProblemKind, type QuotedCitation } from '../sources/held-quotes';
import type { Finding, IntegrityCheck } from './findings';

interface Row {
  id: string;
  file: string;
  fileLines: string | null;
  sha256: string | null;
  quotes: QuotedCitation[];
}

const CHECK_OF: Record<HeldQuoteProblemKind, IntegrityCheck> = {
  FILE_NOT_HELD: 'SOURCE_FILE_NOT_HELD',
  HASH_MISMATCH: 'HELD_FILE_HASH_MISMATCH',
  LINES_OUTSIDE_FILE: 'FILE_LINES_OUTSIDE_FILE',
  QUOTE_NOT_IN_FILE: 'QUOTE_NOT_IN_HELD_FILE',
  QUOTE_NOT_AT_LOCATOR: 'QUOTE_NOT_AT_LOCATOR',
};

export async function heldSourceFindings(graph: Graph, sourcesDir: string): Promise<Finding[]> {
  const rows = await graph.read<Row>('integrity/held-sources');
  const findings: Finding[] = [];
  for (const row of rows) {
    const path = await findHeldFile(sourcesDir, row.file);
    const held = path ? await readFile(path).catch(() => null) : null;
    for (const p of heldQuoteProblems(row, held, row.quotes)) {
      const onQuote = p.citation !== undefined;
      findings.push({
        check: CHECK_OF[p.kind],
        recordId: onQuote ? p.citation!.recordId : row.id,
        recordType: onQuote ? p.citation!.recordType : 'Source',
        field: onQuote ? 'sources.quote' : p.kind === 'LINES_OUTSIDE_FILE' ? 'fileLines' : p.kind === 'HASH_MISMATCH' ? 'sha256' : 'file',
        message: p.message,
        details: { sourceId: row.id, file: row.file, ...(onQuote ? { locator: p.citation!.locator } : {}) },
      });
    }
  }
  return findings;
}
