/**
 * Subordination cycles: organisations each subordinate to the next and the last to the first
 * (child → parent → … → child). A COMMAND cycle would send a chain-of-command walk round in
 * circles; any cycle means one of its subordinations is wrong or misdated. Cycles of 2 to
 * MAX_CYCLE_LINKS links are found (one link is a self-loop, reported by the self-loop check).
 *
 * Each cycle is reported once, with its organisations and subordinations, whether every link is
 * COMMAND, and whether the links' validity intervals overlap: links never valid at the same time
 * form a cycle on paper only, at no date — still reported, since that is usually a dating error.
 */
import type { Graph } from '../../storage/db/graph';
import type { Finding } from './findings';

/** The longest cycle searched for, in subordinations (fixed in subordination-cycles.cypher). */
export const MAX_CYCLE_LINKS = 12;

export interface CycleLink {
  id: string;
  classification: string;
  startDate: string | null;
  endDate: string | null;
  startDateMin: string | null;
  startDateMax: string | null;
  endDateMin: string | null;
  endDateMax: string | null;
}

/**
 * Whether some date lies within every link's interval: CERTAIN under the narrowest reading of
 * partial dates (latest start, earliest end), POSSIBLE only under the widest (earliest start,
 * latest end), NONE when not even then. `from`/`to` bound the common window (null = open).
 */
export interface Overlap {
  overlap: 'CERTAIN' | 'POSSIBLE' | 'NONE';
  from: string | null;
  to: string | null;
}

function window(starts: (string | null)[], ends: (string | null)[]): { from: string | null; to: string | null; ok: boolean } {
  const s = starts.filter((d): d is string => d !== null);
  const e = ends.filter((d): d is string => d !== null);
  const from = s.length ? s.reduce((a, b) => (a > b ? a : b)) : null;
  const to = e.length ? e.reduce((a, b) => (a < b ? a : b)) : null;
  return { from, to, ok: from === null || to === null || from <= to };
}

export function cycleOverlap(links: readonly CycleLink[]): Overlap {
  const narrow = window(
    links.map((l) => l.startDateMax),
    links.map((l) => l.endDateMin),
  );
  if (narrow.ok) return { overlap: 'CERTAIN', from: narrow.from, to: narrow.to };
  const wide = window(
    links.map((l) => l.startDateMin),
    links.map((l) => l.endDateMax),
  );
  if (wide.ok) return { overlap: 'POSSIBLE', from: wide.from, to: wide.to };
  return { overlap: 'NONE', from: null, to: null };
}

const span = (o: Overlap) => `${o.from ?? 'an unknown start'} to ${o.to ?? 'now (open)'}`;
const interval = (l: CycleLink) => `${l.id} ${l.startDate ?? '…'}–${l.endDate ?? '…'}`;

export function cycleFinding(organizations: readonly string[], links: readonly CycleLink[]): Finding {
  const command = links.every((l) => l.classification === 'COMMAND');
  const overlap = cycleOverlap(links);
  const path = [...organizations, organizations[0]].join(' → ');
  const kind = command
    ? 'a COMMAND cycle: every link is COMMAND, so a chain of command up from any of these organisations comes back to itself'
    : `not a COMMAND cycle (${links
        .filter((l) => l.classification !== 'COMMAND')
        .map((l) => `${l.id} is ${l.classification}`)
        .join(', ')})`;
  const dates =
    overlap.overlap === 'CERTAIN'
      ? `the links are all valid together from ${span(overlap)}`
      : overlap.overlap === 'POSSIBLE'
        ? `the links may all be valid together from ${span(overlap)}, but only under the widest reading of their partial dates (${links.map(interval).join('; ')})`
        : `the links are never all valid at the same date (${links.map(interval).join('; ')}), so it is a cycle on paper only, at no date; check their dates`;
  return {
    check: 'SUBORDINATION_CYCLE',
    recordId: links[0]!.id,
    recordType: 'Subordination',
    message: `subordination cycle of ${links.length} links: ${path} (${links.map((l) => l.id).join(', ')}); ${kind}; ${dates}`,
    details: { organizations, subordinations: links.map((l) => l.id), command, ...overlap },
  };
}

export async function subordinationCycles(graph: Graph): Promise<Finding[]> {
  const rows = await graph.read<{ organizations: string[]; links: CycleLink[] }>('integrity/subordination-cycles');
  return rows.map((r) => cycleFinding(r.organizations, r.links));
}
