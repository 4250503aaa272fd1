/**
 * Protected identities, enforced in the service on every surface for every viewer: the
 * role × clearance × surface matrix on test/fixtures/protection-scenario.ts, then the
 * last-line response plugin on a response a resolver leaked into.
 */
import { ApolloServer } from '@apollo/server';
import { ROLES, type Viewer } from '../../src/domain/auth/permissions';
import { createContext, type Context } from '../../src/entry/graphql/context';
import { createFormatError } from '../../src/entry/graphql/format-error';
import { buildSchema } from '../../src/entry/graphql/schema';
import { protectionPlugin } from '../../src/entry/graphql/plugins/protection';
import { Scrubber } from '../../src/domain/protection/scrubber';
import { idsNamingProtectedPersons } from '../../src/domain/integrity/protected-ids';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { Database } from '../../src/entry/service/database';
import { PROTECTED_WORDS, PROTECTION_SCENARIO, VICTIM, VICTIM_IDS, WITNESS } from '../fixtures/protection-scenario';
import { clearGraph, openTestDatabase, silentLogger } from '../support/service';
import { BY_ID_PROBES, SURFACES } from '../fixtures/protection-surfaces';

let db: Database;
let server: ApolloServer<Context>;
const warnings: { path: string }[] = [];
const logger = new Proxy(silentLogger, {
  get: (target, prop, receiver) => (prop === 'warn' ? (o: { path: string }) => warnings.push(o) : Reflect.get(target, prop, receiver)),
});

