/**
 * What an allegation has proved, element by element (docs/case-matrix.md): every element of the
 * crime and of the mode of liability in the provision's order, each with the evidence cited for it
 * and the evidence the derivation rules (rules.ts) read off the graph, its corroboration by
 * independent publishers, the rival accounts of the facts it rests on, and a status against the
 * thresholds shown in the answer. Material for a lawyer's judgement, never a verdict.
 */
import type { Graph } from '../../storage/db/graph';
import { AppError } from '../../foundations/errors';
import { parseCitedElement } from '../../foundations/model/cited-element';
import { partialDateProblem } from '../../foundations/model/partial-date';
import { createDeriveContext, type DeriveContext, type Derived } from './derive/context';
import { deriveAttackPattern } from './derive/attack-pattern';
import { commandSources, deriveCommand } from './derive/command';
import { deriveEventConduct } from './derive/event-conduct';
import { deriveParticipationRole } from './derive/participation-role';
import { loadAllegation, loadContradictions, loadPublishers, toCitation, type AllegationRows, type ElementRow, type ProvisionRow } from './load';
import { CITED, MODE_ARTICLES, rulesFor, type DerivationRule } from './rules';
import { corroboration, statusOf, summarize } from './status';
import { thresholdsFor, type ThresholdOverrides } from './thresholds';
import type { AllegationCoverage, AttackPattern, CoverageContradiction, CoveragePart, CoverageThresholds, ElementCoverage, EvidenceItem } from './types';

