/**
 * A person looked up with their postings selected (the investigator's "who is this, where did they
 * serve, under whom"): what the next levels of the selection would fetch level by level is read
 * with the lookup. One query (graphql/person-postings-ahead) reads the person, their postings with
 * the records each links (the organisation); when citations are selected, the citations of the
 * person and of each posting; when the selection climbs two levels of parents above the posting's
 * organisation, their subordinations up to three levels (as the `ancestry` loader). One query
 * rather than two side by side: on two cores a second session costs more than it saves.
 * The person, postings and citations are primed into the request's loaders, with the loaders' own
 * redaction. The subordinations and the organisations above are read with only what the selection
 * shows (src/entry/graphql/projection) and brought along with the organisations handed to the
 * fields (src/entry/graphql/brought-along.ts), level by level, never primed.
 * Nothing is read ahead for loaders that do not cache (the benchmarks' naive side).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { ProtectionView } from '../../../domain/protection/view';
import type { RecordType } from '../../../foundations/model/record-types';
import { WHOLE_RECORDS, type RecordProjection } from '../../../storage/records/projected';
import type { BroughtAlong, FactsAsRead } from '../brought-along';
import type { Context } from '../context';
import type { StoredCitation, FactsOfTarget, StoredRecord } from '../loaders';
import { recordProjection, type ExtraProperties } from '../projection/record-projection';
import { selectsPath } from '../selection';

interface AheadRow extends Record<string, unknown> {
  node: StoredRecord;
  facts: FactsOfTarget['facts'];
  citations: { id: string; citations: StoredCitation[] }[];
  /** Each organisation's subordinations, as read with the ancestry's projection. */
  ancestry: { id: string; facts: FactsAsRead }[];
}

/** The record types of the ancestry: subordinations and the organisations above. */
const ANCESTRY_TYPES: readonly RecordType[] = ['Subordination', 'Organization'];
/** What `parents(at:, classification:)` reads of each subordination besides the selection. */
const FILTERED_BY: ExtraProperties = { Subordination: ['classification', 'startDate', 'endDate'] };
/** The organisations whose subordinations the query brings: the posting's and three levels above. */
const LEVELS = 4;

export async function lookAheadPersonPostings(ctx: Context, id: string, info: GraphQLResolveInfo): Promise<void> {
  if (!ctx.loaders.caching || !selectsPath(info, ['postings'])) return;
  const withCitations = selectsPath(info, ['citations']) || selectsPath(info, ['postings', 'citations']);
  const withAncestry = selectsPath(info, ['postings', 'organization', 'parents', 'parent', 'parents']);
  const projection = withAncestry ? recordProjection(info, ANCESTRY_TYPES, FILTERED_BY) : WHOLE_RECORDS;
  const [row] = await ctx.graph.read<AheadRow>('graphql/person-postings-ahead', { id, withCitations, withAncestry, projection });
  if (!row) return;
  await ctx.loaders.primeNodes([row.node]);
  await ctx.loaders.primeFacts('PERSON', [{ id, facts: row.facts }]);
  if (withCitations) await ctx.loaders.primeCitations(row.citations);
  if (row.ancestry.length) await bringAncestry(ctx, row, projection);
}

/** The ancestry brought along with the organisations of the postings, as the fields will be handed them. */
async function bringAncestry(ctx: Context, row: AheadRow, projection: RecordProjection): Promise<void> {
  const byId = new Map(row.ancestry.map((a) => [a.id, a.facts]));
  const view = await ctx.protection.get();
  const organizations = [...new Set(row.facts.map((f) => f.fact.organization).filter((o): o is string => typeof o === 'string'))];
  // The objects the node loader hands out for them (primed just now with the postings).
  for (const organization of await ctx.loaders.node.loadMany(organizations)) {
    if (organization && !(organization instanceof Error)) bringLevels(ctx.along, organization, { byId, projection, view }, LEVELS);
  }
}

/** An ancestry as read: each organisation's subordinations, how they were read, and the viewer. */
interface Ancestry {
  byId: ReadonlyMap<string, FactsAsRead>;
  projection: RecordProjection;
  view: ProtectionView;
}

/** Brings an organisation's subordinations, then those of each parent they link, `levels` deep. */
function bringLevels(along: BroughtAlong, organization: StoredRecord, ancestry: Ancestry, levels: number): void {
  const facts = ancestry.byId.get(organization.id);
  if (!facts || levels === 0) return;
  along.bringFacts(organization, 'CHILD', facts, ancestry.projection, ancestry.view);
  for (const subordination of along.factsOf(organization, 'CHILD')!) {
    const parent = along.ref(subordination, 'parent');
    if (parent) bringLevels(along, parent, ancestry, levels - 1);
  }
}
