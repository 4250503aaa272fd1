/**
 * The fixed cost of a request against the cost of a level of nesting, ours next to the peer's
 * (`npx tsx bench/overhead.ts`, scale 0.1): an empty query (HTTP, authentication, Apollo), one
 * lookup (one round trip for us), one lookup two levels deep, and a read through neo4j-driver
 * alone (executeQuery's managed transaction against one auto-commit `session.run`). Sequential,
 * 300 requests each, two rounds (the first warms); medians in ms.
 */
import { runMain, startLoadedNeo4j } from './main';
import { startOurs, startPeer, type BenchServer } from './servers';

const log = (m: string) => process.stderr.write(`${m}\n`);
const N = 300;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(2);

async function timed(n: number, request: () => Promise<void>): Promise<string> {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await request();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

const ask = (server: BenchServer, query: string, variables: object) => async () => {
  const r = await fetch(server.url, { method: 'POST', headers: { ...server.headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await r.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
};

const QUERIES: [string, string, string][] = [
  ['empty query', '{ __typename }', '{ __typename }'],
  ['a person', 'query($id: ID!) { person(id: $id) { id name } }', 'query($id: ID!) { people(where: { id: { eq: $id } }) { id name } }'],
  [
    'person → postings → organisation',
    'query($id: ID!) { person(id: $id) { id postings { id organization { id name } } } }',
    'query($id: ID!) { people(where: { id: { eq: $id } }) { id postings { id organization { id name } } } }',
  ],
];

async function main(): Promise<void> {
  const db = await startLoadedNeo4j(0.1, log);
  try {
    const [ours, peer] = [await startOurs(db.driver), await startPeer(db.driver)];
    const id = (await db.driver.executeQuery('MATCH (p:Person)<-[:PERSON]-(:Posting) RETURN p.id AS id LIMIT 1')).records[0]!.get('id') as string;
    const lookup = 'MATCH (p:Person {id: $id}) RETURN p {.*} AS p';
    for (let round = 1; round <= 2; round++) {
      log(`round ${round} (median ms of ${N})`);
      for (const [what, oursQuery, peerQuery] of QUERIES) log(`  ${what}: ours ${await timed(N, ask(ours, oursQuery, { id }))}, peer ${await timed(N, ask(peer, peerQuery, { id }))}`);
      const managed = await timed(N, async () => void (await db.driver.executeQuery(lookup, { id })));
      const autoCommit = await timed(N, async () => {
        const session = db.driver.session();
        await session.run(lookup, { id });
        await session.close();
      });
      log(`  driver alone: executeQuery ${managed}, session.run ${autoCommit}`);
    }
    await ours.close();
    await peer.close();
  } finally {
    await db.stop();
  }
}

runMain(main, log);
