/** The shape of the Cypher the graph writer generates from the model (behaviour is tested against Neo4j). */
import { RECORD_TYPE_NAMES } from '../../src/foundations/model/record-types';
import { CONTRADICTS_CYPHER, MERGE_CYPHER, REPLAN_SKIP, writerStatements } from '../../src/storage/records/write/cypher';

/** Every statement of a type, named by its step, in the order the writer runs them. */
function named(type: (typeof RECORD_TYPE_NAMES)[number]): Record<string, string> {
  const s = writerStatements(type);
  const out: Record<string, string> = { merge: s.merge, props: s.props };
  s.clear.forEach((c, i) => (out[`clear ${i + 1}`] = c));
  for (const r of s.refs) out[`ref ${r.field} (${r.rel})`] = r.cypher;
  if (s.cite) out.cite = s.cite;
  if (s.elements) out.elements = s.elements;
  return out;
}

describe('graph writer Cypher', () => {
  it.each(RECORD_TYPE_NAMES)('%s', (type) => {
    const statements = named(type);
    for (const cypher of Object.values(statements)) {
      expect(cypher).not.toMatch(/'[^']*\$/); // values only as parameters
      expect(cypher.startsWith(`${REPLAN_SKIP}\n`)).toBe(true); // plans kept during imports
      expect(cypher).not.toMatch(/CALL\s*[({]/); // flat: no per-row subqueries
    }
    expect(statements.merge).toBe(MERGE_CYPHER);
    expect(statements).toMatchSnapshot();
  });

  it('contradictions', () => {
    expect(CONTRADICTS_CYPHER.startsWith(`${REPLAN_SKIP}\n`)).toBe(true);
    expect(CONTRADICTS_CYPHER).not.toMatch(/CALL\s*[({]/);
    expect(CONTRADICTS_CYPHER).toMatchSnapshot();
  });
});
