/**
 * FollowTheMoney entities as JSON Lines (Aleph, OpenSanctions, `ftm` tools): one entity per line,
 * `{"id","schema","properties":{…}}`, streamed in the input's order. The mapping is in
 * ftm-mapping.ts; every entity is checked against the library's model first (ftm-validate.ts).
 * Whatever FtM cannot carry is counted in the notes: records without a counterpart (legal
 * provisions, allegations), fields without one, entities that failed validation (not written).
 * Held in memory: the written entity ids with their schema (to check references) and the ids of
 * trials (a participation in a trial is a CourtCaseParty) — ids, not records.
 */
import type { Writable } from 'node:stream';
import type { FormatWriter } from '../types';
import { recordToFtm } from './ftm-mapping';
import { FtmValidator } from './ftm-validate';
import { progress } from './graph-source';
import { endStream, writeLine } from './write-stream';

/** Counts of things by reason, written as notes "N × reason" in a stable order. */
class Tally {
  private readonly counts = new Map<string, number>();
  add(reason: string, n = 1): void {
    this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }
  notes(): string[] {
    return [...this.counts].sort(([a], [b]) => a.localeCompare(b)).map(([reason, n]) => `${n} × ${reason}`);
  }
}

export const writeFtmJsonl: FormatWriter = async (input, out: Writable, options = {}) => {
  const validator = new FtmValidator();
  const trials = new Set<string>();
  const tally = new Tally();
  const invalid: string[] = [];
  const count = progress(options);

  for await (const record of input.records()) {
    if (record.type === 'Trial') trials.add(record.id);
    const mapped = recordToFtm(record, (id) => trials.has(id));
    if (!mapped.entities.length) tally.add(`${record.type} record(s) not written: FollowTheMoney has no counterpart`);
    for (const reason of mapped.lost) tally.add(reason);
    for (const data of mapped.entities) {
      // A Document needs a fileName; a source whose file is not held (or is confidential) has none.
      const optional = record.type === 'Source' ? ['fileName'] : [];
      if (record.type === 'Source' && !data.properties.fileName) tally.add('Source(s) without a held file: FtM Document written without its required fileName');
      const { entity, problems } = validator.check(data, optional);
      if (!entity) {
        tally.add(`${data.schema} entit(ies) not written: failed FtM validation`);
        if (invalid.length < 5) invalid.push(...problems);
        continue;
      }
      await writeLine(out, JSON.stringify(entity.toJSON()));
      count.tick();
    }
  }
  const unresolved = validator.unresolved();
  if (unresolved.length) tally.add('FtM reference(s) to entities not in the export (written anyway)', unresolved.length);
  await endStream(out);
  return { written: count.done(), notes: [...tally.notes(), ...invalid.slice(0, 5), ...unresolved.slice(0, 5)] };
};
