/**
 * GET /sources/<id> and Source.held over HTTP, on the seed dataset with its held documents plus
 * fixture sources: a report naming a pseudonymised witness and a withheld victim, a restricted
 * testimony, and records whose `file` tries to leave the sources folder. The document is scrubbed
 * of protected names for a viewer without clearance; unknown, unheld and not-for-this-viewer are
 * one and the same 404; the path never comes from the URL.
 */
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '../../src/domain/auth/permissions';
import { projectRoot } from '../../src/foundations/config/project-root';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import { loadSeed } from '../../src/domain/seed/load-seed';
import type { Database } from '../../src/entry/service/database';
import type { Service } from '../../src/entry/service/start';
import { PROTECTED_WORDS, VICTIM, WITNESS } from '../fixtures/protection-scenario';
import { authHeader, clearGraph, gql, openTestDatabase, startTestService } from '../support/service';

jest.setTimeout(240_000);

const SEED_SOURCE = 'src:tsikhanouskaya-2025-09-12';
const SEED_FILE = '000_fcfa96d3aa0883e3.txt';
const REPORT_TEXT = `Viasna report on the Minsk raids\n\nOfficers led by ${WITNESS.name} searched the flat of ${VICTIM.name} on 10 August 2020.\nZmitrokava was detained; Y. Ciemrykau signed the order.\n`;

const cite = [{ source: 'src:x-report', locator: 'p. 1', credibility: 2 }];
const source = (id: string, file: string, confidentiality = 'PUBLIC'): RecordV1 =>
  ({ type: 'Source', id, title: `Fixture ${id}`, kind: 'NGO_REPORT', reliability: 'B', confidentiality, file }) as RecordV1;
const FIXTURES: RecordV1[] = [
  source('src:x-report', 'x-report.txt'),
  source('src:x-testimony', 'x-testimony.txt', 'RESTRICTED'),
  source('src:x-escape', '../secret.txt'),
  source('src:x-absolute', '/etc/passwd'),
  source('src:x-link', 'link-out.txt'),
  source('src:x-missing', 'missing.txt'),
  { type: 'Person', id: WITNESS.id, name: WITNESS.name, aliases: WITNESS.aliases, protection: 'PSEUDONYM', pseudonym: WITNESS.pseudonym, sources: cite },
  { type: 'Person', id: VICTIM.id, name: VICTIM.name, aliases: VICTIM.aliases, protection: 'WITHHOLD', sources: cite },
];
/** Sources no viewer can open: unknown, without a file, or a file that is not a plain path inside the folder. */
const NEVER_HELD = ['src:none', 'src:rome-statute', 'src:x-escape', 'src:x-absolute', 'src:x-link', 'src:x-missing'];

let work: string;
let service: Service;
let db: Database;

const as = (roles: Role[], cleared: boolean) => authHeader(service, roles, { user: `test:${roles.join('+')}:${cleared}`, cleared });
const open = (id: string, headers: Record<string, string> = {}) => fetch(`${service.url}/sources/${encodeURIComponent(id)}`, { headers });
const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'source-documents-'));
  const dir = join(work, 'sources');
  await cp(join(projectRoot(), 'seed/sources'), dir, { recursive: true });
  await writeFile(join(dir, 'x-report.txt'), REPORT_TEXT);
  await writeFile(join(dir, 'x-testimony.txt'), 'Restricted testimony.\n');
  await writeFile(join(work, 'secret.txt'), 'outside the sources folder\n');
  await symlink(join(work, 'secret.txt'), join(dir, 'link-out.txt'));
  db = await openTestDatabase();
  await clearGraph(db);
  await loadSeed(db.graph);
  await loadRecords(
    db.graph,
    FIXTURES.map((record, i) => ({ line: i + 1, record })),
  );
  service = await startTestService({ SOURCES_DIR: dir, RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await service?.close();
  await db?.close();
  await rm(work, { recursive: true, force: true });
});

