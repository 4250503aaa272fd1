/** The shape of the Cypher the graph writer generates from the model (behaviour is tested against Neo4j). */
import { RECORD_TYPE_NAMES } from '../../src/model/record-types';
import { CONTRADICTS_CYPHER, upsertCypher } from '../../src/records/write/cypher';

describe('graph writer Cypher', () => {
  it.each(RECORD_TYPE_NAMES)('%s', (type) => {
    const cypher = upsertCypher(type);
    expect(cypher).not.toMatch(/'[^']*\$/); // values only as parameters
    expect(cypher).toMatchSnapshot();
  });

  it('contradictions', () => {
    expect(CONTRADICTS_CYPHER).toMatchSnapshot();
  });
});
