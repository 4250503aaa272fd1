/**
 * What every derivation reads: the allegation's rows, the date each event is read at, the records
 * hidden from the viewer, and the accused's command at each event (superiorResponsibility, asked
 * once per event and only by the rules that need it). Derivations add what they could not do to
 * `notes` rather than failing.
 */
import { superiorResponsibility, type SuperiorResponsibility } from '../../chain-of-command';
import type { Graph } from '../../../storage/db/graph';
import type { AllegationRows, CitationRow, EventRow } from '../load';
import { toCitation } from '../load';
import type { EvidenceItem } from '../types';

export interface DeriveContext {
  graph: Graph;
  allegation: AllegationRows;
  /** The date asked for, or null: each event at its own start date. */
  at: string | null;
  /** Ids hidden from the viewer: withheld persons and every record linking them. */
  hidden: ReadonlySet<string>;
  notes: Set<string>;
  /** The date dated facts are read at for an event: `at`, else its start date; null (and a note) without either. */
  dateOf(event: EventRow): string | null;
  /** The event's chain and art. 28 candidates at its date, null when it has no date; asked once per event. */
  commandAt(event: EventRow): Promise<SuperiorResponsibility | null>;
}

/** What a derivation found: evidence items and the facts they rest on (whose rival accounts are looked up). */
export interface Derived {
  items: EvidenceItem[];
  factIds: string[];
}

export function createDeriveContext(graph: Graph, allegation: AllegationRows, at: string | null, hidden: ReadonlySet<string>): DeriveContext {
  const notes = new Set<string>();
  const commands = new Map<string, Promise<SuperiorResponsibility | null>>();
  const dateOf = (event: EventRow) => {
    const date = at ?? event.startDate;
    if (!date) notes.add(`${event.id} has no start date: postings and command are not read for it (give "at")`);
    return date;
  };
  return {
    graph,
    allegation,
    at,
    hidden,
    notes,
    dateOf,
    commandAt(event) {
      let answer = commands.get(event.id);
      if (!answer) {
        const date = dateOf(event);
        answer = date ? superiorResponsibility(graph, event.id, { at: date, hidden }) : Promise.resolve(null);
        commands.set(event.id, answer);
      }
      return answer;
    },
  };
}

/** One item per citation of a record, all produced by `rule`. */
export function itemsOf(
  rule: string,
  record: { id: string; type: string },
  citations: readonly CitationRow[],
  extra: Partial<Pick<EvidenceItem, 'eventId' | 'finding' | 'path' | 'postingId'>> = {},
): EvidenceItem[] {
  return citations.map((c) => ({
    rule,
    recordId: record.id,
    recordType: record.type,
    eventId: extra.eventId ?? null,
    finding: extra.finding ?? null,
    path: extra.path ?? [],
    postingId: extra.postingId ?? null,
    citation: toCitation(c),
  }));
}

/** An event as the findings name it. */
export const eventWords = (e: EventRow) => `"${e.title}"${e.startDate ? ` (${e.startDate})` : ''}`;
