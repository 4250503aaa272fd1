/**
 * A person looked up with their postings selected (the investigator's "who is this, where did they
 * serve, under whom"): what the next levels of the selection would fetch level by level is read
 * with the lookup and primed into the request's loaders, with the loaders' own redaction. One query
 * (graphql/person-postings-ahead) reads the person, their postings with the records each links
 * (the organisation); when citations are selected, the citations of the person and of each posting;
 * when the selection climbs two levels of parents above the posting's organisation, their
 * subordinations up to three levels (as the `ancestry` loader). One query rather than two side by
 * side: on two cores a second session costs more than it saves.
 * Nothing is primed into loaders that do not cache (the benchmarks' naive side).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { StoredCitation, FactsOfTarget, StoredRecord } from '../loaders';
import { selectsPath } from '../selection';

interface AheadRow extends Record<string, unknown> {
  node: StoredRecord;
  facts: FactsOfTarget['facts'];
  citations: { id: string; citations: StoredCitation[] }[];
  ancestry: FactsOfTarget[];
}

export async function lookAheadPersonPostings(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<void> {
  if (!ctx.loaders.caching || !selectsPath(info, ['postings'])) return;
  const withCitations = selectsPath(info, ['citations']) || selectsPath(info, ['postings', 'citations']);
  const withAncestry = selectsPath(info, ['postings', 'organization', 'parents', 'parent', 'parents']);
  const [row] = await ctx.graph.read<AheadRow>('graphql/person-postings-ahead', { id, withCitations, withAncestry });
  if (!row) return;
  await ctx.loaders.primeNodes([row.node]);
  await ctx.loaders.primeFacts('PERSON', [{ id, facts: row.facts }]);
  if (withCitations) await ctx.loaders.primeCitations(row.citations);
  if (row.ancestry.length) await ctx.loaders.primeFacts('CHILD', row.ancestry);
}