beforeAll(async () => {
  db = await openTestDatabase();
  await clearGraph(db);
  await loadRecords(
    db.graph,
    PROTECTION_SCENARIO.map((record, i) => ({ line: i + 1, record })),
  );
  server = new ApolloServer<Context>({ schema: buildSchema(), formatError: createFormatError(silentLogger, false), stopOnTerminationSignals: false, plugins: [protectionPlugin()] });
  await server.start();
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

async function run(query: string, variables: Record<string, unknown>, viewer: Viewer) {
  const res = await server.executeOperation<Record<string, any>>({ query, variables }, { contextValue: createContext(db.graph, logger, viewer) });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental response');
  return { data: res.body.singleResult.data, errors: res.body.singleResult.errors };
}

const VIEWERS: Viewer[] = ROLES.flatMap((role) => [true, false].map((cleared) => ({ id: `${role}-${cleared ? 'cleared' : 'uncleared'}`, roles: [role], cleared })));

describe.each(VIEWERS)('$id', (viewer) => {
  const results: Record<string, { data?: unknown; errors?: unknown }> = {};
  beforeAll(async () => {
    warnings.length = 0;
    for (const [name, s] of Object.entries(SURFACES)) results[name] = await run(s.query, s.variables ?? {}, viewer);
  });

  it.each(Object.keys(SURFACES))('%s answers without errors', (name) => {
    expect(results[name]!.errors).toBeUndefined();
  });

  if (!viewer.cleared) {
    it.each(Object.keys(SURFACES))('%s shows no protected name, no word of one, and nothing of the withheld victim', (name) => {
      const text = JSON.stringify(results[name]).toLowerCase();
      for (const word of PROTECTED_WORDS) expect(text).not.toContain(word);
      for (const id of VICTIM_IDS) expect(text).not.toContain(id);
    });

    it('shows the witness under the pseudonym where the witness is', () => {
      for (const name of [
        'person',
        'node',
        'search by pseudonym',
        'events of the witness',
        'event participants',
        'organization members',
        'chainOfCommand',
        'commandersAt',
        'superiorResponsibility',
        'neighborhood',
        'wide event',
      ]) {
        expect(JSON.stringify(results[name])).toContain(WITNESS.pseudonym);
      }
      expect(results.person!.data).toEqual({
        person: expect.objectContaining({ id: WITNESS.id, name: WITNESS.pseudonym, aliases: [], birthDate: null, description: null, citizenship: [], pseudonymised: true, protection: 'PSEUDONYM' }),
      });
    });

    it('finds nothing by a real name, the witness by the pseudonym', () => {
      for (const name of ['search by name', 'search by surname', 'search by victim name', 'search by wildcard']) expect(results[name]!.data).toEqual({ search: [] });
      expect(results['search by pseudonym']!.data).toEqual({ search: [{ node: { id: WITNESS.id, name: WITNESS.pseudonym } }] });
    });

    it('lists no event, posting or chain entry of the withheld victim', () => {
      expect(results['events of the victim']!.data).toEqual({ events: { edges: [], totalCount: 0 } });
      expect(results['ngo members']!.data).toEqual({ organization: { members: [] } });
      expect(results.persons!.data!).toEqual({ persons: expect.objectContaining({ totalCount: 3 }) });
    });

    it("scrubs a quote's translation as it scrubs the quote", () => {
      const posting = (results.person!.data as any).person.postings.find((p: any) => p.id === 'post:x-w1-unit');
      expect(posting.citations[0]).toEqual(
        expect.objectContaining({ quote: `${WITNESS.pseudonym} kamandavaŭ atradam u 2020 hodzie.`, translation: { text: `${WITNESS.pseudonym} commanded the unit in 2020.`, by: 'DATASET' } }),
      );
    });

    it('does not match the witness by the citizenship it hides', () => {
      expect(JSON.stringify(results['persons by citizenship']!.data)).not.toContain(WITNESS.id);
    });

    it('never lets the last-line plugin find a name: every surface redacted at the source', () => {
      expect(warnings).toEqual([]);
    });
  } else {
    it('shows real names, aliases and the withheld victim', () => {
      const text = JSON.stringify(results);
      for (const n of [WITNESS.name, ...WITNESS.aliases, VICTIM.name]) expect(text).toContain(n);
      expect(results.person!.data).toEqual({ person: expect.objectContaining({ name: WITNESS.name, aliases: WITNESS.aliases, pseudonymised: false }) });
      expect(results['search by name']!.data!).toEqual({ search: expect.arrayContaining([{ node: { id: WITNESS.id, name: WITNESS.name } }]) });
      expect(results['events of the victim']!.data).toEqual({ events: { edges: expect.arrayContaining([{ node: expect.objectContaining({ id: 'event:x-raid' }) }]), totalCount: 2 } });
      expect(JSON.stringify(results.commandersAt)).toContain(VICTIM.name);
      expect(JSON.stringify(results['persons by citizenship']!.data)).toContain(WITNESS.id);
      const posting = (results.person!.data as any).person.postings.find((p: any) => p.id === 'post:x-w1-unit');
      expect(posting.citations[0].translation).toEqual({ text: 'Yaraslau Ciemrykau commanded the unit in 2020.', by: 'DATASET' });
    });
  }

  it.each(BY_ID_PROBES)('asked for the withheld victim by id: $name', async ({ query, field }) => {
    const asked = await run(query, { id: VICTIM.id }, viewer);
    const unknown = await run(query, { id: 'person:x-nobody' }, viewer);
    if (viewer.cleared) {
      expect(JSON.stringify(asked)).not.toEqual(JSON.stringify(unknown).replaceAll('person:x-nobody', VICTIM.id));
    } else {
      // Exactly what an id that does not exist gets: null, an empty list, or the same error.
      expect(JSON.stringify(asked)).toEqual(JSON.stringify(unknown).replaceAll('person:x-nobody', VICTIM.id));
      expect(asked.data?.[field] ?? null).toEqual(unknown.data?.[field] ?? null);
    }
  });
});

describe('cursors', () => {
  const PAGE = 'query($after: String) { organizations(first: 1, after: $after) { edges { cursor node { id name } } pageInfo { hasNextPage } } }';
  it.each([false, true])('page through every organisation one by one without a name in a cursor (cleared: %s)', async (cleared) => {
    const viewer: Viewer = { id: 'v', roles: ['analyst'], cleared };
    const seen: string[] = [];
    const cursors: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const r = await run(PAGE, { after }, viewer);
      const { edges, pageInfo } = r.data!.organizations;
      seen.push(...edges.map((e: any) => e.node.id));
      cursors.push(...edges.map((e: any) => Buffer.from(e.cursor, 'base64url').toString('utf8').toLowerCase()));
      if (!pageInfo.hasNextPage) break;
      after = edges.at(-1).cursor;
    }
    expect(seen).toEqual(['org:x-ngo', 'org:x-ministry', 'org:x-unit', 'org:x-task']);
    if (!cleared) for (const c of cursors) for (const w of PROTECTED_WORDS) expect(c).not.toContain(w);
  });
});

describe('the integrity check', () => {
  it("reports an id containing a protected person's name, without repeating the name", async () => {
    expect(await idsNamingProtectedPersons(db.graph)).toEqual([]);
    await loadRecords(db.graph, [
      { line: 1, record: { type: 'Event', id: 'event:x-ciemrykau-interview', eventType: 'OTHER', title: 'Interview', sources: [{ source: 'src:x-report', locator: 'p. 9', credibility: 3 }] } },
    ]);
    const findings = await idsNamingProtectedPersons(db.graph);
    expect(findings).toEqual([expect.objectContaining({ check: 'ID_NAMES_PROTECTED_PERSON', recordId: 'event:x-ciemrykau-interview', field: 'id' })]);
    expect(findings[0]!.message.toLowerCase()).not.toContain('ciemrykau');
  });
});

describe('the last-line response plugin', () => {
  const scrubber = new Scrubber([{ id: WITNESS.id, protection: 'PSEUDONYM', name: WITNESS.name, aliases: WITNESS.aliases, pseudonym: WITNESS.pseudonym }]);
  const view = { cleared: false, scrubber };
  const hits: unknown[] = [];
  const contextValue = { protection: { viewer: { cleared: false }, get: async () => view, reset() {} }, logger: { warn: (o: unknown) => hits.push(o) } };

  it('scrubs a name a resolver leaked, in data and errors, and warns with the path', async () => {
    const hooks = await protectionPlugin().requestDidStart!({} as never);
    const singleResult = {
      data: { leak: { title: 'Statement by Yaraslau Ciemrykau', list: ['ciemrykau said', 'nothing here'] } },
      errors: [{ message: 'could not load Jaroslaw Ciemrykow', extensions: { detail: 'Y. Ciemrykau' } }],
    };
    await hooks!.willSendResponse!({ contextValue, response: { body: { kind: 'single', singleResult } }, request: { query: '{ leak }' } } as never);
    expect(singleResult.data.leak).toEqual({ title: `Statement by ${WITNESS.pseudonym}`, list: ['[withheld] said', 'nothing here'] });
    expect(singleResult.errors[0]).toEqual({ message: `could not load ${WITNESS.pseudonym}`, extensions: { detail: WITNESS.pseudonym } });
    expect(hits).toEqual([
      expect.objectContaining({ path: 'data.leak.title' }),
      expect.objectContaining({ path: 'data.leak.list[0]' }),
      expect.objectContaining({ path: 'errors[0].message' }),
      expect.objectContaining({ path: 'errors[0].extensions.detail' }),
    ]);
  });

  it('leaves in an error message a name the client sent itself (no oracle for guessed names)', async () => {
    const hooks = await protectionPlugin().requestDidStart!({} as never);
    const singleResult = { errors: [{ message: 'Variable "$q" got invalid value "Yaraslau Ciemrykau"' }] };
    await hooks!.willSendResponse!({ contextValue, response: { body: { kind: 'single', singleResult } }, request: { query: 'query($q: Int) { x }', variables: { q: 'Yaraslau Ciemrykau' } } } as never);
    expect(singleResult.errors[0]!.message).toBe('Variable "$q" got invalid value "Yaraslau Ciemrykau"');
  });

  it('loads no names for an answer without any text (counts, flags), and still scrubs one with a single string deep inside', async () => {
    let loads = 0;
    const counting = { ...contextValue, protection: { ...contextValue.protection, get: async () => (loads++, view) } };
    const hooks = await protectionPlugin().requestDidStart!({} as never);
    const numbers = { data: { statistics: { count: 3, byType: [{ n: 1 }, { n: 2 }], ok: true, none: null } } };
    await hooks!.willSendResponse!({ contextValue: counting, response: { body: { kind: 'single', singleResult: numbers } }, request: { query: '{ statistics }' } } as never);
    expect(loads).toBe(0);
    const deep = { data: { statistics: { count: 3, byType: [{ n: 1, note: 'Ciemrykau' }] } } };
    await hooks!.willSendResponse!({ contextValue: counting, response: { body: { kind: 'single', singleResult: deep } }, request: { query: '{ statistics }' } } as never);
    expect(loads).toBe(1);
    expect(deep.data.statistics.byType[0]!.note).toBe('[withheld]');
    expect(hits.at(-1)).toEqual(expect.objectContaining({ path: 'data.statistics.byType[0].note' }));
  });

  it('does nothing for a cleared viewer', async () => {
    const hooks = await protectionPlugin().requestDidStart!({} as never);
    const singleResult = { data: { t: WITNESS.name } };
    await hooks!.willSendResponse!({
      contextValue: { ...contextValue, protection: { ...contextValue.protection, viewer: { cleared: true } } },
      response: { body: { kind: 'single', singleResult } },
      request: {},
    } as never);
    expect(singleResult.data.t).toBe(WITNESS.name);
  });
});

describe('a neighbourhood read with only what its drawing shows', () => {
  const DRAWING = 'truncated nodes { id kind label shortLabel category startDate endDate pseudonymised } edges { id source target type label factId startDate endDate grade }';
  const RECORDS = 'nodes { node { id } } edges { fact { id } }';
  const withoutRecords = (data: any) => ({
    ...data.neighborhood,
    nodes: data.neighborhood.nodes.map(({ node: _node, ...n }: any) => n),
    edges: data.neighborhood.edges.map(({ fact: _fact, ...e }: any) => e),
  });

  it.each([true, false])('draws what whole records draw (cleared: %s), around every entity, with and without a date window', async (cleared) => {
    const viewer: Viewer = { id: 'drawing', roles: ['investigator'], cleared };
    const ids = (await db.graph.runText<{ id: string }>('MATCH (n:Entity) RETURN n.id AS id ORDER BY id', {}, 'READ')).map((r) => r.id);
    for (const id of ids) {
      for (const window of ['', ', from: "2020", to: "2020-06"']) {
        const ask = (selection: string) => run(`query($id: ID!) { neighborhood(ids: [$id], hops: 2${window}) { ${selection} } }`, { id }, viewer);
        const [drawn, whole] = await Promise.all([ask(DRAWING), ask(`${DRAWING} ${RECORDS}`)]);
        // A withheld seed is "not found" for an uncleared viewer either way.
        expect(drawn.errors).toEqual(whole.errors);
        if (whole.errors) continue;
        expect({ id, window, drawing: drawn.data!.neighborhood }).toEqual({ id, window, drawing: withoutRecords(whole.data) });
      }
    }
  });
});

describe('the scrubber', () => {
  const s = new Scrubber([
    { id: 'person:a', protection: 'PSEUDONYM', name: 'Ivan Petrov', aliases: ['I. Petrou'], pseudonym: 'Witness A' },
    { id: 'person:b', protection: 'WITHHOLD', name: 'Ala Łukaš', aliases: [], pseudonym: null },
  ]);
  it.each([
    ['Ivan Petrov testified', 'Witness A testified'],
    ['IVAN-PETROV and petrov', 'Witness A and [withheld]'],
    ['I. Petrou was there', 'Witness A was there'],
    ['Łukaš, Ala', '[withheld], [withheld]'],
    ['Ala Łukaš left', '[withheld] left'],
    ['Petrovsky and Ivanovich are other people', 'Petrovsky and Ivanovich are other people'],
  ])('%s → %s', (text, expected) => expect(s.scrub(text)).toBe(expected));
});