describe('GET /sources/<id>', () => {
  it('an admin gets a held seed document as held, with its SHA-256', async () => {
    const res = await open(SEED_SOURCE, await as(['admin'], true));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.equals(await readFile(join(projectRoot(), 'seed/sources', SEED_FILE)))).toBe(true);
    expect(res.headers.get('x-source-sha256')).toBe('0c69f5ae60e0c3e2b29438a0eba6d5ae42a93ac49b40ef5e0989f7037a29b04c');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('an uncleared analyst gets the same seed document (it names no protected person)', async () => {
    const res = await open(SEED_SOURCE, await as(['analyst'], false));
    expect(res.status).toBe(200);
    expect(res.headers.get('x-source-sha256')).toBe('0c69f5ae60e0c3e2b29438a0eba6d5ae42a93ac49b40ef5e0989f7037a29b04c');
  });

  it('an uncleared analyst gets a document naming protected persons scrubbed, hashed as sent', async () => {
    const res = await open('src:x-report', await as(['analyst'], false));
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toBe(
      `Viasna report on the Minsk raids\n\nOfficers led by ${WITNESS.pseudonym} searched the flat of [withheld] on 10 August 2020.\n[withheld] was detained; ${WITNESS.pseudonym} signed the order.\n`,
    );
    for (const word of PROTECTED_WORDS) expect(text.toLowerCase()).not.toContain(word);
    expect(res.headers.get('x-source-sha256')).toBe(sha256(text));
    const cleared = await open('src:x-report', await as(['analyst'], true));
    expect(await cleared.text()).toBe(REPORT_TEXT);
    expect(cleared.headers.get('x-source-sha256')).toBe(sha256(REPORT_TEXT));
  });

  it('a restricted source: the cleared may open it, the uncleared get the 404 of an unknown source', async () => {
    expect((await open('src:x-testimony', await as(['analyst'], true))).status).toBe(200);
    const refused = await open('src:x-testimony', await as(['admin'], false));
    const unknown = await open('src:none', await as(['admin'], false));
    expect(refused.status).toBe(404);
    expect(JSON.stringify(await refused.json())).toBe(JSON.stringify(await unknown.json()).replace('src:none', 'src:x-testimony'));
  });

  it.each(NEVER_HELD)('%s is the same 404 for everyone', async (id) => {
    const res = await open(id, await as(['admin'], true));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await res.json()).toEqual({ errors: [{ message: `no held document for source "${id}"`, extensions: { code: 'NOT_FOUND' } }] });
  });

  it('a path in the URL reaches no file: traversal attempts are 404', async () => {
    const headers = await as(['admin'], true);
    for (const path of ['..%2F..%2Fpackage.json', '..%2Fsecret.txt', SEED_FILE, '%2Fetc%2Fpasswd', 'x-report.txt']) {
      const res = await fetch(`${service.url}/sources/${path}`, { headers });
      expect([path, res.status]).toEqual([path, 404]);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('NOT_FOUND');
    }
  });

  it('no token is 401 before anything; a bad one too', async () => {
    const res = await open(SEED_SOURCE);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="evidence-graph"');
    expect(await res.json()).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'UNAUTHENTICATED', reason: 'missing' } }] });
    expect((await open(SEED_SOURCE, { authorization: 'Bearer not-a-token' })).status).toBe(401);
  });
});

describe('Source.held', () => {
  const SOURCES = '{ sources(first: 200) { edges { node { id held } } } }';

  it.each([
    ['admin', true],
    ['analyst', false],
  ] as const)('is whether GET /sources/<id> answers 200, for every source (%s, cleared: %s)', async (role, cleared) => {
    const headers = await as([role], cleared);
    const r = await gql<{ sources: { edges: { node: { id: string; held: boolean } }[] } }>(service.url, SOURCES, {}, headers);
    expect(r.body.errors).toBeUndefined();
    const held = Object.fromEntries(r.body.data!.sources.edges.map((e) => [e.node.id, e.node.held]));
    expect(Object.keys(held).length).toBeGreaterThan(10);
    for (const [id, isHeld] of Object.entries(held)) expect([id, (await open(id, headers)).status]).toEqual([id, isHeld ? 200 : 404]);
    expect(held).toEqual(expect.objectContaining({ [SEED_SOURCE]: true, 'src:rome-statute': false, 'src:x-report': true, 'src:x-testimony': cleared, 'src:x-escape': false, 'src:x-link': false }));
  });
});

describe('the rate limit', () => {
  it('counts /sources, /exports and /graphql requests in one set of buckets', async () => {
    const limited = await startTestService({ SOURCES_DIR: join(work, 'sources'), RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const headers = { authorization: `Bearer ${await limited.auth.issue({ user: 'test:limited', roles: ['analyst'], cleared: false })}` };
      expect((await gql(limited.url, '{ about { name } }', {}, headers)).status).toBe(200);
      expect((await fetch(`${limited.url}/sources/${encodeURIComponent(SEED_SOURCE)}`, { headers })).status).toBe(200);
      const third = await fetch(`${limited.url}/sources/${encodeURIComponent(SEED_SOURCE)}`, { headers });
      expect(third.status).toBe(429);
      expect((await fetch(`${limited.url}/exports/x/download`, { headers })).status).toBe(429);
      expect((await gql(limited.url, '{ about { name } }', {}, headers)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});
