/**
 * The QueryName type names exactly the queries of cypher/queries, so the Graph API refuses a
 * misspelt name at the typecheck.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Graph } from '../../src/storage/db/graph';
import { CypherLibrary } from '../../src/storage/db/cypher-library';
import { projectRoot } from '../../src/foundations/config/project-root';
import { queryNamesModule } from '../../scripts/generate-query-names';

describe('query names', () => {
  it('are generated from the queries there are (npm run codegen is up to date)', () => {
    const names = CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')).names();
    expect(readFileSync(join(projectRoot(), 'src', 'generated', 'query-names.ts'), 'utf8')).toBe(queryNamesModule(names));
  });

  it('refuse a name that is not a query at the typecheck', () => {
    const misspelt = (graph: Graph) =>
      // @ts-expect-error: no such query
      graph.read('graphql/facts-by-target/persn');
    const variant = (graph: Graph) => graph.read('graphql/facts-by-target/person');
    expect([misspelt, variant]).toHaveLength(2);
  });
});
