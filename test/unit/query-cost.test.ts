/**
 * The query cost measure (src/entry/graphql/limits), a pure function of the schema, the document, the
 * variables and a table of estimates: here a fixed table, so every cost is worked out by hand.
 * Each field costs 1; a field's selection counts once per item it holds.
 */
import { Kind, getNamedType, getNullableType, isInterfaceType, isLeafType, isListType, isObjectType, parse, type OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../src/entry/graphql/schema';
import { NO_ESTIMATES, type ListEstimates } from '../../src/entry/graphql/limits/list-estimates';
import { DEFAULT_LIST_SIZE, LIST_SIZES } from '../../src/entry/graphql/limits/list-sizes';
import { MEASURED_FIELDS, measureOperation, type Measure } from '../../src/entry/graphql/limits/measure';
import { limitErrors } from '../../src/entry/graphql/plugins/query-limits';

const schema = buildSchema();

const ESTIMATES: ListEstimates = {
  participantsPerEvent: 3,
  eventLinksPerEvent: 2,
  unitsPerEvent: 2,
  participationsPerPerson: 5,
  postingsPerPerson: 2,
  commandPostingsPerPerson: 1,
  participationsPerOrganization: 7,
  membersPerOrganization: 4,
  commandersPerOrganization: 2,
  parentsPerOrganization: 1,
  childrenPerOrganization: 3,
  factsPerEntity: 6,
  citationsPerFact: 2,
  citationsPerEntity: 3,
  contradictionsPerRecord: 1,
  linksPerEntity: 4,
  eventsPerPlace: 5,
  elementsPerProvision: 4,
  eventsPerAllegation: 2,
  allegations: 9,
  allegationsPerParty: 2,
  searchHits: 4,
  bucketsByEventType: 20,
  bucketsByMonth: 40,
  bucketsByYear: 6,
  bucketsByOrganization: 30,
  bucketsByTargetedGroup: 8,
  bucketsByCountry: 3,
};

function measure(query: string, variables: Record<string, unknown> = {}, estimates: ListEstimates = ESTIMATES): Measure {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables, estimates);
}
const cost = (query: string, variables: Record<string, unknown> = {}, estimates: ListEstimates = ESTIMATES) => measure(query, variables, estimates).cost;

