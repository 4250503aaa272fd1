/**
 * The explorer's analysis operations (the date slider's change dates, the organisation chart, the
 * timeline, paths, network metrics, a drawing asked again; explorer/src/api/analysis.ts) stay well
 * within the service's default query-cost limit, priced as the service prices them (the list
 * estimates read from the seed with the chain-of-command scenario), with the variables the
 * explorer sends at its largest: the explorer must not be refused for what its own buttons ask.
 * The other reads are held to the limit on the seed by documented-queries.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { projectRoot } from '../../src/foundations/config/project-root';
import { readListEstimates, type ListEstimates } from '../../src/entry/graphql/limits/list-estimates';
import { measureOperation } from '../../src/entry/graphql/limits/measure';
import { buildSchema } from '../../src/entry/graphql/schema';
import { loadRecords } from '../../src/domain/writes/load-records';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import { CHAIN_SCENARIO } from '../fixtures/chain-of-command-scenario';
import { clearGraph, openTestDatabase } from '../support/service';

/** The default GRAPHQL_MAX_COST, and the share of it an explorer operation may take. */
const MAX_COST = 5000;
const HEADROOM = 0.6;
/** The most records the explorer asks for again in one drawing request (a saved view is asked in parts of this size). */
const DRAWING_CHUNK = 150;

const QUERIES = join(projectRoot(), 'explorer', 'src', 'api', 'queries');
const manyIds = (n: number) => Array.from({ length: n }, (_v, i) => `org:${i}`);

/** The largest variables the explorer sends to each operation (a canvas of 200 nodes measured). */
const VARIABLES: Record<string, Record<string, unknown>> = {
  NetworkMetrics: { ids: manyIds(200), limit: 200 },
  Paths: { fromId: 'a', toId: 'b', maxHops: 5, limit: 5 },
  OrganizationChart: { organizationId: 'o', at: '2021-01-01' },
  ChainChanges: { eventId: 'e' },
  ChartChanges: { organizationId: 'o', direction: 'DOWN' },
};
/** A drawing asked again at hops 0 (a saved view), beside the expansions above. */
const DRAWING = { ids: manyIds(DRAWING_CHUNK), hops: 0, limit: DRAWING_CHUNK };

let db: Database;
let estimates: ListEstimates;

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  await loadRecords(
    db.graph,
    CHAIN_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
  estimates = await readListEstimates(db.graph);
}, 120_000);
afterAll(() => db.close());

function operations(): { name: string; document: ReturnType<typeof parse>; operation: OperationDefinitionNode }[] {
  const files = readdirSync(QUERIES).filter((f) => f.endsWith('.graphql'));
  // The explorer sends a document with the files whose fragments it uses; all of them together parse the same.
  const document = parse(files.map((f) => readFileSync(join(QUERIES, f), 'utf8')).join('\n'));
  return document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((operation) => ({ name: operation.name!.value, document, operation }));
}

const ANALYSIS = ['NetworkMetrics', 'OrganizationChart', 'Paths', 'ChainChanges', 'ChartChanges', 'Timeline'];

it.each(
  operations()
    .filter((o) => ANALYSIS.includes(o.name))
    .map((o) => [o.name, o]),
)('%s costs well under the default limit', (name, o) => {
  const measure = measureOperation(buildSchema(), o.document, o.operation, VARIABLES[name] ?? {}, estimates);
  expect(measure.cost).toBeLessThan(MAX_COST * HEADROOM);
});

it('reads every analysis operation', () =>
  expect(
    operations()
      .filter((o) => ANALYSIS.includes(o.name))
      .map((o) => o.name)
      .sort(),
  ).toEqual([...ANALYSIS].sort()));

it('a drawing asked again (150 records, hops 0) costs well under the default limit', () => {
  const document = parse(readFileSync(join(QUERIES, 'neighborhood.graphql'), 'utf8'));
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Neighborhood')!;
  expect(measureOperation(buildSchema(), document, operation, DRAWING, estimates).cost).toBeLessThan(MAX_COST * HEADROOM);
});
