/**
 * The results of the chain-of-command domain layer: plain objects carrying ids (the GraphQL layer
 * resolves Person, Organization, Event… by id with its DataLoaders) and every piece of evidence.
 */
import type { ParticipationRole, PostingRole, Reliability } from '../../foundations/model/enums';
import type { CitedFor } from '../../storage/records/stored';

/** Whether a dated fact holds at the date asked: NO facts are never returned. */
export type LinkValidity = 'CERTAIN' | 'POSSIBLE';

/** One source's support for a fact: its CITED_FOR properties, with the source by id. */
export interface CitationEvidence extends CitedFor {
  sourceId: string;
  sourceTitle: string;
  reliability: Reliability;
  confidentiality: string;
  /** reliability + credibility, e.g. "B2". */
  grade: string;
}

/** A fact's citations and its grade: the best of its citations' grades (null without citations). */
export interface Evidence {
  citations: CitationEvidence[];
  grade: string | null;
}

/** A perpetrator-side participation in the event. */
export interface DirectActor extends Evidence {
  participationId: string;
  actorId: string;
  actorType: 'Person' | 'Organization';
  role: ParticipationRole;
  description: string | null;
}

/** What a posting is, as stored: shared by the rows loaded and the evidence returned. */
export interface PostingFacts {
  postingId: string;
  personId: string;
  organizationId: string;
  role: PostingRole;
  title: string | null;
  rank: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** A posting valid at the date: a direct actor's post (how a unit is reached) or a command post. */
export interface PostingEvidence extends PostingFacts, Evidence {
  validity: LinkValidity;
}

/** A COMMAND subordination valid at the date: a link of the chain. */
export interface CommandLink extends Evidence {
  subordinationId: string;
  childId: string;
  parentId: string;
  startDate: string | null;
  endDate: string | null;
  validity: LinkValidity;
  /** The level of the walk at which the link was followed (1: from the starting organisations). */
  level: number;
  /** The link closes a cycle: it is reported, and the walk did not follow it round again. */
  closesCycle: boolean;
}

/** Why an organisation is a unit of the event. */
export type UnitReason = { kind: 'ACTOR'; participationId: string } | { kind: 'POSTING'; posting: PostingEvidence };

export interface Unit {
  organizationId: string;
  reasons: UnitReason[];
}

/** One organisation reached by a walk, with its commanders at the date. */
export interface ChainOrganization {
  organizationId: string;
  /** 0 for the starting organisations (the units), 1 for their parents (or children going down)… */
  level: number;
  /** Persons with a command posting (COMMAND_POSTING_ROLES) valid at the date. */
  commanders: PostingEvidence[];
  /** The links followed from this organisation: to its parents going up, to its children going down. */
  links: CommandLink[];
  /** The best grade of a path reaching this organisation (weakest link of the path), null if ungraded. */
  pathGrade: string | null;
  /** CERTAIN when some path reaching it has only CERTAIN links. */
  pathValidity: LinkValidity;
}

export interface ChainLevel {
  level: number;
  organizations: ChainOrganization[];
}

/** A cycle of subordinations: organisations in order, the links between them, and the link cut. */
export interface CycleReport {
  organizationIds: string[];
  subordinationIds: string[];
  cutAt: string;
}

/** A fact left out by a minimum grade, or a part of the graph left unexplored by the depth bound. */
export interface Excluded {
  kind: 'Participation' | 'Posting' | 'Subordination';
  id: string;
  reason: string;
}

export interface ChainOfCommand {
  eventId: string;
  /** The date the chain is drawn at, as given (possibly partial). */
  at: string;
  /** Whether `at` came from the argument or from the event's start date. */
  atFrom: 'ARGUMENT' | 'EVENT_START';
  depth: number;
  minGrade: string | null;
  directActors: DirectActor[];
  units: Unit[];
  /** Level 0: the units; level n: the COMMAND parents of level n-1 not met before. */
  levels: ChainLevel[];
  /** Every COMMAND link followed, in walk order (also under each organisation's `links`). */
  links: CommandLink[];
  cycles: CycleReport[];
  /** The depth bound stopped the walk while COMMAND parents were left above it. */
  depthLimited: boolean;
  /** The weakest of every link's grade: participations, unit postings, command links, commander postings. */
  grade: string | null;
  /** CERTAIN when every link is CERTAIN at the date. */
  validity: LinkValidity;
  excluded: Excluded[];
}

export interface CommandersAt {
  organizationId: string;
  at: string;
  minGrade: string | null;
  commanders: PostingEvidence[];
  excluded: Excluded[];
}

export type ChartDirection = 'UP' | 'DOWN';

export interface OrganizationChart {
  organizationId: string;
  at: string;
  direction: ChartDirection;
  depth: number;
  minGrade: string | null;
  /** Level 0: the organisation itself. */
  levels: ChainLevel[];
  links: CommandLink[];
  cycles: CycleReport[];
  depthLimited: boolean;
  excluded: Excluded[];
}

/** One command a candidate held in the chain at the date. */
export interface CommandHeld {
  organizationId: string;
  /** Level of the organisation in the chain (0: a unit of the event). */
  level: number;
  /** The command posting: evidence of the superior–subordinate relationship and effective control. */
  posting: PostingEvidence;
  /** The unit of the event below that command. */
  unitId: string;
  /** The COMMAND links from that unit up to the organisation (empty at level 0). */
  path: CommandLink[];
}

/** Citations of an art. 28 allegation that go to the provision's knowledge (MENTAL) element. */
export interface KnowledgeEvidence extends Evidence {
  allegationId: string;
  provisionId: string;
  article: string | null;
  mode: string;
  description: string | null;
  elementNumber: string;
  elementText: string;
}

export interface SuperiorCandidate {
  personId: string;
  /** The person is also a direct actor of the event. */
  isDirectActor: boolean;
  commands: CommandHeld[];
  knowledge: KnowledgeEvidence[];
}

/** A candidate list for art. 28 analysis, not a verdict. */
export interface SuperiorResponsibility {
  eventId: string;
  at: string;
  candidates: SuperiorCandidate[];
  /** The chain the candidates were drawn from. */
  chain: ChainOfCommand;
}
