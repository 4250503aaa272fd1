/**
 * The default cost limit leaves room for what the service is for: every GraphQL example of the
 * documentation (README.md and docs/*.md, read as docs.test.ts reads them), every request the benchmark workloads
 * send (bench/workloads, our side) and the explorer's reads (explorer/src/api/queries, with the
 * default filters) cost at most a third of the default GRAPHQL_MAX_COST on the seed dataset, with
 * the estimates the service read from it, and are not refused by the service. One read is held to
 * half: the explorer's matrix panel, which asks for a whole allegation at once, every element's
 * evidence with its citation to open.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, separateOperations, type OperationDefinitionNode } from 'graphql';
import { prng } from '../../bench/dataset';
import { W1 } from '../../bench/workloads/w1-person';
import { W2 } from '../../bench/workloads/w2-chain';
import { W3 } from '../../bench/workloads/w3-neighborhood';
import { W4 } from '../../bench/workloads/w4-events';
import type { GraphQLRequest } from '../../bench/workloads/workload';
import { loadConfig } from '../../src/foundations/config/environment';
import { measureOperation } from '../../src/entry/graphql/limits/measure';
import { buildSchema } from '../../src/entry/graphql/schema';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Service } from '../../src/entry/service/start';
import { projectRoot } from '../../src/foundations/config/project-root';
import { documentedExamples, type GraphqlExample } from '../support/docs/markdown-examples';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(120_000);

const DEFAULT_LIMIT = loadConfig({}).GRAPHQL_MAX_COST;
const schema = buildSchema();

let service: Service;
let auth: Record<string, string>;
beforeAll(async () => {
  const db = await openTestDatabase();
  try {
    await clearGraph(db);
    await loadSeed(db.graph);
  } finally {
    await db.close();
  }
  service = await startTestService({ GRAPHQL_MAX_COST: String(DEFAULT_LIMIT) });
  auth = await authHeader(service, ['admin'], { cleared: true });
});
afterAll(() => service?.close());

/** The request's cost as the service measures it, with the estimates it read from the seed. */
function costOf({ query, variables }: GraphQLRequest): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return measureOperation(schema, document, operation, variables, service.costEstimates.current).cost;
}

/** Costs at most `share` of the default limit, and the service runs it without refusing it. */
async function holdsToTheLimit(label: string, request: GraphQLRequest, share = 1 / 3): Promise<void> {
  const cost = costOf(request);
  if (cost > DEFAULT_LIMIT * share) throw new Error(`${label} costs ${cost}: more than ${Math.round(share * 100)}% of the default GRAPHQL_MAX_COST (${DEFAULT_LIMIT})`);
  const r = await gql(service.url, request.query, request.variables, auth);
  expect({ label, status: r.status, errors: r.body.errors }).toEqual({ label, status: 200, errors: undefined });
}

it('has the estimates of the seed, not the fallbacks', () => {
  expect(service.costEstimates.current).toEqual(expect.objectContaining({ participantsPerEvent: 3, participationsPerPerson: 4, citationsPerFact: 2, linksPerEntity: 5 }));
});

const ROOT = projectRoot();
const DOCUMENTED = documentedExamples(ROOT)
  // Mutations and refusals shown on purpose (a role that may not, a record that is refused) answer with errors.
  .filter((e): e is GraphqlExample => e.kind === 'graphql' && !/^\s*mutation\b/.test(e.query) && !(e.answer as { errors?: unknown }).errors);

it('reads the documented queries', () => expect(DOCUMENTED.length).toBeGreaterThan(10));

it.each(DOCUMENTED.map((e) => [`${e.file}:${e.line}`, e] as const))('documented: %s', async (title, e) => {
  await holdsToTheLimit(title, { query: e.query, variables: e.variables ?? {} });
});

it.each([W1, W2, W3, W4].map((w) => [`${w.id}: ${w.title}`, w] as const))('benchmark %s', async (title, workload) => {
  const cases = await workload.cases(service.db.driver, prng(1), 3);
  expect(cases.length).toBeGreaterThan(0);
  for (const c of cases) await holdsToTheLimit(`${title} (${c.label})`, c.ours);
});

/** The explorer's reads as it sends them: each operation of its files with the fragments it uses. */
const EXPLORER_READS: [operation: string, file: string, variables: Record<string, unknown>, share?: number][] = [
  ['ChainOfCommand', 'chain', { eventId: 'event:2025-09-11-passport-seizures' }],
  ['ElementCoverage', 'matrix', { allegationId: 'alg:kgb-persecution-2020-2022' }, 1 / 2],
  ['Neighborhood', 'neighborhood', { ids: ['org:kgb'], hops: 1, limit: 200 }],
  ['NeighborCounts', 'neighborhood', { id: 'org:kgb' }],
  ['Record', 'record', { id: 'event:2025-09-11-passport-seizures' }],
  ['Search', 'search', { query: 'Dziadok', first: 40 }],
  ['Viewer', 'viewer', {}],
];

// Each row as one argument: a row shorter than the callback's parameters would make jest take the last for `done`.
it.each(EXPLORER_READS.map((read) => [read[0], read] as const))('explorer %s', async (_name, [operation, file, variables, share]) => {
  const document = separateOperations(parse(readFileSync(join(ROOT, 'explorer', 'src', 'api', 'queries', `${file}.graphql`), 'utf8')))[operation];
  expect(document).toBeDefined();
  await holdsToTheLimit(`explorer ${operation}`, { query: print(document!), variables }, share);
});
