/**
 * How many items each list field of the API is taken to hold when a query is measured
 * (measure.ts): declared once, here, keyed by `Type.field`.
 *
 * A list has a **bound** when its arguments or the server limit it: a page holds `first` (at most
 * 200), a chain `depth + 1` levels, a path `maxHops` steps. It has an **estimate** when the data
 * says how long it runs: participants per event, citations per fact… (list-estimates.ts, read
 * from the database and refreshed). A list with both holds the smaller; with only a bound, the
 * bound; with neither, DEFAULT_LIST_SIZE, as does an estimate not known yet (within the bound).
 * Sizes are rounded up and never below 1. Filters (`roles`, `side`, `at`…) are not counted as shrinking a list:
 * that an argument filters does not say by how much.
 *
 * The arguments a list reads are those of the nearest field above it (itself included) that takes
 * arguments, with the schema's defaults: `Subgraph.nodes` reads `neighborhood(hops, limit, ids)`,
 * `EventConnection.edges` reads `events(first)`, `ChainOfCommand.levels` reads
 * `chainOfCommand(depth)` (under `superiorResponsibility`, which takes no depth, the default).
 * Lists of scalars (`aliases`, `charges`) cost their field once, whatever their length, and are
 * not listed.
 */
import { DEFAULT_DEPTH, MAX_DEPTH } from '../../../domain/chain-of-command';
import { mostDerivedElements } from '../../../domain/coverage/rules';
import { RECORD_TYPE_NAMES } from '../../../foundations/model/record-types';
import { DEFAULT_PATH_HOPS, DEFAULT_PATHS, MAX_PATH_HOPS, MAX_PATHS } from '../../../domain/paths';
import { DEFAULT_NODES, EDGE_TYPES, MAX_HOPS, MAX_NODES, MAX_SEEDS, MAX_SEEDS_AT_HOPS_0, NODE_KINDS } from '../../../domain/subgraph';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../lists/pagination';
import { DEFAULT_SEARCH_RESULTS, MAX_SEARCH_RESULTS } from '../resolvers/search';
import type { EstimateName, ListEstimates } from './list-estimates';

/**
 * The size of a list with no bound while nothing is known of the data (before the first reading
 * of the estimates, or when it failed), and of the few lists nothing in the data describes
 * (cycles, exclusions, errors): rare, usually empty, and priced as the old model priced every list.
 */
export const DEFAULT_LIST_SIZE = 10;

/** Argument values in scope for a list (see above); variables resolved, schema defaults applied. */
export type ScopeArgs = Readonly<Record<string, unknown>>;

