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
import type { Graph } from '../../storage/db/graph';
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

/** The walk through the trail in chain order: each entry checked against its hash and the one before it. */
class TrailWalk {
  readonly problems: AuditProblem[] = [];
  entries = 0;
  /** The last entry walked (seq 0 and the genesis hash before the first). */
  prev = { seq: 0, hash: GENESIS_HASH };

  constructor(
    private readonly graph: Graph,
    private readonly pageSize: number,
  ) {}

  /** Walks the entries after the last one walked, a page at a time, to the end of the trail. */
  async walk(): Promise<void> {
    for (;;) {
      const rows = await this.graph.read<Row>('audit/page', { after: this.prev.seq, limit: this.pageSize });
      for (const row of rows) this.check(row);
      if (rows.length < this.pageSize) return;
    }
  }

  private check(row: Row): void {
    this.entries += 1;
    this.checkContent(row);
    this.checkLink(row);
    this.prev = { seq: row.seq, hash: row.hash };
  }

  /** CHANGED: details that are not the JSON text written, or content that no longer hashes to the stored hash. */
  private checkContent(row: Row): void {
    const entry = entryFromRow(row);
    if (typeof row.details !== 'string' || entry.details === row.details) {
      this.problems.push({ seq: row.seq, kind: 'CHANGED', message: `entry ${row.seq}: its details are not the JSON text they were written as` });
    } else if (entryHash(entry) !== row.hash) {
      this.problems.push({ seq: row.seq, kind: 'CHANGED', message: `entry ${row.seq} (${row.action} by ${row.actor}): its content does not match its hash; it was changed after it was written` });
    }
  }

  /** REMOVED: numbers skipped since the previous entry; BROKEN_LINK: a prevHash that is not the previous entry's hash. */
  private checkLink(row: Row): void {
    const prev = this.prev;
    if (row.seq > prev.seq + 1) {
      const from = prev.seq + 1;
      const to = row.seq - 1;
      this.problems.push({ seq: from, kind: 'REMOVED', message: from === to ? `entry ${from} is missing` : `entries ${from} to ${to} are missing` });
    } else if (row.prevHash !== prev.hash) {
      this.problems.push({
        seq: row.seq,
        kind: 'BROKEN_LINK',
        message: `entry ${row.seq} does not follow ${prev.seq ? `entry ${prev.seq}` : 'the start of the trail'}: its prevHash is not ${prev.seq ? 'that entry’s hash' : 'the genesis hash'}`,
      });
    }
  }
}

/**
 * HEAD_MISMATCH: a head missing, behind the last entry walked, or not that entry's hash. Read after
 * the walk: every entry seen was committed with the head moved to at least its seq; entries
 * appended while walking are walked too, up to the head (and past it).
 */
async function checkHead(graph: Graph, trail: TrailWalk): Promise<{ seq: number; hash: string } | undefined> {
  const seenBeforeHead = trail.prev.seq;
  const [head] = await graph.read<{ seq: number; hash: string }>('audit/head');
  const problem = (seq: number, message: string) => trail.problems.push({ seq, kind: 'HEAD_MISMATCH', message });
  if (!head) {
    if (trail.entries) problem(seenBeforeHead, `the trail has ${trail.entries} entries but no head`);
    return head;
  }
  if (head.seq < seenBeforeHead) {
    problem(head.seq, `the head says the trail ends at entry ${head.seq}, but it goes on to entry ${seenBeforeHead}`);
    return head;
  }
  if (head.seq > seenBeforeHead) await trail.walk();
  const [at] = head.seq ? await graph.read<{ hash: string }>('audit/entry-hash', { seq: head.seq }) : [{ hash: GENESIS_HASH }];
  if (!at) {
    const last = trail.prev.seq ? `the last entry is ${trail.prev.seq}` : 'there are no entries';
    problem(head.seq, `the head says the trail ends at entry ${head.seq}, but ${last}: the entries after it were removed, or the head was changed`);
  } else if (at.hash !== head.hash) {
    problem(head.seq, `the head’s hash is not entry ${head.seq}’s hash`);
  }
  return head;
}

export async function verifyAudit(graph: Graph, opts: { pageSize?: number } = {}): Promise<AuditVerification> {
  const trail = new TrailWalk(graph, opts.pageSize ?? VERIFY_PAGE_SIZE);
  await trail.walk();
  const head = await checkHead(graph, trail);
  const problems = trail.problems.sort((a, b) => a.seq - b.seq);
  return { ok: problems.length === 0, entries: trail.entries, head: head ? { seq: head.seq, hash: head.hash } : null, problems };
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
