/** Search results grouped by kind, in a fixed order, each group by relevance. */
import type { SearchKind, SearchResult } from './types';

export const SEARCH_KINDS: readonly { kind: SearchKind; title: string }[] = [
  { kind: 'PERSON', title: 'Persons' },
  { kind: 'ORGANIZATION', title: 'Organisations' },
  { kind: 'EVENT', title: 'Events' },
  { kind: 'TRIAL', title: 'Trials' },
  { kind: 'PLACE', title: 'Places' },
];

export function groupResults(results: readonly SearchResult[]): { kind: SearchKind; title: string; results: SearchResult[] }[] {
  return SEARCH_KINDS.map(({ kind, title }) => ({ kind, title, results: results.filter((r) => r.kind === kind).sort((a, b) => b.score - a.score) })).filter((g) => g.results.length > 0);
}

/** A hit's node as one line of text: its name or title, and what tells it apart. */
export function describeHit(
  kind: SearchKind,
  node: {
    id: string;
    name?: string | null;
    shortName?: string | null;
    title?: string | null;
    startDate?: string | null;
    eventType?: string | null;
    country?: string | null;
    pseudonymised?: boolean | null;
  },
): { title: string; detail: string | null } {
  switch (kind) {
    case 'PERSON':
      return { title: node.name ?? node.id, detail: node.pseudonymised ? 'shown under a pseudonym' : null };
    case 'ORGANIZATION':
      return { title: node.name ?? node.id, detail: node.shortName ?? null };
    case 'PLACE':
      return { title: node.name ?? node.id, detail: node.country ?? null };
    default:
      return { title: node.title ?? node.id, detail: [node.startDate, node.eventType].filter(Boolean).join(' · ') || null };
  }
}
