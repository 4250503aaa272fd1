/**
 * What a query brought along with the records it hands to this request's fields: the facts
 * pointing at a record (an event page's participants) and the records those facts link (their
 * actors), redacted exactly as the loaders would have. The fields of those records resolve from
 * here first. Unlike priming the loaders, this holds records read with only the properties the
 * selection shows (src/entry/graphql/projection): they reach the fields they were read for and
 * nothing else, since every other field of the request reads the loaders' whole records.
 * Kept by the very objects handed to the fields, for one request.
 */
import type { ProtectionView } from '../../domain/protection/view';
import { RECORD_TYPES } from '../../foundations/model/record-types';
import type { AnyStoredRecord, StoredRecord } from '../../storage/records/stored';
import { unprojected, type RecordProjection } from '../../storage/records/projected';
import { shownFacts, shownRecord, type FactRel, type FactsVia } from './loaders';

/** A target's facts as a query returns them, each with the records it links, each record whole or projected. */
export type FactsAsRead = readonly { fact: StoredRecord | unknown[]; linked: readonly (AnyStoredRecord | unknown[])[] }[];

export class BroughtAlong {
  private readonly facts = new WeakMap<StoredRecord, Map<FactRel, StoredRecord[]>>();
  private readonly refs = new WeakMap<StoredRecord, Map<string, AnyStoredRecord | null>>();

  /**
   * Brings the facts pointing at `target` (as handed to the fields) through `rel`, each with the
   * records it links, as a query given `projection` read them.
   */
  bringFacts(target: StoredRecord, rel: FactRel, facts: FactsAsRead, projection: RecordProjection, view: ProtectionView): void {
    const shown = shownFacts(
      target.id,
      facts.map((f) => unprojected(f.fact, projection)),
      view,
    );
    const linked = new Map(facts.flatMap((f) => f.linked.map((l) => unprojected<AnyStoredRecord>(l, projection))).map((l) => [l.id, l]));
    for (const fact of shown) this.refs.set(fact, linkedBy(fact, linked, view));
    let byRel = this.facts.get(target);
    if (!byRel) this.facts.set(target, (byRel = new Map<FactRel, StoredRecord[]>()));
    byRel.set(rel, shown);
  }

  /** The facts brought for `target` through `rel`; undefined: none were (ask the loader). */
  factsOf<Rel extends FactRel>(target: StoredRecord, rel: Rel): FactsVia<Rel> | undefined {
    return this.facts.get(target)?.get(rel) as FactsVia<Rel> | undefined;
  }

  /** The record reference field `field` of `record` points at, if it was brought along. */
  ref(record: StoredRecord, field: string): AnyStoredRecord | null | undefined {
    return this.refs.get(record)?.get(field);
  }
}

/** The records among `linked` that the single-valued reference fields of `fact` point at, as shown to the viewer. */
function linkedBy(fact: StoredRecord, linked: ReadonlyMap<string, AnyStoredRecord>, view: ProtectionView): Map<string, AnyStoredRecord | null> {
  const refs = new Map<string, AnyStoredRecord | null>();
  for (const { field } of RECORD_TYPES[fact.recordType].refs) {
    const record = linked.get(fact[field] as string);
    if (record) refs.set(field, shownRecord(record, view));
  }
  return refs;
}
