/** The shape of the Cypher the graph writer sends (behaviour is tested against Neo4j). */
import * as cypher from '../../src/storage/records/write/cypher';

const { REPLAN_SKIP } = cypher;

/** Every statement of the writer, by its exported name. */
const statements: Record<string, string> = Object.fromEntries(Object.entries(cypher).filter(([name, value]) => name.endsWith('_CYPHER') && typeof value === 'string'));

describe('graph writer Cypher', () => {
  it('is a fixed set of statements', () => {
    expect(Object.keys(statements).sort()).toEqual([
      'CITE_CYPHER',
      'CLEAR_CITATIONS_CYPHER',
      'CLEAR_ELEMENTS_CYPHER',
      'CLEAR_LINKS_CYPHER',
      'CONTRADICTS_CYPHER',
      'ELEMENTS_CYPHER',
      'REFS_CYPHER',
      'UPSERT_CYPHER',
    ]);
  });

  it.each(Object.keys(statements))('%s', (name) => {
    const text = statements[name]!;
    expect(text).not.toMatch(/'[^']*\$/); // values only as parameters
    expect(text.startsWith(`${REPLAN_SKIP}\n`)).toBe(true); // plans kept during imports
    expect(text).not.toMatch(/CALL\s*[({]/); // flat: no per-row subqueries
    expect(text).toMatchSnapshot();
  });
});
