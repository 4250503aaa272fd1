/** The expand menu built from `neighborCounts`: a line per type of link, the largest first. */
import type { EdgeType, NodeKind } from '../graph/types';
import type { ExpansionChoice, NeighborCount } from './types';

export const LINK_TITLES: Record<EdgeType, string> = {
  POSTING: 'postings',
  SUBORDINATION: 'subordinations',
  PARTICIPATION: 'participations',
  EVENT_LINK: 'links between events',
  ALLEGATION: 'allegations',
  ACCUSED: 'accused (allegation)',
  PROVISION: 'legal provisions (allegation)',
  EVENTS: 'events (allegation)',
  PLACE: 'places',
  COURT: 'courts',
};

export const KIND_TITLES: Record<NodeKind, [one: string, many: string]> = {
  PERSON: ['person', 'persons'],
  ORGANIZATION: ['organisation', 'organisations'],
  PLACE: ['place', 'places'],
  EVENT: ['event', 'events'],
  TRIAL: ['trial', 'trials'],
  LEGAL_PROVISION: ['legal provision', 'legal provisions'],
  ALLEGATION: ['allegation', 'allegations'],
};

export function expansionChoices(counts: readonly NeighborCount[]): ExpansionChoice[] {
  const byType = new Map<EdgeType, ExpansionChoice>();
  for (const c of counts) {
    if (c.count <= 0) continue;
    const choice = byType.get(c.type) ?? { type: c.type, total: 0, byKind: [] };
    choice.total += c.count;
    choice.byKind.push({ kind: c.kind, count: c.count });
    byType.set(c.type, choice);
  }
  return [...byType.values()].sort((a, b) => b.total - a.total || a.type.localeCompare(b.type)).map((c) => ({ ...c, byKind: c.byKind.sort((a, b) => b.count - a.count) }));
}

export function kindCount(kind: NodeKind, count: number): string {
  const [one, many] = KIND_TITLES[kind];
  return `${count} ${count === 1 ? one : many}`;
}

/** "participations: 3 (2 persons, 1 organisation)". */
export function describeChoice(choice: ExpansionChoice): string {
  return `${LINK_TITLES[choice.type]}: ${choice.total} (${choice.byKind.map((k) => kindCount(k.kind, k.count)).join(', ')})`;
}