export interface ListSize {
  /** The most the list can hold, from the arguments and the server's maxima. */
  bound?: (args: ScopeArgs) => number;
  /** How long the data says it runs; undefined while an estimate it needs is not known. */
  estimate?: (estimates: ListEstimates, args: ScopeArgs) => number | undefined;
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
/** An argument as the resolver takes it: the number given, else its default, at most the server's maximum. */
const upTo = (v: unknown, fallback: number, max: number): number => Math.min(num(v) ?? fallback, max);
/** Estimates combined; unknown when one of them is. */
const product = (...xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? xs.reduce<number>((p, x) => p * x, 1) : undefined);
const most = (...xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? Math.max(...xs) : undefined);
const data = (name: EstimateName) => (e: ListEstimates) => e[name];

const page: ListSize = { bound: (a) => upTo(a.first, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE) };
/** Fallback on purpose: nothing in the data describes these lists (cycles, exclusions, errors), usually empty. */
const UNDESCRIBED: ListSize = {};

/** Levels of a chain or chart: 0 (the units, or the organisation) to `depth`. */
const chainLevels = (a: ScopeArgs) => upTo(a.depth, DEFAULT_DEPTH, MAX_DEPTH) + 1;
/** Organisations at one level: the units of an event going up (about one parent each), an organisation's children going down. */
const organizationsPerLevel = (e: ListEstimates) => most(e.unitsPerEvent, e.childrenPerOrganization);
/** Command links from one organisation of a chain: to its parents going up, its children going down. */
const linksPerOrganization = (e: ListEstimates) => most(e.parentsPerOrganization, e.childrenPerOrganization);
const chainLinks: ListSize = { estimate: (e, a) => product(chainLevels(a) - 1, organizationsPerLevel(e), linksPerOrganization(e)) };

/** Nodes of a neighbourhood: its seeds and what lies within `hops` links, `linksPerEntity` from each record reached. */
const subgraphNodesLimit = (a: ScopeArgs) => upTo(a.limit, DEFAULT_NODES, MAX_NODES);
function subgraphReach(e: ListEstimates, a: ScopeArgs): number | undefined {
  if (e.linksPerEntity === undefined) return undefined;
  const hops = upTo(a.hops, 1, MAX_HOPS);
  const seeds = Math.min(Array.isArray(a.ids) ? a.ids.length : 1, hops === 0 ? MAX_SEEDS_AT_HOPS_0 : MAX_SEEDS);
  let reached = 0;
  for (let hop = 0; hop <= hops; hop++) reached += e.linksPerEntity ** hop;
  return seeds * reached;
}
const subgraphNodes: ListSize = { bound: subgraphNodesLimit, estimate: subgraphReach };
/** About an edge for every node drawn: each node but the seeds is reached by one (the limit on nodes caps them too). */
const subgraphEdges: ListSize = {
  estimate: (e, a) => {
    const reach = subgraphReach(e, a);
    return reach === undefined ? undefined : Math.min(reach, subgraphNodesLimit(a));
  },
};

/**
 * Where the facts of a chain or chart begin and end, at any date: a start and an end for each link
 * and command posting of every level (the levels, by depth; what is at each, by the data).
 */
const commandBoundaries: ListSize = {
  estimate: (e, a) => {
    const links = linksPerOrganization(e);
    const perOrganization = links === undefined || e.commandersPerOrganization === undefined ? undefined : links + e.commandersPerOrganization;
    return product(2, chainLevels(a), organizationsPerLevel(e), perOrganization);
  },
};

const pathSteps = (a: ScopeArgs) => upTo(a.maxHops, DEFAULT_PATH_HOPS, MAX_PATH_HOPS);

/** The buckets of `statistics(groupBy)`: the keys of that grouping (unknown for a value that is not one, refused at execution). */
const STATISTICS_BUCKETS: Readonly<Record<string, EstimateName>> = {
  EVENT_TYPE: 'bucketsByEventType',
  MONTH: 'bucketsByMonth',
  YEAR: 'bucketsByYear',
  ORGANIZATION: 'bucketsByOrganization',
  TARGETED_GROUP: 'bucketsByTargetedGroup',
  COUNTRY: 'bucketsByCountry',
};
function statisticsBuckets(e: ListEstimates, groupBy: unknown): number | undefined {
  const name = STATISTICS_BUCKETS[String(groupBy)];
  return name && e[name];
}

/** The elements of an allegation's coverage: its crime's and its mode's. */
const coverageElements = (e: ListEstimates) => product(2, e.elementsPerProvision);
/**
 * Evidence per element, on average: an allegation's evidence is shared out among its elements, not
 * repeated for each. In all, the allegation's own citations plus, for each element a rule derives
 * (at most mostDerivedElements() of them), what its events' perpetrator-side participations cite.
 */
function coverageEvidence(e: ListEstimates): number | undefined {
  const derived = product(mostDerivedElements(), e.eventsPerAllegation, e.participantsPerEvent, e.citationsPerFact);
  const elements = coverageElements(e);
  if (derived === undefined || elements === undefined || e.citationsPerFact === undefined) return undefined;
  return (derived + e.citationsPerFact) / elements;
}

const factCitations: ListSize = { estimate: data('citationsPerFact') };
const entityCitations: ListSize = { estimate: data('citationsPerEntity') };
const contradictions: ListSize = { estimate: data('contradictionsPerRecord') };
const participants: ListSize = { estimate: data('participantsPerEvent') };

export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  // Pages and other lists bounded by their arguments.
  'EventConnection.edges': page,
  'PersonConnection.edges': page,
  'OrganizationConnection.edges': page,
  'SourceConnection.edges': page,
  'AuditConnection.edges': page,
  'Query.search': { bound: (a) => upTo(a.first, DEFAULT_SEARCH_RESULTS, MAX_SEARCH_RESULTS), estimate: data('searchHits') },
  'Query.paths': { bound: (a) => upTo(a.limit, DEFAULT_PATHS, MAX_PATHS) },
  'Path.steps': { bound: pathSteps },
  'Path.nodes': { bound: (a) => pathSteps(a) + 1 },
  'Subgraph.nodes': subgraphNodes,
  'Subgraph.edges': subgraphEdges,
  'NetworkMetrics.nodes': subgraphNodes,
  // One count per (link type, neighbour kind) pair at most.
  'Query.neighborCounts': { bound: () => EDGE_TYPES.length * NODE_KINDS.length },
  'ImportReport.summary': { bound: () => RECORD_TYPE_NAMES.length },

