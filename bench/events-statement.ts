/**
 * W4's statement alone, its records read whole and projected, against raw's, on a loaded Neo4j
 * from `bench/profile-db.ts`: `npx tsx bench/events-statement.ts --bolt bolt://… --password …
 * [--seconds 60]`. For `lists/events-by-type-dated/counted` with the parameters W4's query sends,
 * once with every record whole (`$projection` empty) and once with the projection the service
 * works out from W4's selection (src/entry/graphql/projection), and raw's statement: the answer's
 * size as JSON, then the statements taking turns case by case for `--seconds`, with the p50 of
 * the round trip through neo4j-driver (its decoding included).
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kind, parse, type FragmentDefinitionNode, type GraphQLResolveInfo, type OperationDefinitionNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { CypherLibrary } from '../src/storage/db/cypher-library';
import { toCypherParams } from '../src/storage/db/graph';
import { projectRoot } from '../src/foundations/config/project-root';
import { parsePartialDate } from '../src/foundations/model/partial-date';
import { buildSchema } from '../src/entry/graphql/schema';
import { recordProjection } from '../src/entry/graphql/projection/record-projection';
import type { RecordProjection } from '../src/storage/records/projected';
import { prng } from './dataset';
import { percentile } from './load';
import { runMain } from './main';
import { runRead } from './neo4j';
import { W4 } from './workloads/w4-events';
import type { Case } from './workloads/workload';

const log = (m: string) => process.stdout.write(`${m}\n`);

/** The projection the events list works out for `query` (as src/entry/graphql/lists/events.ts asks it). */
function projectionOf(query: string): RecordProjection {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const info = { schema: buildSchema(), operation, fragments } as unknown as GraphQLResolveInfo;
  return recordProjection(info, ['Event', 'Trial', 'Participation', 'Person', 'Organization'], { Participation: ['role'] });
}

interface W4Filter {
  types: string[];
  from: string;
  to: string;
}

/** Our parameters for a case, as the events list sends them for W4's filter and page. */
function oursParams(c: Case, projection: RecordProjection): Record<string, unknown> {
  const { filter, first } = c.ours.variables as { filter: W4Filter; first: number };
  const from = parsePartialDate(filter.from).earliest;
  const to = parsePartialDate(filter.to).latest;
  const none = { organizationId: null, personId: null, country: null, trials: null, inAbsentia: null, targetedGroup: null };
  const page = { cleared: false, afterKey: null, afterId: null, fetch: first + 1 };
  return toCypherParams({ ...none, ...page, types: filter.types, from, to, startFloor: `${from.slice(0, 4)}-01-01`, startCeiling: to, withParticipants: true, projection }) as Record<string, unknown>;
}

interface Statement {
  name: string;
  cypher: string;
  params: (c: Case) => Record<string, unknown>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { bolt: { type: 'string' }, password: { type: 'string' }, seconds: { type: 'string', default: '60' } } });
  if (!values.bolt || !values.password) throw new Error('--bolt and --password: a Neo4j loaded by bench/profile-db.ts');
  const driver = neo4j.driver(values.bolt, neo4j.auth.basic('neo4j', values.password), { disableLosslessIntegers: true });
  try {
    const cases = await W4.cases(driver, prng(1), 20);
    const cypher = CypherLibrary.load(join(projectRoot(), 'cypher', 'queries')).get('lists/events-by-type-dated/counted');
    const projection = projectionOf(cases[0]!.ours.query);
    const statements: Statement[] = [
      { name: 'whole records', cypher, params: (c) => oursParams(c, {}) },
      { name: 'projected', cypher, params: (c) => oursParams(c, projection) },
      { name: 'raw', cypher: cases[0]!.raw.cypher, params: (c) => toCypherParams(c.raw.params) as Record<string, unknown> },
    ];
    for (const s of statements) {
      let bytes = 0;
      for (const c of cases) bytes += JSON.stringify((await runRead(driver, s.cypher, s.params(c))).records.map((r) => r.toObject())).length;
      log(`${s.name}: ${(bytes / cases.length).toFixed(0)} bytes of JSON a case`);
    }
    const wall = new Map<string, number[]>(statements.map((s) => [s.name, []]));
    const end = performance.now() + Number(values.seconds) * 1000;
    for (let i = 0; performance.now() < end; i++) {
      for (const s of i % 2 ? statements : [...statements].reverse()) {
        const t = performance.now();
        await runRead(driver, s.cypher, s.params(cases[i % cases.length]!));
        wall.get(s.name)!.push(performance.now() - t);
      }
    }
    for (const s of statements) {
      const xs = wall.get(s.name)!.sort((a, b) => a - b);
      log(`${s.name}: p50 ${percentile(xs, 50).toFixed(3)} ms over ${xs.length} runs`);
    }
  } finally {
    await driver.close();
  }
}

runMain(main);
