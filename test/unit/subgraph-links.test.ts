/**
 * The traversals follow exactly the model's links: every relationship-type list in the subgraph
 * and paths queries (with the fragments they include) equals the reference relationship types of
 * RECORD_TYPES, and none of them follows citations, legal elements or contradictions (through
 * which everything would connect).
 */
import { join } from 'node:path';
import { CITED_FOR_REL, CONTRADICTS_REL, ELEMENT_REL, RECORD_TYPES, RECORD_TYPE_NAMES } from '../../src/foundations/model/record-types';
import { buildASTSchema, parse, type GraphQLEnumType } from 'graphql';
import { loadTypeDefs } from '../../src/entry/graphql/schema';
import { CypherLibrary } from '../../src/storage/db/cypher-library';
import { EDGE_TYPES, KIND_OF_TYPE, LINK_RELS, NODE_KINDS } from '../../src/domain/subgraph';

const modelRels = [...new Set(RECORD_TYPE_NAMES.flatMap((t) => RECORD_TYPES[t].refs.map((r) => r.rel)))].sort();
/** The traversal queries as they run: fragments included (src/storage/db/cypher-library.ts), comments gone. */
const library = CypherLibrary.load(join(__dirname, '../../cypher/queries'));
const files = library
  .names()
  .filter((name) => name.startsWith('subgraph/') || name.startsWith('paths/'))
  .map((name) => ({ name: `${name}.cypher`, text: library.get(name).replace(/\/\/.*$/gm, '') }));
/** Every relationship pattern's type list: `-[r:A|B]-`, `<-[:A]-`. */
const relLists = (text: string) => [...text.matchAll(/\[\s*\w*\s*:\s*([A-Z_|]+)/g)].map((m) => m[1]!.split('|').sort());

describe('link relationship types', () => {
  it('LINK_RELS are the reference fields of the model', () => {
    expect(LINK_RELS).toEqual(modelRels);
    expect(modelRels).toEqual(expect.arrayContaining(['PERSON', 'ORGANIZATION', 'CHILD', 'PARENT', 'ACTOR', 'EVENT', 'FROM', 'TO', 'ACCUSED', 'PROVISION', 'EVENTS', 'PLACE', 'COURT']));
  });

  it('there are traversal files to check', () => {
    expect(files.map((f) => f.name)).toEqual(expect.arrayContaining(['subgraph/hop.cypher', 'subgraph/neighbors.cypher', 'paths/shortest.cypher']));
  });

  it.each(files.map((f) => [f.name, f.text]))('%s lists exactly the model links wherever it follows links', (name, text) => {
    const lists = relLists(text);
    for (const list of lists) {
      expect(list).not.toContain(CONTRADICTS_REL);
      expect(list).not.toContain(ELEMENT_REL);
      // A list is either a citation lookup (CITED_FOR alone), a single link named for a filter, or all the links.
      if (list.length === 1 && (list[0] === CITED_FOR_REL || list[0] === 'ACCUSED')) continue;
      expect(list).toEqual(modelRels);
    }
    // The traversals themselves do follow the links (the endpoint lookup follows none).
    if (name !== 'subgraph/nodes.cypher') expect(lists).toContainEqual(modelRels);
  });
});

describe('drawn-graph vocabularies', () => {
  const schema = buildASTSchema(parse(loadTypeDefs().join('\n')));
  const values = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((v) => v.name);

  it('GraphNodeKind and GraphEdgeType mirror src/domain/subgraph/types.ts', () => {
    expect(values('GraphNodeKind')).toEqual([...NODE_KINDS]);
    expect(values('GraphEdgeType')).toEqual([...EDGE_TYPES]);
  });

  it('every entity type, legal provisions and allegations are drawn as nodes of a kind', () => {
    const drawn = RECORD_TYPE_NAMES.filter((t) => RECORD_TYPES[t].category === 'entity' || t === 'LegalProvision' || t === 'Allegation');
    expect(drawn.map((t) => KIND_OF_TYPE[t]).sort()).toEqual([...NODE_KINDS].sort());
  });
});
