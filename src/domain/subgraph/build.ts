/**
 * Turning stored records into subgraph nodes and edges for one viewer: labels (pseudonyms for
 * protected persons), kinds, dates, grades, and the filters every traversal shares (date window,
 * minimum grade, protection). Used by the neighbourhood expansion and by shortest paths.
 */
import { bestGrade, formatGrade, meets, parseGrade, type Grade } from '../../foundations/model/grades';
import { parsePartialDate } from '../../foundations/model/partial-date';
import { isVisible, showsIdentity, type ProtectionViewer } from '../protection/display';
import { factLabel } from './links';
import { KIND_OF_TYPE, type Subgraph, type SubgraphNode } from './types';
import type { StoredRecord } from '../../storage/records/stored';

/** A record as the drawing reads it: as stored. */
export type Props = StoredRecord;

export interface CitationGrade {
  reliability: string;
  credibility: number | { toNumber(): number };
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const WITHHELD = '[withheld]';

export function isProtectedPerson(p: Props): boolean {
  return p.recordType === 'Person' && (p.protection ?? 'NONE') !== 'NONE';
}

/** A node as the viewer may see it; call only for records `isVisible` to the viewer. */
export function toNode(p: Props, viewer: ProtectionViewer): SubgraphNode {
  const recordType = p.recordType;
  const kind = KIND_OF_TYPE[recordType];
  if (!kind) throw new Error(`${p.id}: a ${recordType} is not a subgraph node`);
  const base = { id: p.id, recordType, kind, shortLabel: null, category: null, startDate: null, endDate: null, pseudonymised: false, redacted: false };
  switch (recordType) {
    case 'Person':
      if (!showsIdentity(p, viewer)) {
        const pseudonym = p.protection === 'PSEUDONYM' ? str(p.pseudonym) : null;
        return { ...base, label: pseudonym ?? WITHHELD, pseudonymised: pseudonym !== null, redacted: true };
      }
      return { ...base, label: str(p.name) ?? p.id };
    case 'Organization':
      return { ...base, label: str(p.name) ?? p.id, shortLabel: str(p.shortName), category: str(p.kind), startDate: str(p.foundedDate), endDate: str(p.dissolvedDate) };
    case 'Place':
      return { ...base, label: str(p.name) ?? p.id, category: str(p.kind) };
    case 'Event':
    case 'Trial':
      return { ...base, label: str(p.title) ?? p.id, category: str(p.eventType), startDate: str(p.startDate), endDate: str(p.endDate) };
    case 'LegalProvision':
      return { ...base, label: str(p.title) ?? p.id, shortLabel: str(p.article), category: str(p.instrument) };
    default:
      return { ...base, label: factLabel(p) ?? p.id, category: factLabel(p) };
  }
}

/** A date window [from, to] of partial dates, as the earliest and latest day it may mean. */
export interface DateWindow {
  min: string | null;
  max: string | null;
}

export function dateWindow(from?: string | null, to?: string | null): DateWindow {
  return { min: from ? parsePartialDate(from).earliest : null, max: to ? parsePartialDate(to).latest : null };
}

/** Whether the widest reading of [start, end] meets the window; open ends reach everything. */
function intersects(start: unknown, end: unknown, w: DateWindow): boolean {
  return (w.max === null || typeof start !== 'string' || start <= w.max) && (w.min === null || typeof end !== 'string' || end >= w.min);
}

/** Events whose interval meets the window (a one-off lasts its start date); undated events are kept. */
export function eventInWindow(p: Props, w: DateWindow): boolean {
  if (p.recordType !== 'Event' && p.recordType !== 'Trial') return true;
  if (p.startDateMin == null && p.endDateMax == null) return true;
  return intersects(p.startDateMin, p.endDateMax ?? p.startDateMax, w);
}

/** Dated facts (postings, subordinations) whose interval meets the window: null start "since unknown", null end "still in force". */
export function factInWindow(p: Props, w: DateWindow): boolean {
  return intersects(p.startDateMin, p.endDateMax, w);
}

export function toGrades(citations: readonly CitationGrade[]): Grade[] {
  return citations.flatMap((c) => {
    const credibility = typeof c.credibility === 'number' ? c.credibility : c.credibility.toNumber();
    try {
      return [parseGrade(`${c.reliability}${credibility}`)];
    } catch {
      return [];
    }
  });
}

/** A link's grade: its best citation. */
export function linkGrade(citations: readonly CitationGrade[]): string | null {
  const g = bestGrade(toGrades(citations));
  return g ? formatGrade(g) : null;
}

/** A link passes a minimum grade when any of its citations does. */
export function meetsMinGrade(citations: readonly CitationGrade[], min: Grade | null): boolean {
  return !min || toGrades(citations).some((g) => meets(g, min));
}

export { isVisible };

/**
 * Free text (an event's title, a trial's) may name a protected person. For a viewer without
 * clearance every protected person met during a traversal is noted, and at the end their names
 * and aliases are replaced in every label by the pseudonym (or "[withheld]"); a node whose label
 * changed is marked redacted so its full record is not handed out.
 * The GraphQL layer then scrubs every label with the request's central scrubber as well
 * (src/domain/protection/scrubber.ts), which knows every protected name, not only those met here;
 * exports must do the same through `createProtection(graph, viewer)`.
 */
export class Redactor {
  private readonly names = new Map<string, string>();

  constructor(private readonly viewer: ProtectionViewer) {}

  note(p: Props): void {
    if (this.viewer.cleared || !isProtectedPerson(p)) return;
    const replacement = p.protection === 'PSEUDONYM' && typeof p.pseudonym === 'string' ? p.pseudonym : WITHHELD;
    const aliases = Array.isArray(p.aliases) ? (p.aliases as unknown[]) : [];
    for (const n of [p.name, ...aliases]) if (typeof n === 'string' && n.trim().length >= 2) this.names.set(n.trim(), replacement);
  }

  scrub(text: string): string {
    let out = text;
    // Longest first, so "Vera Victim" goes before "Vera".
    for (const [name, replacement] of [...this.names].sort((a, b) => b[0].length - a[0].length)) {
      out = out.replace(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu'), replacement);
    }
    return out;
  }

  apply(nodes: SubgraphNode[]): void {
    if (!this.names.size) return;
    for (const n of nodes) {
      if (n.pseudonymised) continue;
      const label = this.scrub(n.label);
      const shortLabel = n.shortLabel === null ? null : this.scrub(n.shortLabel);
      if (label !== n.label || shortLabel !== n.shortLabel) Object.assign(n, { label, shortLabel, redacted: true });
    }
  }
}

export const emptySubgraph = (): Subgraph => ({ nodes: [], edges: [], truncated: false });
