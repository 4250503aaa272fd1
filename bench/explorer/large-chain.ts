/**
 * A chain of command of `size` organisations on the synthetic data, for the explorer benchmark.
 * The generator's events name one or two perpetrator units each, so their chains hold 5 to 20
 * organisations; this adds one event in which units of the synthetic state took part, chosen so
 * that the walk upward from them at the event's date reaches exactly `size` organisations.
 *
 * It reads the dataset's COMMAND subordinations and walks them as the service's chain of command
 * does: links valid at the date in the widest reading of their partial dates, at most
 * DEFAULT_DEPTH levels above a unit, the units themselves included. An organisation is in the chain
 * when it lies within that many levels of some unit, so the chain is the union of each unit's
 * own climb, and units are added while their climbs fit. The benchmark checks the service's
 * answer against `size`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { DEFAULT_DEPTH } from '../../src/domain/chain-of-command';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { prng } from '../dataset';

export interface LargeChain {
  eventId: string;
  /** Words of its title a search finds it by. */
  searchText: string;
  date: string;
  /** The event and its participations, records v1. */
  records: RecordV1[];
  /** Organisations the walk reaches (units included). */
  organizations: number;
  units: number;
}

interface CommandLink {
  child: string;
  parent: string;
  startDate: string | null;
  endDate: string | null;
}

const DATE = '2021-03-15';
const SOURCE = 'src:syn-00001';

/** Widest reading: a partial start is at the earliest of its period, a partial end at the latest. */
const earliest = (d: string) => d.padEnd(10, d.length === 4 ? '-00-00' : '-00');
const latest = (d: string) => d.padEnd(10, d.length === 4 ? '-99-99' : '-99');
const validAt = (l: CommandLink, date: string) => (l.startDate === null || earliest(l.startDate) <= date) && (l.endDate === null || latest(l.endDate) >= date);

async function commandParents(file: string, date: string): Promise<Map<string, string[]>> {
  const parents = new Map<string, string[]>();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes('"type":"Subordination"')) continue;
    const r = JSON.parse(line) as CommandLink & { classification: string };
    if (r.classification !== 'COMMAND' || !validAt({ ...r, startDate: r.startDate ?? null, endDate: r.endDate ?? null }, date)) continue;
    parents.set(r.child, [...(parents.get(r.child) ?? []), r.parent]);
  }
  return parents;
}

/** A unit and every organisation at most DEFAULT_DEPTH command levels above it. */
function climb(unit: string, parents: Map<string, string[]>): Set<string> {
  const seen = new Set([unit]);
  let level = [unit];
  for (let depth = 0; depth < DEFAULT_DEPTH && level.length; depth++) {
    level = level.flatMap((o) => parents.get(o) ?? []).filter((p) => !seen.has(p));
    for (const p of level) seen.add(p);
  }
  return seen;
}

/** Units, in a seeded order, whose climbs together reach `size` organisations (fewer if the data cannot). */
function chooseUnits(parents: Map<string, string[]>, size: number, seed: number): { units: string[]; reached: Set<string> } {
  const candidates = [...parents.keys()].filter((id) => id.startsWith('org:syn-unit-')).sort();
  const random = prng(seed);
  for (let i = candidates.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
  }
  const reached = new Set<string>();
  const units: string[] = [];
  for (const unit of candidates) {
    if (reached.size >= size) break;
    const adds = [...climb(unit, parents)].filter((o) => !reached.has(o));
    if (!adds.length || reached.size + adds.length > size) continue;
    units.push(unit);
    for (const o of adds) reached.add(o);
  }
  return { units, reached };
}

export async function largeChain(file: string, size: number, seed = 1): Promise<LargeChain> {
  const parents = await commandParents(file, DATE);
  const { units, reached } = chooseUnits(parents, size, seed);
  const eventId = `event:bench-chain-${size}`;
  const searchText = 'Nationwide dispersal benchmark';
  const cite = (locator: string, credibility: number) => [{ source: SOURCE, locator, credibility }];
  const records: RecordV1[] = [
    {
      type: 'Event',
      id: eventId,
      eventType: 'PROTEST',
      title: `Nationwide dispersal of protests (benchmark: a chain of command of ${reached.size} organisations)`,
      startDate: DATE,
      sources: cite('p. 1', 2),
    },
    ...units.map(
      (unit, i) =>
        ({
          type: 'Participation',
          id: `part:bench-chain-${size}-${String(i).padStart(3, '0')}`,
          actor: unit,
          event: eventId,
          role: 'DIRECTLY_PERPETRATED',
          // Mostly well sourced, every seventh weaker: the drawing has a weakest link to mark.
          sources: cite(`p. ${i + 2}`, i % 7 === 6 ? 4 : 2),
        }) satisfies RecordV1,
    ),
  ];
  return { eventId, searchText, date: DATE, records, organizations: reached.size, units: units.length };
}
