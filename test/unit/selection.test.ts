/** Looking ahead in the selection (src/entry/graphql/selection.ts), on parsed documents. */
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import { fieldNamesBelow, selectsMoreThanIds, selectsOnlyId, selectsPath } from '../../src/entry/graphql/selection';

/** The resolve info of the operation's first top-level field, as far as the lookahead reads it. */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

const GRADES = ['grade', 'pathGrade', 'citations'];
/** As the chain resolver asks: is any grade or citation shown anywhere below? */
const selectsAnywhere = (info: GraphQLResolveInfo, names: readonly string[]) => names.some((n) => fieldNamesBelow(info).has(n));

describe('fieldNamesBelow, asked for names anywhere below', () => {
  it('finds a field of the names at any depth', () => {
    expect(selectsAnywhere(infoOf('{ chain { levels { organizations { pathGrade } } } }'), GRADES)).toBe(true);
    expect(selectsAnywhere(infoOf('{ chain { links { citations { locator } } } }'), GRADES)).toBe(true);
  });

  it('is false when none is selected, whatever else is', () => {
    expect(selectsAnywhere(infoOf('{ chain { units { organization { id name } } levels { level } } }'), GRADES)).toBe(false);
  });

  it('does not count the resolver field itself, only what is below it', () => {
    expect(selectsAnywhere(infoOf('{ grade { id } }'), GRADES)).toBe(false);
  });

  it('looks into inline and named fragments, nested ones too', () => {
    expect(selectsAnywhere(infoOf('{ chain { ... on Chain { links { grade } } } }'), GRADES)).toBe(true);
    expect(selectsAnywhere(infoOf('{ chain { ...A } } fragment A on Chain { levels { ...B } } fragment B on Level { organizations { pathGrade } }'), GRADES)).toBe(true);
    expect(selectsAnywhere(infoOf('{ chain { ...A } } fragment A on Chain { levels { level } }'), GRADES)).toBe(false);
  });

  it('counts a field under @skip or @include (fetching too much is only slower)', () => {
    expect(selectsAnywhere(infoOf('query($no: Boolean!) { chain { links { grade @include(if: $no) } } }'), GRADES)).toBe(true);
  });

  it('survives a fragment used twice and an unknown fragment name', () => {
    expect(selectsAnywhere(infoOf('{ chain { ...A links { ...A } } } fragment A on X { id }'), GRADES)).toBe(false);
    expect(selectsAnywhere(infoOf('{ chain { ...Missing } }'), GRADES)).toBe(false);
  });
});

describe('selectsPath', () => {
  it('follows a path of field names through fragments', () => {
    const info = infoOf('{ events { edges { ...E } } } fragment E on Edge { node { participants { id } } }');
    expect(selectsPath(info, ['edges', 'node', 'participants'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'citations'])).toBe(false);
  });
});

describe('fieldNamesBelow', () => {
  it('lists every field name below, through inline and named fragments, each once', () => {
    const info = infoOf('{ chain { units { organization { id } } ... on Chain { levels { ...L } } } } fragment L on Level { level organizations { organization { id name } } }');
    expect([...fieldNamesBelow(info)].sort()).toEqual(['id', 'level', 'levels', 'name', 'organization', 'organizations', 'units']);
  });

  it('is empty for a field without a selection', () => {
    expect(fieldNamesBelow(infoOf('{ about }')).size).toBe(0);
  });
});

describe('selectsOnlyId', () => {
  it('is true for an id, a __typename, and fragments holding only those', () => {
    expect(selectsOnlyId(infoOf('{ organization { id } }'))).toBe(true);
    expect(selectsOnlyId(infoOf('{ organization { id __typename ... on Organization { id } ...F } } fragment F on Organization { id }'))).toBe(true);
  });

  it('is false as soon as anything else is asked, in a fragment too', () => {
    expect(selectsOnlyId(infoOf('{ organization { id name } }'))).toBe(false);
    expect(selectsOnlyId(infoOf('{ organization { id ...F } } fragment F on Organization { parents { id } }'))).toBe(false);
  });
});

describe('selectsMoreThanIds', () => {
  const ORGS = new Set(['organization', 'child', 'parent']);

  it('is false when every field of the names asks only for ids, or none is selected', () => {
    expect(selectsMoreThanIds(infoOf('{ chain { units { organization { id } } links { child { id } parent { __typename id } } } }'), ORGS)).toBe(false);
    expect(selectsMoreThanIds(infoOf('{ chain { levels { level } } }'), ORGS)).toBe(false);
  });

  it('is true when one of them, anywhere and through fragments, asks for more', () => {
    expect(selectsMoreThanIds(infoOf('{ chain { units { organization { id } } links { parent { id name } } } }'), ORGS)).toBe(true);
    expect(selectsMoreThanIds(infoOf('{ chain { ...L } } fragment L on Chain { levels { organizations { organization { ...O } } } } fragment O on Organization { name }'), ORGS)).toBe(true);
  });
});
