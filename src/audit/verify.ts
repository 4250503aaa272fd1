/**
 * Checking the audit trail: walks every entry in chain order, a page at a time (a trail of
 * millions of entries streams through in bounded memory), and reports
 *  - CHANGED: an entry whose content no longer hashes to its stored hash (altered after the fact);
 *  - REMOVED: numbers missing from the sequence (entries deleted);
 *  - BROKEN_LINK: an entry whose prevHash is not the previous entry's hash (an entry replaced, or
 *    altered with its hash recomputed);
 *  - HEAD_MISMATCH: a head that disagrees with the last entry (missing, pointing past the last
 *    entry because trailing entries were deleted, or holding another hash).
 * A rewrite of the whole chain from some entry on, head included, is not detectable from inside
 * the database: compare the head's hash with one noted elsewhere (README, "Audit trail").
 */
import type { Graph } from '../db/graph';
import { entryFromRow, entryHash, GENESIS_HASH, type AuditEntry } from './chain';

export type AuditProblemKind = 'CHANGED' | 'REMOVED' | 'BROKEN_LINK' | 'HEAD_MISMATCH';

export interface AuditProblem {
  seq: number;
  kind: AuditProblemKind;
  message: string;
}

export interface AuditVerification {
  ok: boolean;
  /** Entries walked. */
  entries: number;
  /** The head as read (null: none). */
  head: { seq: number; hash: string } | null;
  problems: AuditProblem[];
}

export const VERIFY_PAGE_SIZE = 500;

type Row = Omit<AuditEntry, 'details'> & { details: unknown };

export async function verifyAudit(graph: Graph, opts: { pageSize?: number } = {}): Promise<AuditVerification> {
  const pageSize = opts.pageSize ?? VERIFY_PAGE_SIZE;
  const problems: AuditProblem[] = [];
  let entries = 0;
  let prev = { seq: 0, hash: GENESIS_HASH };

  const check = (row: Row) => {
    entries += 1;
    const entry = entryFromRow(row);
    if (typeof row.details !== 'string' || entry.details === row.details) {
      problems.push({ seq: row.seq, kind: 'CHANGED', message: `entry ${row.seq}: its details are not the JSON text they were written as` });
    } else if (entryHash(entry) !== row.hash) {
      problems.push({ seq: row.seq, kind: 'CHANGED', message: `entry ${row.seq} (${row.action} by ${row.actor}): its content does not match its hash; it was changed after it was written` });
    }
    if (row.seq > prev.seq + 1) {
      const from = prev.seq + 1;
      const to = row.seq - 1;
      problems.push({ seq: from, kind: 'REMOVED', message: from === to ? `entry ${from} is missing` : `entries ${from} to ${to} are missing` });
    } else if (row.prevHash !== prev.hash) {
      problems.push({
        seq: row.seq,
        kind: 'BROKEN_LINK',
        message: `entry ${row.seq} does not follow ${prev.seq ? `entry ${prev.seq}` : 'the start of the trail'}: its prevHash is not ${prev.seq ? 'that entry’s hash' : 'the genesis hash'}`,
      });
    }
    prev = { seq: row.seq, hash: row.hash };
  };

  const walk = async () => {
    for (;;) {
      const rows = await graph.read<Row>('audit/page', { after: prev.seq, limit: pageSize });
      for (const row of rows) check(row);
      if (rows.length < pageSize) return;
    }
  };

  await walk();
  // Read after the walk: every entry seen was committed with the head moved to at least its seq.
  const seenBeforeHead = prev.seq;
  const [head] = await graph.read<{ seq: number; hash: string }>('audit/head');
  if (!head) {
    if (entries) problems.push({ seq: seenBeforeHead, kind: 'HEAD_MISMATCH', message: `the trail has ${entries} entries but no head` });
  } else if (head.seq < seenBeforeHead) {
    problems.push({ seq: head.seq, kind: 'HEAD_MISMATCH', message: `the head says the trail ends at entry ${head.seq}, but it goes on to entry ${seenBeforeHead}` });
  } else {
    // Entries appended while walking are walked too, up to the head (and past it).
    if (head.seq > seenBeforeHead) await walk();
    const [at] = head.seq ? await graph.read<{ hash: string }>('audit/entry-hash', { seq: head.seq }) : [{ hash: GENESIS_HASH }];
    if (!at) {
      problems.push({
        seq: head.seq,
        kind: 'HEAD_MISMATCH',
        message: `the head says the trail ends at entry ${head.seq}, but ${prev.seq ? `the last entry is ${prev.seq}` : 'there are no entries'}: the entries after it were removed, or the head was changed`,
      });
    } else if (at.hash !== head.hash) {
      problems.push({ seq: head.seq, kind: 'HEAD_MISMATCH', message: `the head’s hash is not entry ${head.seq}’s hash` });
    }
  }
  problems.sort((a, b) => a.seq - b.seq);
  return { ok: problems.length === 0, entries, head: head ? { seq: head.seq, hash: head.hash } : null, problems };
}

/** The verification as text: a line when intact, otherwise a line per problem. */
export function formatVerification(v: AuditVerification): string {
  const head = v.head ? `; head: entry ${v.head.seq}, ${v.head.hash}` : '';
  if (v.ok) return `audit trail: intact, ${v.entries} entr${v.entries === 1 ? 'y' : 'ies'}${head}\n`;
  return (
    [
      `audit trail: ${v.problems.length} problem${v.problems.length === 1 ? '' : 's'} in ${v.entries} entr${v.entries === 1 ? 'y' : 'ies'}${head}`,
      ...v.problems.map((p) => `  - ${p.kind} at ${p.seq}: ${p.message}`),
    ].join('\n') + '\n'
  );
}
