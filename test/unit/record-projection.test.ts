/**
 * Reading records with only the properties a selection shows (src/entry/graphql/projection,
 * src/storage/records/projected.ts): which keys each record type is read with, when it is read
 * whole instead, and how a projected row becomes a record again.
 */
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../src/entry/graphql/schema';
import { fieldsByType } from '../../src/entry/graphql/projection/operation-fields';
import { keysOf, recordProjection } from '../../src/entry/graphql/projection/record-projection';
import { storedProperties, unprojected, WHOLE_RECORDS } from '../../src/storage/records/projected';
import { drawingShows } from '../../src/entry/graphql/projection/drawing-shows';
import { drawingProjection } from '../../src/domain/subgraph';

const schema = buildSchema();

/** The parts of a resolver's info the projection reads, for a document's first operation. */
function infoOf(query: string): GraphQLResolveInfo {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { schema, operation, fragments } as unknown as GraphQLResolveInfo;
}

const fieldsOf = (query: string) => {
  const info = infoOf(query);
  return fieldsByType(info.schema, info.operation, info.fragments);
};

describe('the fields an operation selects per type', () => {
  it('count fields in named and inline fragments, and on unions and interfaces for every type that may stand there', () => {
    const fields = fieldsOf(`{ events(first: 2) { ...Page } node(id: "x") { ... on Node { id } } }
      fragment Page on EventConnection { edges { node { title participants { role actor { ... on Person { name } ... on Organization { shortName } } } } } }`);
    expect([...fields.get('Event')!].sort()).toEqual(['id', 'participants', 'title']);
    expect([...fields.get('Participation')!].sort()).toEqual(['actor', 'id', 'role']);
    expect([...fields.get('Person')!].sort()).toEqual(['id', 'name']);
    expect([...fields.get('Organization')!].sort()).toEqual(['id', 'shortName']);
  });

  it('leave out __typename, and are worked out once per operation', () => {
    const info = infoOf('{ event(id: "e") { __typename id } }');
    const first = fieldsByType(info.schema, info.operation, info.fragments);
    expect([...first.get('Event')!]).toEqual(['id']);
    expect(fieldsByType(info.schema, info.operation, info.fragments)).toBe(first);
  });
});

describe('the keys a record type is read with', () => {
  it('are the fields shown, with what protection and the facts order need: a person with their name', () => {
    expect(keysOf('Person', new Set(['id', 'name']))).toEqual(['recordType', 'id', 'startDateMin', 'protection', 'pseudonym', 'name']);
  });

  it('include every reference field (protection hides a fact linking a withheld person) and the properties a field resolver declares', () => {
    expect(keysOf('Participation', new Set(['side']))).toEqual(['recordType', 'id', 'actor', 'event', 'startDateMin', 'role']);
    expect(keysOf('Event', new Set(['targetedGroups', 'participants', 'citations']))).toEqual(['recordType', 'id', 'place', 'startDateMin', 'targetedGroups']);
  });

  it('take the properties a caller reads itself', () => {
    expect(keysOf('Participation', new Set(), ['role'])).toEqual(['recordType', 'id', 'actor', 'event', 'startDateMin', 'role']);
  });

  it("are none (the record is read whole) when a field hands the record on (an event's trial details) or is unknown to the table", () => {
    expect(keysOf('Trial', new Set(['title', 'trial']))).toBeNull();
    expect(keysOf('Event', new Set(['title', 'aFieldNobodyDeclared']))).toBeNull();
  });

  it("come from the operation's selection per record type, a trial read as the event it is shown as", () => {
    const info = infoOf('{ events { edges { node { id title participants { id actor { ... on Person { name } } } } } } }');
    const projection = recordProjection(info, ['Event', 'Trial', 'Participation', 'Person', 'Organization'], { Participation: ['role'] });
    expect(projection).toEqual({
      Event: ['recordType', 'id', 'place', 'startDateMin', 'title'],
      Trial: ['recordType', 'id', 'place', 'court', 'startDateMin', 'title'],
      Participation: ['recordType', 'id', 'actor', 'event', 'startDateMin', 'role'],
      Person: ['recordType', 'id', 'startDateMin', 'protection', 'pseudonym', 'name'],
      Organization: ['recordType', 'id', 'startDateMin'],
    });
    expect(recordProjection(info, ['Event', 'Trial', 'Participation', 'Person', 'Organization'], { Participation: ['role'] })).toBe(projection);
  });

  it('leave out a type one of whose fields needs the whole record', () => {
    const projection = recordProjection(infoOf('{ events { edges { node { id trial { court { name } } } } } }'), ['Event', 'Trial', 'Person']);
    expect(Object.keys(projection)).toEqual(['Person']);
  });
});