describe('the cost of a query', () => {
  it('is 1 a field, an object counting its fields once', () => {
    // about 1 + name 1 + version 1
    expect(measure('{ about { name version } }')).toEqual({ depth: 2, cost: 3, costliest: { path: 'about', cost: 3 } });
  });

  it("counts a list field's selection once per item the data says it holds", () => {
    // event 1 + participants (1 + 3 participants an event × role 1)
    expect(cost('{ event(id: "e") { participants { role } } }')).toBe(5);
    // person 1 + participations (1 + 5 × (event 1 + participants (1 + 3 × id 1)))
    expect(cost('{ person(id: "p") { participations { event { participants { id } } } } }')).toBe(1 + (1 + 5 * (1 + (1 + 3))));
    // Citations: of a fact 2, of an entity 3.
    expect(cost('{ event(id: "e") { citations { locator } participants { citations { locator } } } }')).toBe(1 + (1 + 3) + (1 + 3 * (1 + 2)));
  });

  it('bounds pages by first, its schema default (50) and the maximum page (200)', () => {
    // events 1 + totalCount 1 + edges (1 + first × (node 1 + id 1)): totalCount is not multiplied.
    expect(cost('{ events(first: 7) { totalCount edges { node { id } } } }')).toBe(1 + 1 + (1 + 7 * 2));
    expect(cost('{ events { edges { node { id } } } }')).toBe(1 + (1 + 50 * 2));
    expect(cost('{ events(first: 5000) { edges { node { id } } } }')).toBe(1 + (1 + 200 * 2));
    expect(cost('{ persons(first: 3) { edges { node { postings { id } } } } }')).toBe(1 + (1 + 3 * (1 + (1 + 2))));
  });

  it("reads a variable as its value, else the operation's default for it, else the field's default", () => {
    const withDefault = 'query($n: Int = 3) { events(first: $n) { edges { node { id } } } }';
    expect(cost(withDefault)).toBe(1 + (1 + 3 * 2));
    expect(cost(withDefault, { n: 10 })).toBe(1 + (1 + 10 * 2));
    const withoutDefault = 'query($n: Int) { events(first: $n) { edges { node { id } } } }';
    expect(cost(withoutDefault)).toBe(1 + (1 + 50 * 2));
    expect(cost(withoutDefault, { n: null })).toBe(1 + (1 + 50 * 2));
    // A value of the wrong type is refused at execution; here it reads as not given.
    expect(cost(withoutDefault, { n: 'many' })).toBe(1 + (1 + 50 * 2));
  });

  it("takes the smaller of a bound and the data's estimate", () => {
    // search: at most first (default 20), the data says 4 hits.
    expect(cost('{ search(query: "x") { node { id } } }')).toBe(1 + 4 * (1 + 1));
    expect(cost('{ search(query: "x", first: 2) { node { id } } }')).toBe(1 + 2 * (1 + 1));
  });

  it('counts the buckets of statistics by the grouping asked', () => {
    // statistics 1 + buckets (1 + buckets × (key 1 + events 1))
    expect(cost('{ statistics(groupBy: YEAR) { buckets { key events } } }')).toBe(1 + (1 + 6 * 2));
    expect(cost('query($g: StatisticsDimension!) { statistics(groupBy: $g) { buckets { key events } } }', { g: 'ORGANIZATION' })).toBe(1 + (1 + 30 * 2));
  });

  it('bounds chain levels by depth (default 10, at most 20), read from the field that takes it', () => {
    // levels 0..depth
    expect(cost('{ chainOfCommand(eventId: "e") { levels { level } } }')).toBe(1 + (1 + 11));
    expect(cost('{ chainOfCommand(eventId: "e", depth: 3) { levels { level } } }')).toBe(1 + (1 + 4));
    expect(cost('{ chainOfCommand(eventId: "e", depth: 99) { levels { level } } }')).toBe(1 + (1 + 21));
    expect(cost('{ organizationChart(organizationId: "o", at: "2020", direction: DOWN, depth: 2) { levels { level } } }')).toBe(1 + (1 + 3));
    // superiorResponsibility takes no depth: its chain has the default.
    expect(cost('{ superiorResponsibility(eventId: "e") { chain { levels { level } } } }')).toBe(1 + (1 + (1 + 11)));
    // Organisations at a level: the most of units an event (2) and children an organisation (3).
    expect(cost('{ chainOfCommand(eventId: "e", depth: 1) { levels { organizations { commanders { role } } } } }')).toBe(1 + (1 + 2 * (1 + 3 * (1 + 2 * 1))));
  });

  it('estimates a neighbourhood from its seeds, hops and the links of a record, at most its limit', () => {
    // 1 seed, 2 hops, 4 links a record: 1 + 4 + 16 nodes
    expect(cost('{ neighborhood(ids: ["a"], hops: 2) { nodes { id } } }')).toBe(1 + (1 + 21));
    // Default hops (1): 1 + 4 nodes, about as many edges.
    expect(cost('{ neighborhood(ids: ["a"]) { nodes { id } edges { id } } }')).toBe(1 + (1 + 5) + (1 + 5));
    // 2 seeds × (1 + 4 + 16 + 64 + 256) = 682, past the limit of 100 nodes
    expect(cost('{ neighborhood(ids: ["a", "b"], hops: 4, limit: 100) { nodes { id } edges { id } } }')).toBe(1 + (1 + 100) + (1 + 100));
    expect(cost('query($ids: [ID!]!) { neighborhood(ids: $ids, hops: 1) { nodes { id } } }', { ids: ['a', 'b', 'c'] })).toBe(1 + (1 + 15));
    // Paths: at most limit (default 10) paths of maxHops (default 4) steps.
    expect(cost('{ paths(fromId: "a", toId: "b") { steps { edge { type } } } }')).toBe(1 + 10 * (1 + 4 * (1 + 1)));
    expect(cost('{ paths(fromId: "a", toId: "b", maxHops: 2, limit: 1) { nodes { id } } }')).toBe(1 + 1 * (1 + 3 * 1));
  });

  it('falls back to DEFAULT_LIST_SIZE while nothing is known, and for lists the data does not describe', () => {
    expect(DEFAULT_LIST_SIZE).toBe(10);
    expect(cost('{ event(id: "e") { participants { role } } }', {}, NO_ESTIMATES)).toBe(1 + (1 + 10));
    // A bound still applies: at most 10 of a neighbourhood's 500 nodes, and pages by first.
    expect(cost('{ neighborhood(ids: ["a"]) { nodes { id } } }', {}, NO_ESTIMATES)).toBe(1 + (1 + 10));
    expect(cost('{ events(first: 3) { edges { node { id } } } }', {}, NO_ESTIMATES)).toBe(1 + (1 + 3 * 2));
    // Cycles: nothing in the data says how many.
    expect(cost('{ chainOfCommand(eventId: "e") { cycles { cutAt } } }')).toBe(1 + (1 + 10));
    // An estimate of less than one item (an empty list) still counts the selection once.
    expect(cost('{ event(id: "e") { participants { role } } }', {}, { ...ESTIMATES, participantsPerEvent: 0.2 })).toBe(1 + (1 + 1));
  });

  it('opens fragments, and counts an item of an interface or union as its costliest possible type', () => {
    // The named fragment: name 1 + participations (1 + 5 × role 1)
    expect(cost('{ person(id: "p") { ...P } } fragment P on Person { name participations { role } }')).toBe(1 + (1 + 6));
    // A node is a Person (id, name, participations: 1 + 1 + 6) or an Event (id, title: 2), not both.
    expect(cost('{ node(id: "x") { id ... on Person { name participations { role } } ... on Event { title } } }')).toBe(1 + 8);
    // A fragment on an interface applies to every type implementing it: Cited.citations is the most of fact (2) and entity (3) citations.
    expect(cost('{ node(id: "x") { ... on Person { name } ... on Cited { citations { locator } } } }')).toBe(1 + (1 + (1 + 3)));
    // actor: a Person or an Organization
    expect(cost('{ event(id: "e") { participants { actor { ... on Person { name } ... on Organization { name shortName } } } } }')).toBe(1 + (1 + 3 * (1 + 2)));
  });

  it('counts every alias', () => {
    expect(cost('{ a: about { name } b: about { name } c: about { name } }')).toBe(6);
    expect(cost('{ a: event(id: "e") { participants { id } } b: event(id: "f") { participants { id } links { id } } }')).toBe(5 + 8);
  });

  it('does not count introspection', () => {
    expect(measure('{ __schema { types { name fields { name } } } }')).toEqual({ depth: 0, cost: 0, costliest: undefined });
    expect(cost('{ __typename about { __typename name } }')).toBe(2);
  });

  it('stops opening fragments that spread one another exponentially, and calls the operation unmeasurable', () => {
    const doubling = (n: number, leaf: string) => `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Query { ${i === n - 1 ? leaf : `...F${i + 1} ...F${i + 1}`} }`).join(' ')}`;
    expect(cost(doubling(10, 'about { name }'))).toBe(2 ** 9 * 2);
    const started = Date.now();
    expect(measure(doubling(60, 'about { name }'))).toEqual({ depth: 0, cost: MEASURED_FIELDS + 1, unmeasurable: true });
    // Introspection fields cost nothing, but opening them is work all the same.
    expect(measure(doubling(60, '__typename'))).toEqual({ depth: 0, cost: MEASURED_FIELDS + 1, unmeasurable: true });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('measures depth through fragments, leaves included', () => {
    expect(measure('{ organization(id: "o") { ...Up } } fragment Up on Organization { parents { parent { parents { parent { id } } } } }').depth).toBe(6);
  });
});

describe('the costliest part of a query', () => {
  it('follows the costliest field down while it carries at least half of the whole cost, never into a scalar', () => {
    // person 27 = 1 + participations 26; participations: 5 × event 5 = 25; participants: 5 × 4 = 20 of 27.
    expect(measure('{ person(id: "p") { participations { event { participants { id } } } } }').costliest).toEqual({ path: 'person.participations.event.participants', cost: 20 });
    // Aliases name the path; the cheap sibling does not change it.
    expect(measure('{ about { name } p: person(id: "p") { participations { event { participants { id } } } } }').costliest).toEqual({ path: 'p.participations.event.participants', cost: 20 });
  });

  it('is the costliest top-level field when none carries half', () => {
    expect(measure('{ a: about { name } b: about { name } c: about { name } }').costliest).toEqual({ path: 'a', cost: 2 });
  });
});

describe('the refusal', () => {
  const operation = (query: string) => parse(query).definitions[0] as OperationDefinitionNode;

  it('says the cost, the limit and where most of it is', () => {
    const query = 'query Heavy { person(id: "p") { participations { event { participants { id } } } } }';
    expect(limitErrors({ maxDepth: 12, maxCost: 10 }, operation(query), measure(query))).toEqual([
      {
        message: 'operation Heavy costs 27; the limit (GRAPHQL_MAX_COST) is 10; most of it in person.participations.event.participants (20)',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 10, value: 27, costliest: 'person.participations.event.participants', costliestCost: 20 },
      },
    ]);
  });

  it('names the costliest part without claiming most of the cost when it is less than half', () => {
    const query = '{ a: about { name } b: about { name } c: about { name } }';
    const [error] = limitErrors({ maxDepth: 12, maxCost: 5 }, operation(query), measure(query));
    expect(error!.message).toBe('operation costs 6; the limit (GRAPHQL_MAX_COST) is 5; its costliest part is a (2)');
    expect(error!.extensions).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_COST', maximum: 5, value: 6, costliest: 'a', costliestCost: 2 });
  });

  it('lists the depth first, unchanged', () => {
    const query = '{ organization(id: "o") { parents { parent { id } } } }';
    expect(limitErrors({ maxDepth: 3, maxCost: 1000 }, operation(query), measure(query))).toEqual([
      expect.objectContaining({
        message: 'operation is nested 4 levels deep; the limit (GRAPHQL_MAX_DEPTH) is 3',
        extensions: { code: 'LIMIT_EXCEEDED', limit: 'GRAPHQL_MAX_DEPTH', maximum: 3, value: 4 },
      }),
    ]);
  });
});

describe('the table of list sizes', () => {
  /** Every list field of the schema whose items have fields: those the measure multiplies. */
  const listFields = Object.values(schema.getTypeMap()).flatMap((t) =>
    !t.name.startsWith('__') && (isObjectType(t) || isInterfaceType(t))
      ? Object.values(t.getFields())
          .filter((f) => isListType(getNullableType(f.type)) && !isLeafType(getNamedType(f.type)))
          .map((f) => `${t.name}.${f.name}`)
      : [],
  );

  it('declares every list field of the schema, once', () => {
    expect(listFields.filter((f) => !(f in LIST_SIZES))).toEqual([]);
  });

  it('declares no field the schema does not have', () => {
    expect(Object.keys(LIST_SIZES).filter((f) => !listFields.includes(f))).toEqual([]);
  });
});
