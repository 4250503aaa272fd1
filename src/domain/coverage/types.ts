/**
 * The results of element coverage: plain objects carrying ids (the GraphQL layer resolves records
 * by id with its loaders) and every piece of evidence with the rule that produced it. Keys holding
 * ids end in `Id`/`Ids`, so the protection's deep scrub leaves them alone (src/domain/protection/scrubber.ts).
 */
import type { CommandLink } from '../chain-of-command/types';
import type { Credibility, ElementKind, EventType, LiabilityMode, Reliability } from '../../foundations/model/enums';

export const COVERAGE_STATUSES = ['SUPPORTED', 'WEAK', 'CONTESTED', 'GAP'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** Whether an element belongs to the crime or to the mode of liability. */
export type CoveragePart = 'CRIME' | 'MODE';

export interface CoverageThresholds {
  /** Evidence counts toward corroboration only at this grade or better ("B3"). */
  minGrade: string;
  /** Independent publishers (at minGrade or better) an element needs to be SUPPORTED. */
  minPublishers: number;
}

/** One source's support, as the coverage reports it: the source with its publisher, where, how credible. */
export interface CoverageCitation {
  sourceId: string;
  sourceTitle: string;
  publisher: string | null;
  reliability: Reliability;
  confidentiality: string;
  locator: string;
  credibility: Credibility;
  quote: string | null;
  /** The element the citation names, for an allegation's own citations. */
  element: string | null;
  /** reliability + credibility, e.g. "B2". */
  grade: string;
}

/** One item of evidence for an element: a citation, the record it supports and the rule that brought it. */
export interface EvidenceItem {
  /** CITED, or the id of the derivation rule (src/domain/coverage/rules.ts). */
  rule: string;
  /** The record the citation supports: the allegation (cited), a participation, posting, subordination or event. */
  recordId: string;
  recordType: string;
  /** The event the evidence bears on, when it bears on one. */
  eventId: string | null;
  /** What the rule read off the graph, in words (null for cited evidence). */
  finding: string | null;
  /** Command evidence: the COMMAND links from the event's unit up to the accused's organisation. */
  path: CommandLink[];
  /** Conduct through a unit: the accused's posting in it at the event's date, which ties the unit's act to the accused. */
  postingId: string | null;
  citation: CoverageCitation;
}

/** A rival account of a fact the evidence rests on: the record contradicting it (or contradicted by it) and its citations. */
export interface CoverageContradiction {
  /** The fact used as evidence that the rival account disputes. */
  contradictedId: string;
  recordId: string;
  recordType: string;
  label: string;
  citations: CoverageCitation[];
}

/** The figures of the attack pattern behind a contextual element: material for a lawyer, never a finding. */
export interface AttackPattern {
  from: string | null;
  to: string | null;
  eventTypes: EventType[];
  eventCount: number;
  victims: number;
  months: string[];
  places: { placeId: string; name: string }[];
  organizations: { organizationId: string; name: string }[];
  eventIds: string[];
  /** The figures in one sentence, with the caveat. */
  statement: string;
}

export interface ElementCoverage {
  part: CoveragePart;
  provisionId: string;
  article: string;
  number: string;
  text: string;
  kind: ElementKind;
  footnotes: string[];
  /** The derivation rules aimed at this element (whether or not they found anything). */
  rules: string[];
  evidence: EvidenceItem[];
  /** Distinct sources among the evidence. */
  sources: number;
  /** Distinct publishers among the evidence (a source naming none counts as its own publisher). */
  publishers: number;
  /** Distinct publishers with evidence at the minimum grade or better. */
  publishersAtMinGrade: number;
  bestGrade: string | null;
  contradictions: CoverageContradiction[];
  pattern: AttackPattern | null;
  status: CoverageStatus;
  /** Why this status, in words, with the thresholds. */
  reason: string;
}

export interface CoverageSummary {
  elements: number;
  supported: number;
  weak: number;
  contested: number;
  gaps: number;
}

export interface AllegationCoverage {
  allegationId: string;
  accusedId: string;
  provisionId: string;
  mode: LiabilityMode;
  /** The allegation's own account: who alleges what, and what the sources leave unnamed. */
  description: string | null;
  /** The provision of the mode of liability, when the graph holds it. */
  modeProvisionId: string | null;
  /** The date asked for, or null: each event at its own date. */
  at: string | null;
  thresholds: CoverageThresholds;
  elements: ElementCoverage[];
  summary: CoverageSummary;
  /** What could not be read or derived, and why (an undated event, a missing provision…). */
  notes: string[];
}

export interface CaseMatrix {
  accusedId: string;
  at: string | null;
  thresholds: CoverageThresholds;
  allegations: AllegationCoverage[];
  summary: CoverageSummary;
}
