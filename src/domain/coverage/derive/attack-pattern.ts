/**
 * ATTACK_PATTERN rules: the figures behind "a widespread or systematic attack directed against a
 * civilian population" over the allegation's period — events of attack types, victims, months,
 * places, perpetrator organisations — with each event's best citation as the evidence behind them.
 * Figures for a lawyer's assessment: the answer says so, and never states the attack was either.
 */
import { parsePartialDate } from '../../../foundations/model/partial-date';
import { loadPatternEvents } from '../load';
import type { AttackPatternRule } from '../rules';
import type { AttackPattern } from '../types';
import { itemsOf, type DeriveContext, type Derived } from './context';

/** A full date `months` months earlier (the day kept, clamped to the month's length). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The period of the pattern: from `monthsBefore` months before the allegation's first dated event to its last; open without dated events. */
export function patternWindow(ctx: DeriveContext, rule: AttackPatternRule): { from: string | null; to: string | null } {
  const dated = ctx.allegation.events.filter((e) => e.startDate);
  if (!dated.length) {
    ctx.notes.add("none of the allegation's events is dated: the attack pattern is read over every date");
    return { from: null, to: null };
  }
  const starts = dated.map((e) => parsePartialDate(e.startDate!).earliest).sort();
  const ends = dated.map((e) => parsePartialDate(e.endDate ?? e.startDate!).latest).sort();
  return { from: monthsBefore(starts[0]!, rule.monthsBefore), to: ends.at(-1)! };
}

function statement(p: Omit<AttackPattern, 'statement'>): string {
  const period = p.from || p.to ? `from ${p.from ?? 'any date'} to ${p.to ?? 'any date'}` : 'at any date';
  const places = p.places.length ? `${p.places.length} place${p.places.length === 1 ? '' : 's'} named` : 'no place named';
  const orgs = p.organizations.length ? `perpetrator organisations: ${p.organizations.map((o) => o.name).join(', ')}` : 'no perpetrator organisation recorded';
  return (
    `${p.eventCount} event${p.eventCount === 1 ? '' : 's'} of attack types ${period}, ${p.victims} victim${p.victims === 1 ? '' : 's'} counted, ` +
    `${p.months.length} month${p.months.length === 1 ? '' : 's'} with a dated event, ${places}; ${orgs}. ` +
    'Figures from the graph for assessment, not a finding that the attack was widespread or systematic.'
  );
}

export async function deriveAttackPattern(ctx: DeriveContext, rule: AttackPatternRule): Promise<Derived & { pattern: AttackPattern }> {
  const window = patternWindow(ctx, rule);
  const events = (await loadPatternEvents(ctx.graph, window, rule.eventTypes)).filter((e) => !ctx.hidden.has(e.id));
  const places = new Map<string, string>();
  const organizations = new Map<string, string>();
  const months = new Set<string>();
  for (const e of events) {
    e.places.forEach((p) => places.set(p.placeId, p.name));
    e.organizations.forEach((o) => organizations.set(o.organizationId, o.name));
    if (e.startDate && e.startDate.length >= 7) months.add(e.startDate.slice(0, 7));
  }
  const figures = {
    ...window,
    eventTypes: [...rule.eventTypes],
    eventCount: events.length,
    victims: events.reduce((sum, e) => sum + Number(e.victims ?? 0), 0),
    months: [...months].sort(),
    places: [...places].map(([placeId, name]) => ({ placeId, name })).sort((a, b) => a.name.localeCompare(b.name)),
    organizations: [...organizations].map(([organizationId, name]) => ({ organizationId, name })).sort((a, b) => a.name.localeCompare(b.name)),
    eventIds: events.map((e) => e.id),
  };
  const pattern: AttackPattern = { ...figures, statement: statement(figures) };
  const items = events.flatMap((e) => itemsOf(rule.id, { id: e.id, type: 'Event' }, e.citations, { eventId: e.id, finding: `${e.eventType}: "${e.title}"${e.startDate ? ` (${e.startDate})` : ''}` }));
  return { items, factIds: events.map((e) => e.id), pattern };
}
