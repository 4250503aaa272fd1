/**
 * The deterministic synthetic dataset: records v1 for a fictional state, streamed in
 * dependency order (sources; places, organisations, persons, law; events and trials; facts), so
 * an importer can write it as it reads. Same scale and seed, byte-identical output.
 */
import { writeEventLinks, writeOrganisations, writeParticipations, writePostings, writeSubordinations } from './facts';
import { writeAllegations, writeProvisions } from './law';
import { planEvent } from './events';
import { buildStructure } from './organisations';
import { writePersons } from './persons';
import { writePlaces } from './places';
import { PersonKind, staff } from './postings';
import { countsFor } from './scale';
import { Citer, writeSources } from './sources';
import type { World } from './world';
import { RecordWriter, type Sink } from './writer';

export { MAX_SCALE, countsFor } from './scale';
export { fileSink, memorySink, type Sink } from './writer';

export interface GenerateOptions {
  /** 1 ≈ 100,000 records; fractions allowed. */
  scale: number;
  seed: number;
}

export interface GenerateResult {
  /** Records written, per record type, in the order types first appear. */
  counts: Record<string, number>;
  records: number;
}

export function generate({ scale, seed }: GenerateOptions, sink: Sink): GenerateResult {
  if (!Number.isInteger(seed)) throw new RangeError('seed must be an integer');
  const counts = countsFor(scale);
  const w = new RecordWriter(sink);
  try {
    writeSources(w, seed, counts.sources);
    const citer = new Citer(counts.sources);
    const placeNames = writePlaces(w, seed, counts.places, citer);
    const s = buildStructure(seed, counts);
    writeOrganisations(w, seed, s, citer);
    const st = staff(seed, s, counts.officers);
    const victims = { from: st.kinds.length, to: st.kinds.length + counts.victims };
    for (let v = victims.from; v < victims.to; v += 1) st.kinds.push(PersonKind.Victim);
    writePersons(w, seed, st.kinds, citer);
    writeProvisions(w, citer);

    const world: World = { seed, s, st, citer, placeNames, victims };
    const days = new Int32Array(counts.events);
    const trials = new Uint8Array(counts.events);
    for (let i = 0; i < counts.events; i += 1) {
      const plan = planEvent(world, i);
      w.write(plan.record);
      days[i] = plan.day;
      trials[i] = plan.record.type === 'Trial' ? 1 : 0;
    }

    writePostings(w, seed, st, s, citer);
    writeSubordinations(w, seed, s, citer);
    writeParticipations(w, world, counts.events);
    writeEventLinks(w, world, days, trials);
    writeAllegations(w, world, counts.events, counts.allegations);
  } finally {
    w.close();
  }
  return { counts: Object.fromEntries(w.counts), records: w.records };
}
