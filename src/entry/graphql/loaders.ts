/**
 * The per-request DataLoaders. Each batches the keys asked for during one tick into a single named
 * query, so a nested GraphQL query costs one round trip per level and kind of lookup, whatever the
 * number of results. They live for one request: nothing cached crosses requests or users.
 */
import DataLoader from 'dataloader';
import type { Graph, QueryName } from '../../storage/db/graph';
import type { Protection, ProtectionView } from '../../domain/protection/view';
import { typedRecord, type AnyStoredRecord, type StoredCitation, type StoredRecord, type StoredRecordOf } from '../../storage/records/stored';
import type { CitedRecordType, ReferrersVia, RefRel } from '../../foundations/model/record-types';
import { WHOLE_RECORDS } from '../../storage/records/projected';

export type { AnyStoredRecord, StoredCitation, StoredRecord };

/** Dated-fact ordering: by start date (undated first: "since unknown"), then id. */
export function byStart(a: StoredRecord, b: StoredRecord): number {
  const ka = (a.startDateMin as string | undefined) ?? '';
  const kb = (b.startDateMin as string | undefined) ?? '';
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** A citation as the chain-of-command layer reports it (source by id). */
export type { CitationEvidence } from '../../domain/chain-of-command/types';
import type { CitationEvidence } from '../../domain/chain-of-command/types';
/** Either shape of citation the `Citation` type resolves. */
export type CitationLike = StoredCitation | CitationEvidence;

export interface ElementRow {
  number: string;
  text: string;
  kind: string;
  footnotes?: string[] | null;
}

/** Relationship types from a fact to what it links, as the graph writer creates them from the model. */
export type FactRel = RefRel;

/** One variant of the template cypher/queries/graphql/facts-by-target.cypher per relationship type (see there why). */
function factsByTargetQuery(rel: FactRel): QueryName {
  return `graphql/facts-by-target/${rel.toLowerCase() as Lowercase<FactRel>}`;
}

/** The facts pointing at a target through `Rel`, typed as the model declares who points through it. */
export type FactsVia<Rel extends FactRel> = StoredRecordOf<ReferrersVia<Rel>>[];

export interface Loaders {
  node: DataLoader<string, AnyStoredRecord | null>;
  citations: DataLoader<string, StoredCitation[]>;
  contradictions: DataLoader<string, StoredRecordOf<CitedRecordType>[]>;
  elements: DataLoader<string, ElementRow[]>;
  /** Records pointing at a target through `rel`: `factsByTarget('PERSON').load(personId)` are a person's postings. */
  factsByTarget<Rel extends FactRel>(rel: Rel): DataLoader<string, FactsVia<Rel>>;
  /**
   * Fills factsByTarget(rel) for targets whose facts another query already brought (a list query
   * that read each event's participants), redacted exactly as the loader would have.
   */
  primeFacts(rel: FactRel, targets: readonly FactsOfTarget[]): Promise<void>;
  /** Fills `node` with records another query already read, redacted exactly as `node` would have. */
  primeNodes(nodes: readonly StoredRecord[]): Promise<void>;
  /** Fills `citations` for records whose citations another query already read, redacted the same way. */
  primeCitations(targets: readonly { id: string; citations: StoredCitation[] }[]): Promise<void>;
  /** Whether factsByTarget(rel) was primed for `id` (another query already brought its facts). */
  factsPrimed(rel: FactRel, id: string): boolean;
  /**
   * Primes factsByTarget('CHILD') for organisations and up to three levels of their ancestors in
   * one round trip (graphql/ancestry-child-facts), for selections that climb parents.
   */
  ancestry: DataLoader<string, true>;
  /** Whether the loaders cache (and so can be primed): false only for the benchmarks' naive side. */
  caching: boolean;
}

/** A target's facts as a query returns them: each fact with the records it links. */
export interface FactsOfTarget {
  id: string;
  facts: { fact: StoredRecord; linked: AnyStoredRecord[] }[];
}

/**
 * `{ batch: false }` builds loaders that neither batch nor cache: one round trip per key, as
 * resolvers without DataLoader would make (the "naive" side of the benchmarks, bench/). Never
 * used by the service itself.
 */
export interface LoaderMode {
  batch?: boolean;
}

interface GroupedOptions<T> {
  /** Redacts a key's value for the request's viewer. */
  redact: (v: T, view: ProtectionView) => T;
  /** What a key without rows (or hidden from the viewer) gets. */
  empty: T;
  /** Called with each batch's rows, before the keys get their values (to prime other loaders). */
  onRows?: (rows: Record<string, unknown>[], view: ProtectionView) => void;
  mode?: LoaderMode;
}

/** What a key of a grouped loader gets: nothing when it is hidden from the viewer (a withheld person, a fact of theirs), else its value redacted. */
function valueFor<T>(id: string, value: T | undefined, options: GroupedOptions<T>, view: ProtectionView): T {
  return view.withheld.has(id) ? options.empty : options.redact(value ?? options.empty, view);
}

/** How `node` redacts a record it hands out: null when withheld, else as the viewer may see it. */
const NODE_REDACTION: GroupedOptions<AnyStoredRecord | null> = { empty: null, redact: (n, view) => view.record(n) };
// Facts in one stable order whatever order the database walked them in, so the same question gets the same answer.
const FACTS_REDACTION: GroupedOptions<StoredRecord[]> = { empty: [], redact: (rows, view) => view.records(rows).sort(byStart) };

/** A record as the `node` loader would hand it out to this viewer. */
export const shownRecord = (n: AnyStoredRecord, view: ProtectionView): AnyStoredRecord | null => valueFor(n.id, n, NODE_REDACTION, view);

/** The facts pointing at `targetId` as a `factsByTarget` loader would hand them out to this viewer. */
export const shownFacts = (targetId: string, facts: StoredRecord[], view: ProtectionView): StoredRecord[] => valueFor(targetId, facts, FACTS_REDACTION, view);

/**
 * A loader over a named query returning one row per key that has results: `{id, <field>}`, each
 * value passed through `redact` for the request's viewer (the protected persons load in parallel
 * with the first query, once per request).
 */
function grouped<T>(graph: Graph, protection: Protection, query: QueryName, field: string, options: GroupedOptions<T>): DataLoader<string, T> {
  const batching = options.mode?.batch ?? true;
  return new DataLoader<string, T>(
    async (ids) => {
      const [rows, view] = await Promise.all([graph.read<Record<string, unknown>>(query, { ids: [...ids] }), protection.get()]);
      options.onRows?.(rows, view);
      const byId = new Map(rows.map((r) => [r.id as string, r[field] as T]));
      return ids.map((id) => valueFor(id, byId.get(id), options, view));
    },
    { batch: batching, cache: batching },
  );
}

const redactCitations = (rows: StoredCitation[], view: ProtectionView): StoredCitation[] =>
  view.cleared
    ? rows
    : rows.flatMap((c) => {
        const source = view.record(c.source);
        return source ? [{ ...c, source, quote: view.text(c.quote) ?? null, translation: view.text(c.translation) ?? null }] : [];
      });

/**
 * The loaders hand out records already redacted for the viewer (src/domain/protection/redact-record.ts):
 * no resolver sees a protected identity it would have to remember to hide.
 */
export function createLoaders(graph: Graph, protection: Protection, mode: LoaderMode = {}): Loaders {
  const byRel = new Map<FactRel, DataLoader<string, StoredRecord[]>>();
  // Naive loaders (benchmarks) neither batch nor cache, so nothing can be primed into them either.
  const caching = mode.batch ?? true;
  const many = <T extends StoredRecord>(rows: T[], view: ProtectionView) => view.records(rows);
  const nodeOptions: GroupedOptions<AnyStoredRecord | null> = { ...NODE_REDACTION, mode };
  const node = grouped(graph, protection, 'graphql/nodes-by-ids', 'node', nodeOptions);
  const citationOptions: GroupedOptions<StoredCitation[]> = { empty: [], redact: redactCitations, mode };
  const citations = grouped(graph, protection, 'graphql/citations-of', 'citations', citationOptions);
  // The records a batch of facts links, primed into `node` exactly as `node` would have loaded
  // them (withheld: null; otherwise redacted), so a fact's links resolve without a round trip.
  const primeNode = (n: AnyStoredRecord, view: ProtectionView) => node.prime(n.id, valueFor<AnyStoredRecord | null>(n.id, n, nodeOptions, view));
  const primeLinked = (rows: Record<string, unknown>[], view: ProtectionView) => {
    for (const row of rows) for (const linked of row.linked as AnyStoredRecord[][]) for (const l of linked) primeNode(l, view);
  };
  const factsOptions: GroupedOptions<StoredRecord[]> = { ...FACTS_REDACTION, onRows: primeLinked, mode };
  const factsLoader = (rel: FactRel) => {
    let loader = byRel.get(rel);
    if (!loader) byRel.set(rel, (loader = grouped(graph, protection, factsByTargetQuery(rel), 'facts', factsOptions)));
    return loader;
  };
  const primed = new Set<string>();
  const primeFacts = async (rel: FactRel, targets: readonly FactsOfTarget[]) => {
    const view = await protection.get();
    // The rows facts-by-target would have returned for these targets, then what its batch does with them.
    const rows = targets.map((t) => ({ id: t.id, facts: t.facts.map((f) => f.fact), linked: t.facts.map((f) => f.linked) }));
    primeLinked(rows, view);
    const loader = factsLoader(rel);
    for (const row of rows) {
      loader.prime(row.id, valueFor(row.id, row.facts, factsOptions, view));
      if (caching) primed.add(`${rel} ${row.id}`);
    }
  };
  return {
    node,
    citations,
    primeCitations: async (targets) => {
      const view = await protection.get();
      for (const t of targets) citations.prime(t.id, valueFor(t.id, t.citations, citationOptions, view));
    },
    primeNodes: async (nodes) => {
      const view = await protection.get();
      for (const n of nodes) primeNode(typedRecord(n), view);
    },
    // Validation lets a record contradict only cited records (storage/records/validate.ts).
    contradictions: grouped<StoredRecordOf<CitedRecordType>[]>(graph, protection, 'graphql/contradictions-of', 'others', { empty: [], redact: many, mode }),
    elements: grouped<ElementRow[]>(graph, protection, 'graphql/elements-of', 'elements', {
      empty: [],
      redact: (rows, view) => (view.cleared ? rows : rows.map((e) => ({ ...e, text: view.text(e.text), footnotes: e.footnotes?.map((f) => view.text(f)) ?? null }))),
      mode,
    }),
    // The query matches only relationships the writer made from the model's reference fields
    // (facts-by-target.cypher), so every fact it returns for `rel` is of a type that refers through it.
    factsByTarget: <Rel extends FactRel>(rel: Rel) => factsLoader(rel) as DataLoader<string, FactsVia<Rel>>,
    primeFacts,
    factsPrimed: (rel, id) => primed.has(`${rel} ${id}`),
    ancestry: new DataLoader<string, true>(
      async (ids) => {
        if (caching) await primeFacts('CHILD', await graph.read<FactsOfTarget & Record<string, unknown>>('graphql/ancestry-child-facts', { ids: [...ids], projection: WHOLE_RECORDS }));
        return ids.map(() => true as const);
      },
      { batch: caching, cache: caching },
    ),
    caching,
  };
}