export interface CoverageOptions extends ThresholdOverrides {
  /** Read postings and command at this date for every event, instead of each event's start date. */
  at?: string | null;
  /** Ids hidden from the viewer (withheld persons and the records linking them): left out everywhere. */
  hidden?: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

export function checkAt(at: string | null | undefined): string | null {
  if (at === null || at === undefined) return null;
  const problem = partialDateProblem(at);
  if (problem) throw AppError.badInput('at', problem);
  return at;
}

interface Part {
  part: CoveragePart;
  provision: ProvisionRow;
  /** Whether this is the allegation's own provision, whose elements its citations name by bare number. */
  own: boolean;
}

/** Whether a citation's `element` names this element of this part: by number in the allegation's own provision, by article and number in the provision of that article. */
function names(element: string | null | undefined, part: Part, number: string): boolean {
  if (element === null || element === undefined) return false;
  const ref = parseCitedElement(element);
  return ref.number === number && (ref.article === null ? part.own : ref.article === part.provision.article);
}

/** The crime's provision and the mode's; one part when the allegation names the mode's provision itself (an art. 28 allegation). */
function partsOf(rows: AllegationRows, notes: Set<string>): Part[] {
  const modeArticle = MODE_ARTICLES[rows.mode];
  if (rows.provision.article === modeArticle) {
    notes.add(`the allegation's provision is its mode of liability (art. ${modeArticle}): no crime is named, so no crime element is listed`);
    return [{ part: 'MODE', provision: rows.provision, own: true }];
  }
  if (!rows.modeProvision) notes.add(`the provision of the mode of liability (art. ${modeArticle}) is not in the graph: its elements are not listed`);
  else
    notes.add(
      `the allegation's citations name elements of its provision (art. ${rows.provision.article}) by number, those of the mode (art. ${modeArticle}) by article and number ("${modeArticle} 1")`,
    );
  return [{ part: 'CRIME', provision: rows.provision, own: true }, ...(rows.modeProvision ? [{ part: 'MODE' as const, provision: rows.modeProvision, own: false }] : [])];
}

interface Drafted {
  part: Part;
  element: ElementRow;
  rules: DerivationRule[];
  derived: Derived;
  pattern: AttackPattern | null;
}

async function derive(ctx: DeriveContext, rule: DerivationRule, publishers: () => Promise<ReadonlyMap<string, string | null>>): Promise<Derived & { pattern?: AttackPattern }> {
  switch (rule.kind) {
    case 'EVENT_CONDUCT':
      return deriveEventConduct(ctx, rule);
    case 'ATTACK_PATTERN':
      return deriveAttackPattern(ctx, rule);
    case 'COMMAND':
      return deriveCommand(ctx, rule, await publishers());
    case 'PARTICIPATION_ROLE':
      return deriveParticipationRole(ctx, rule);
  }
}

async function draft(ctx: DeriveContext, part: Part, element: ElementRow, publishers: () => Promise<ReadonlyMap<string, string | null>>): Promise<Drafted> {
  const rows = ctx.allegation;
  // Mental elements are proved only by citations that name them.
  const rules = element.kind === 'MENTAL' ? [] : rulesFor(part.provision.article, element.number);
  const cited: EvidenceItem[] = rows.citations
    .filter((c) => names(c.element, part, element.number))
    .map((c) => ({ rule: CITED, recordId: rows.id, recordType: 'Allegation', eventId: null, finding: null, path: [], postingId: null, citation: toCitation(c) }));
  const derived: Derived = { items: cited, factIds: cited.length ? [rows.id] : [] };
  let pattern: AttackPattern | null = null;
  for (const rule of rules) {
    const found = await derive(ctx, rule, publishers);
    derived.items.push(...found.items);
    derived.factIds.push(...found.factIds);
    pattern = found.pattern ?? pattern;
  }
  return { part, element, rules, derived, pattern };
}

function finish(d: Drafted, contradictions: readonly CoverageContradiction[], thresholds: CoverageThresholds): ElementCoverage {
  const facts = new Set(d.derived.factIds);
  const rivals = contradictions.filter((c) => facts.has(c.contradictedId));
  const counted = corroboration(d.derived.items, thresholds);
  const { status, reason } = statusOf(d.element, d.derived.items, rivals, counted, thresholds);
  return {
    part: d.part.part,
    provisionId: d.part.provision.id,
    article: d.part.provision.article,
    number: d.element.number,
    text: d.element.text,
    kind: d.element.kind,
    footnotes: d.element.footnotes ?? [],
    rules: d.rules.map((r) => r.id),
    evidence: d.derived.items,
    ...counted,
    contradictions: rivals,
    pattern: d.pattern,
    status,
    reason: !d.part.own && status === 'GAP' ? `${reason}; a citation would name it "${d.part.provision.article} ${d.element.number}"` : reason,
  };
}

async function contradictionsOf(graph: Graph, ids: readonly string[], hidden: ReadonlySet<string>): Promise<CoverageContradiction[]> {
  const rows = await loadContradictions(graph, [...new Set(ids)]);
  return rows
    .filter((r) => !hidden.has(r.recordId))
    .map((r) => ({
      contradictedId: r.contradictedId,
      recordId: r.recordId,
      recordType: r.recordType,
      label: String(r.record.title ?? r.record.shortName ?? r.record.name ?? `${r.recordType} ${String(r.record.role ?? r.record.classification ?? r.record.relation ?? r.record.mode ?? '')}`.trim()),
      citations: r.citations.map(toCitation),
    }));
}

export async function elementCoverage(graph: Graph, allegationId: string, options: CoverageOptions = {}): Promise<AllegationCoverage> {
  const thresholds = thresholdsFor(options);
  const at = checkAt(options.at);
  const hidden = options.hidden ?? NONE;
  const rows = hidden.has(allegationId) ? null : await loadAllegation(graph, allegationId);
  if (!rows || hidden.has(rows.accused.id)) throw AppError.notFound('allegation', allegationId);
  const ctx = createDeriveContext(graph, rows, at, hidden);
  let publishers: Promise<ReadonlyMap<string, string | null>> | undefined;
  const publishersOnce = () => (publishers ??= commandSources(ctx).then((ids) => loadPublishers(graph, ids)));

  const drafted: Drafted[] = [];
  for (const part of partsOf(rows, ctx.notes)) {
    for (const element of part.provision.elements) drafted.push(await draft(ctx, part, element, publishersOnce));
  }
  const contradictions = await contradictionsOf(
    graph,
    drafted.flatMap((d) => d.derived.factIds),
    hidden,
  );
  const elements = drafted.map((d) => finish(d, contradictions, thresholds));
  return {
    allegationId: rows.id,
    accusedId: rows.accused.id,
    provisionId: rows.provision.id,
    mode: rows.mode,
    description: rows.description ?? null,
    modeProvisionId: rows.modeProvision && rows.modeProvision.id !== rows.provision.id ? rows.modeProvision.id : null,
    at,
    thresholds,
    elements,
    summary: summarize(elements),
    notes: [...ctx.notes],
  };
}
