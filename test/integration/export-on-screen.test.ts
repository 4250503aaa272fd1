/**
 * Exporting "the entities on screen" as the explorer does: startExport with {by: SEEDS, ids, hops:
 * 0} over HTTP brings those entities and the facts drawn between them (the edges the drawing
 * shows), read back from GEXF by networkx and from Cytoscape.js JSON; and 2,000 ids at once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Service } from '../../src/entry/service/start';
import { readWithNetworkx } from '../support/networkx';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(240_000);

const ON_SCREEN = ['org:kgb', 'org:ogim', 'person:mikalai-dziadok', 'event:2025-09-11-passport-seizures', 'event:2025-09-11-expulsion'];
/** The edge types that are one fact between two entities. */
const FACT_EDGES = new Set(['POSTING', 'SUBORDINATION', 'PARTICIPATION', 'EVENT_LINK']);

const START = `mutation($selection: ExportSelectionInput!, $format: ExportFormat!) {
  startExport(selection: $selection, format: $format, metrics: false) { id } }`;
const JOB = 'query($id: ID!) { exportJob(id: $id) { status error downloadUrl counts { records sources nodes facts } } }';
const NEIGHBORHOOD = `query($ids: [ID!]!) { neighborhood(ids: $ids, hops: 1, limit: 200) { truncated edges { source target type factId } } }`;

interface Job {
  status: string;
  error: string | null;
  downloadUrl: string;
  counts: { records: number; sources: number; nodes: number; facts: number };
}

let work: string;
let db: Database;
let service: Service;
let headers: Record<string, string>;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'export-on-screen-'));
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  service = await startTestService({ EXPORT_DIR: join(work, 'exports') });
  headers = await authHeader(service, ['analyst'], { user: 'test:explorer' });
});
afterAll(async () => {
  await service?.close();
  await db?.close();
  await rm(work, { recursive: true, force: true });
});

/** Starts the export, waits for it, and returns the job once done. */
async function exportOf(ids: string[], format: string): Promise<Job> {
  const started = await gql<{ startExport: { id: string } }>(service.url, START, { selection: { by: 'SEEDS', ids, hops: 0 }, format }, headers);
  expect(started.body.errors).toBeUndefined();
  for (let i = 0; i < 1800; i++) {
    const job = (await gql<{ exportJob: Job }>(service.url, JOB, { id: started.body.data!.startExport.id }, headers)).body.data!.exportJob;
    if (job.status !== 'RUNNING') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('export still running after three minutes');
}

async function download(job: Job): Promise<Buffer> {
  expect(job).toMatchObject({ status: 'DONE', error: null });
  const res = await fetch(`${service.url}${job.downloadUrl}`, { headers });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

describe('the entities on screen, on the seed', () => {
  let between: string[];
  beforeAll(async () => {
    // The edges a drawing of them shows between them: their one-hop neighbourhood's fact edges with both ends on screen.
    const r = await gql<{ neighborhood: { truncated: boolean; edges: { source: string; target: string; type: string; factId: string }[] } }>(service.url, NEIGHBORHOOD, { ids: ON_SCREEN }, headers);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.neighborhood.truncated).toBe(false);
    const screen = new Set(ON_SCREEN);
    between = r.body.data!.neighborhood.edges.filter((e) => FACT_EDGES.has(e.type) && screen.has(e.source) && screen.has(e.target)).map((e) => e.factId);
    expect(between.length).toBeGreaterThanOrEqual(4);
  });

  const factsAmongScreen = (edges: [string, string, Record<string, unknown>][]) =>
    edges
      .filter(([s, t, d]) => ON_SCREEN.includes(s) && ON_SCREEN.includes(t) && FACT_EDGES.has(d.type as string))
      .map(([, , d]) => d.factId as string)
      .sort();

  it('GEXF, read back by networkx: the entities, and the facts between them as edges', async () => {
    const path = join(work, 'on-screen.gexf');
    await writeFile(path, await download(await exportOf(ON_SCREEN, 'GEXF')));
    const g = readWithNetworkx('gexf', path);
    expect(Object.keys(g.nodes)).toEqual(expect.arrayContaining(ON_SCREEN));
    expect(factsAmongScreen(g.edges)).toEqual([...between].sort());
    expect(g.edges.find(([s, t]) => s === 'org:kgb' && t === 'event:2025-09-11-passport-seizures')![2]).toMatchObject({ type: 'PARTICIPATION', label: 'DIRECTLY_PERPETRATED' });
  });

  it('Cytoscape.js JSON: the same edges', async () => {
    const json = JSON.parse((await download(await exportOf(ON_SCREEN, 'CYTOSCAPE'))).toString('utf8')) as {
      elements: { nodes: { data: { id: string } }[]; edges: { data: Record<string, unknown> }[] };
    };
    expect(json.elements.nodes.map((n) => n.data.id)).toEqual(expect.arrayContaining(ON_SCREEN));
    expect(factsAmongScreen(json.elements.edges.map((e) => [e.data.source as string, e.data.target as string, e.data]))).toEqual([...between].sort());
  });
});

describe('2,000 entities on screen', () => {
  const N = 2000;
  const ids = Array.from({ length: N }, (_, i) => `org:screen-${String(i).padStart(4, '0')}`);
  beforeAll(async () => {
    const cite = [{ source: 'src:screen', locator: 'p. 1', credibility: 2 }];
    const records: RecordV1[] = [
      { type: 'Source', id: 'src:screen', title: 'Organisation chart', kind: 'GOVERNMENT', reliability: 'B', confidentiality: 'PUBLIC' },
      ...ids.map((id, i): RecordV1 => ({ type: 'Organization', id, name: `Unit ${i}`, kind: 'UNIT', sources: cite })),
      ...ids.slice(1).map((id, i): RecordV1 => ({ type: 'Subordination', id: `sub:screen-${i + 1}`, child: id, parent: ids[i]!, classification: 'COMMAND', sources: cite })),
    ];
    await loadRecords(
      db.graph,
      records.map((record, i) => ({ line: i + 1, record })),
    );
  });

  it('are admitted, and exported with the 1,999 subordinations between them', async () => {
    const job = await exportOf(ids, 'CYTOSCAPE');
    expect(job).toMatchObject({ status: 'DONE', counts: { nodes: N, facts: N - 1, sources: 1 } });
    const json = JSON.parse((await download(job)).toString('utf8')) as { elements: { nodes: unknown[]; edges: unknown[] } };
    expect([json.elements.nodes.length, json.elements.edges.length]).toEqual([N, N - 1]);
  });
});