  // The chain of command: levels by depth, what is at each level by the data.
  'ChainOfCommand.levels': { bound: chainLevels },
  'OrganizationChart.levels': { bound: chainLevels },
  'ChainLevel.organizations': { estimate: organizationsPerLevel },
  'ChainOrganization.commanders': { estimate: data('commandersPerOrganization') },
  'ChainOrganization.links': { estimate: linksPerOrganization },
  'ChainOfCommand.links': chainLinks,
  'OrganizationChart.links': chainLinks,
  'ChainOfCommand.directActors': participants,
  'ChainOfCommand.units': { estimate: data('unitsPerEvent') },
  'Unit.reasons': participants,
  'CommandersAt.commanders': { estimate: data('commandersPerOrganization') },
  'CycleReport.organizations': { bound: chainLevels },
  'CycleReport.subordinations': { bound: chainLevels },
  'CommandHeld.path': { bound: (a) => chainLevels(a) - 1 },
  'SuperiorResponsibility.candidates': { estimate: (e, a) => product(chainLevels(a), organizationsPerLevel(e), e.commandersPerOrganization) },
  'SuperiorCandidate.commands': { estimate: data('commandPostingsPerPerson') },
  'SuperiorCandidate.knowledge': { estimate: (e) => product(e.allegationsPerParty, e.citationsPerFact) },
  'DirectActor.citations': factCitations,
  'CommandPosting.citations': factCitations,
  'CommandLink.citations': factCitations,
  'KnowledgeEvidence.citations': factCitations,
  'CommandChanges.boundaries': commandBoundaries,
  'ChainOfCommand.cycles': UNDESCRIBED,
  'OrganizationChart.cycles': UNDESCRIBED,
  'ChainOfCommand.excluded': UNDESCRIBED,
  'OrganizationChart.excluded': UNDESCRIBED,
  'CommandersAt.excluded': UNDESCRIBED,

  // Navigation between records, by the data.
  'Event.participants': participants,
  'TrialDetails.defendants': participants,
  'TrialDetails.judges': participants,
  'TrialDetails.prosecutors': participants,
  'Event.links': { estimate: data('eventLinksPerEvent') },
  'Person.postings': { estimate: data('postingsPerPerson') },
  'Person.participations': { estimate: data('participationsPerPerson') },
  'Organization.parents': { estimate: data('parentsPerOrganization') },
  'Organization.children': { estimate: data('childrenPerOrganization') },
  'Organization.members': { estimate: data('membersPerOrganization') },
  'Organization.participations': { estimate: data('participationsPerOrganization') },
  'Place.events': { estimate: data('eventsPerPlace') },
  'Allegation.events': { estimate: data('eventsPerAllegation') },
  'LegalProvision.elements': { estimate: data('elementsPerProvision') },
  'Query.allegations': { estimate: (e, a) => (a.accusedId != null || a.provisionId != null ? e.allegationsPerParty : e.allegations) },
  'Query.timeline': { estimate: data('factsPerEntity') },
  'Statistics.buckets': { estimate: (e, a) => statisticsBuckets(e, a.groupBy) },
  'GraphEdge.citations': factCitations,

  // Citations and contradictions of every record.
  'Cited.citations': { estimate: (e) => most(e.citationsPerFact, e.citationsPerEntity) },
  'Person.citations': entityCitations,
  'Organization.citations': entityCitations,
  'Place.citations': entityCitations,
  'Event.citations': entityCitations,
  'LegalProvision.citations': entityCitations,
  'Posting.citations': factCitations,
  'Subordination.citations': factCitations,
  'Participation.citations': factCitations,
  'EventLink.citations': factCitations,
  'Allegation.citations': factCitations,
  'Cited.contradictions': contradictions,
  'Person.contradictions': contradictions,
  'Organization.contradictions': contradictions,
  'Place.contradictions': contradictions,
  'Event.contradictions': contradictions,
  'LegalProvision.contradictions': contradictions,
  'Posting.contradictions': contradictions,
  'Subordination.contradictions': contradictions,
  'Participation.contradictions': contradictions,
  'EventLink.contradictions': contradictions,
  'Allegation.contradictions': contradictions,

  // Element coverage: elements of a crime and a mode; the allegation's evidence spread over them
  // (coverageEvidence); the events of an attack pattern's period, which no estimate describes.
  'CaseMatrix.allegations': { estimate: data('allegationsPerParty') },
  'AllegationCoverage.elements': { estimate: coverageElements },
  'ElementCoverage.evidence': { estimate: coverageEvidence },
  'ElementCoverage.contradictions': contradictions,
  'CoverageEvidence.path': { bound: () => DEFAULT_DEPTH, estimate: data('parentsPerOrganization') },
  'CoverageContradiction.citations': factCitations,
  'AttackPattern.events': UNDESCRIBED,
  'AttackPattern.places': UNDESCRIBED,
  'AttackPattern.perpetratorOrganizations': UNDESCRIBED,

  // Answers of mutations and checks: nothing in the data says how many problems a request has.
  'ImportReport.problems': UNDESCRIBED,
  'MutationPayload.errors': UNDESCRIBED,
  'AuditVerification.problems': UNDESCRIBED,
};

/** How many items the list `coordinate` (`Type.field`) is taken to hold, for these arguments and estimates. */
export function listSize(coordinate: string, args: ScopeArgs, estimates: ListEstimates): number {
  const rule = LIST_SIZES[coordinate] ?? UNDESCRIBED;
  const bound = rule.bound?.(args);
  const estimate = rule.estimate ? (rule.estimate(estimates, args) ?? DEFAULT_LIST_SIZE) : undefined;
  const size = Math.min(bound ?? Infinity, estimate ?? Infinity);
  return Math.max(1, Math.ceil(size === Infinity ? DEFAULT_LIST_SIZE : size));
}
