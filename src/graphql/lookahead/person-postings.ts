/**
 * A person looked up with their postings selected (the investigator's "who is this, where did they
 * serve, under whom"): what the next levels of the selection would fetch level by level is read
 * beside the lookup and primed into the request's loaders, with the loaders' own redaction. Two
 * queries side by side, so the selection costs one round trip of waiting:
 * - graphql/person-postings-ahead: the person, their postings with the records each links (the
 *   organisation), and, when citations are selected, the citations of the person and of each posting;
 * - graphql/person-posting-ancestry, when the selection climbs two levels of parents above the
 *   posting's organisation: their subordinations up to three levels (as the `ancestry` loader).
 * Nothing is primed into loaders that do not cache (the benchmarks' naive side).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../context';
import type { CitationRow, FactsOfTarget, NodeProps } from '../loaders';
import { selectsPath } from '../selection';

interface AheadRow extends Record<string, unknown> {
  node: NodeProps;
  facts: FactsOfTarget['facts'];
  citations: { id: string; citations: CitationRow[] }[];
}

export async function lookAheadPersonPostings(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<void> {
  if (!ctx.loaders.caching || !selectsPath(info, ['postings'])) return;
  const withCitations = selectsPath(info, ['citations']) || selectsPath(info, ['postings', 'citations']);
  const withAncestry = selectsPath(info, ['postings', 'organization', 'parents', 'parent', 'parents']);
  const [[row], ancestry] = await Promise.all([
    ctx.graph.read<AheadRow>('graphql/person-postings-ahead', { id, withCitations }),
    withAncestry ? ctx.graph.read<FactsOfTarget & Record<string, unknown>>('graphql/person-posting-ancestry', { id }) : Promise.resolve([]),
  ]);
  if (!row) return;
  await ctx.loaders.primeNodes([row.node]);
  await ctx.loaders.primeFacts('PERSON', [{ id, facts: row.facts }]);
  if (withCitations) await ctx.loaders.primeCitations(row.citations);
  if (ancestry.length) await ctx.loaders.primeFacts('CHILD', ancestry);
}
