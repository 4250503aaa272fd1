/**
 * COMMAND rules: effective command or control (art. 28) from the accused's command postings valid
 * at each event's date, over the event's units or the organisations above them, as
 * superiorResponsibility finds them: the posting's citations, with the COMMAND path from the unit,
 * and each link of that path with its own citations.
 */
import type { CitationEvidence, CommandHeld } from '../../chain-of-command';
import type { CitationRow } from '../load';
import type { CommandRule } from '../rules';
import { eventWords, itemsOf, type DeriveContext, type Derived } from './context';

/** The chain's citations (which carry no publisher) as coverage rows, with each source's publisher read apart. */
function rows(citations: readonly CitationEvidence[], publishers: ReadonlyMap<string, string | null>): CitationRow[] {
  return citations.map((c) => ({ ...c, title: c.sourceTitle, publisher: publishers.get(c.sourceId) ?? null }));
}

function heldWords(held: CommandHeld, date: string): string {
  const p = held.posting;
  const via = held.path.length ? `, ${held.path.length} COMMAND link${held.path.length === 1 ? '' : 's'} above the event's unit ${held.unitId}` : `, the event's unit`;
  return `the accused: ${p.role}${p.title ? ` (${p.title})` : ''} of ${held.organizationId}${via}, valid at ${date} (${p.validity})`;
}

export async function deriveCommand(ctx: DeriveContext, rule: CommandRule, publishers: ReadonlyMap<string, string | null>): Promise<Derived> {
  const derived: Derived = { items: [], factIds: [] };
  for (const event of ctx.allegation.events.filter((e) => !ctx.hidden.has(e.id))) {
    const answer = await ctx.commandAt(event);
    const candidate = answer?.candidates.find((c) => c.personId === ctx.allegation.accused.id);
    if (!answer || !candidate) continue;
    for (const held of candidate.commands) {
      const finding = `${heldWords(held, answer.at)} over ${eventWords(event)}`;
      derived.items.push(...itemsOf(rule.id, { id: held.posting.postingId, type: 'Posting' }, rows(held.posting.citations, publishers), { eventId: event.id, finding, path: held.path }));
      derived.factIds.push(held.posting.postingId);
      for (const link of held.path) {
        const linkWords = `COMMAND link ${link.childId} → ${link.parentId} valid at ${answer.at} (${link.validity}), on the path to the accused's command`;
        derived.items.push(...itemsOf(rule.id, { id: link.subordinationId, type: 'Subordination' }, rows(link.citations, publishers), { eventId: event.id, finding: linkWords }));
        derived.factIds.push(link.subordinationId);
      }
    }
  }
  return derived;
}

/** Sources the chain's citations name (which carry no publisher), to be read with their publishers. */
export async function commandSources(ctx: DeriveContext): Promise<string[]> {
  const ids = new Set<string>();
  for (const event of ctx.allegation.events) {
    const answer = await ctx.commandAt(event);
    const candidate = answer?.candidates.find((c) => c.personId === ctx.allegation.accused.id);
    for (const held of candidate?.commands ?? []) {
      held.posting.citations.forEach((c) => ids.add(c.sourceId));
      held.path.forEach((l) => l.citations.forEach((c) => ids.add(c.sourceId)));
    }
  }
  return [...ids];
}