describe('a projected record read back', () => {
  const projection = { Person: ['recordType', 'id', 'name', 'pseudonym'] };

  it('is the record of those keys, absent properties left out as `n {.*}` leaves them', () => {
    expect(unprojected(['Person', 'person:a', 'Anna', null], projection)).toEqual({ recordType: 'Person', id: 'person:a', name: 'Anna' });
  });

  it('is the record itself when it was read whole', () => {
    const whole = { recordType: 'Person' as const, id: 'person:a', name: 'Anna', birthDate: '1970' };
    expect(unprojected(whole, projection)).toBe(whole);
    expect(unprojected(whole, WHOLE_RECORDS)).toBe(whole);
  });

  it('is an internal error when it does not match the projection asked for', () => {
    expect(() => unprojected(['Person', 'person:a'], projection)).toThrow('a projected record of type Person does not match the projection asked for');
    expect(() => unprojected(['Place', 'place:a', 'x', null], projection)).toThrow('a projected record of type Place does not match the projection asked for');
  });
});

describe('the properties of a record type', () => {
  it('are its records v1 fields but its type and what the writer keeps as relationships or nodes', () => {
    expect([...storedProperties('Participation')]).toEqual(['id', 'actor', 'event', 'role', 'description']);
    expect(storedProperties('LegalProvision').has('elements')).toBe(false);
    expect(storedProperties('Trial').has('court')).toBe(true);
  });
});

describe('what a drawing reads of its records', () => {
  const NOTHING = { labels: false, categories: false, dates: false };

  it("is every record's type and id, and a person's protection, when it shows ids alone", () => {
    const projection = drawingProjection(NOTHING, false);
    expect(projection.Person).toEqual(['recordType', 'id', 'protection']);
    expect(projection.Posting).toEqual(['recordType', 'id']);
    expect(projection.Source).toBeUndefined();
  });

  it('adds what each aspect shown or filtered on reads', () => {
    const projection = drawingProjection({ labels: true, categories: true, dates: true }, true);
    expect(projection.Person).toEqual(['recordType', 'id', 'protection', 'name', 'pseudonym', 'aliases']);
    expect(projection.Trial).toEqual(['recordType', 'id', 'title', 'eventType', 'startDate', 'endDate', 'startDateMin', 'startDateMax', 'endDateMax']);
    expect(projection.Allegation).toEqual(['recordType', 'id', 'mode', 'startDate', 'endDate', 'startDateMin', 'endDateMax']);
    expect(drawingProjection({ ...NOTHING, labels: true }, false).Organization).toEqual(['recordType', 'id', 'name', 'shortName']);
    expect(drawingProjection(NOTHING, true).Event).toEqual(['recordType', 'id', 'startDateMin', 'startDateMax', 'endDateMax']);
    expect(drawingProjection({ ...NOTHING, labels: true }, false)).toBe(drawingProjection({ ...NOTHING, labels: true }, false));
  });

  it("follows the operation's fields on nodes and edges", () => {
    const shows = (query: string) => drawingShows(infoOf(query));
    expect(shows('{ neighborhood(ids: ["x"]) { truncated nodes { id kind } edges { source target type grade } } }')).toEqual(NOTHING);
    expect(shows('{ neighborhood(ids: ["x"]) { nodes { id label } edges { startDate } } }')).toEqual({ ...NOTHING, labels: true, dates: true });
    expect(shows('{ neighborhood(ids: ["x"]) { nodes { category } } }')).toEqual({ ...NOTHING, categories: true });
  });

  it('is every record whole when the records themselves are asked for', () => {
    expect(drawingShows(infoOf('{ neighborhood(ids: ["x"]) { nodes { id node { id } } } }'))).toBeUndefined();
    expect(drawingShows(infoOf('{ paths(fromId: "a", toId: "b") { steps { edge { fact { id } } } } neighborhood(ids: ["x"]) { nodes { id } } }'))).toBeUndefined();
  });
});
