/**
 * Which named query, with which parameters, each chain-of-command read sends: pinned on a
 * recording transaction (no database), so a change to a query's name or parameters shows here
 * as well as in the integration tests that run it on Neo4j.
 */
import type { GraphTx, Params, QueryName } from '../../src/storage/db/graph';
import { chainReads, loadCommandChildren, loadCommandClosure, loadCommanders, loadEventChain, organizationExists } from '../../src/domain/chain-of-command/load';
import { dateWindow } from '../../src/domain/chain-of-command/options';
import { levelSource } from '../../src/domain/chain-of-command/walk';

interface Sent {
  name: QueryName;
  params: Params | undefined;
}

/** A transaction that records what is sent and answers every query with `rows`. */
function recordingTx(rows: Record<string, unknown>[] = []): GraphTx & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    sent,
    run: async <T>(name: QueryName, params?: Params) => (sent.push({ name, params }), rows as T[]),
    runText: async () => {
      throw new Error('the chain of command runs named queries only');
    },
  };
}

const AT = dateWindow('at', '2021-08');
const WINDOW = { atEarliest: '2021-08-01', atLatest: '2021-08-31' };
const COMMAND_ROLES = ['HEAD', 'COMMANDER'];
const NO_RECORDS = { shown: { event: false, participations: false, actors: false, postings: false, persons: false, organizations: false }, withCitations: true };

describe('the queries the chain of command sends', () => {
  it('reads an event chain in one query, its closure as deep as the walk goes', async () => {
    const tx = recordingTx();
    await loadEventChain(tx, 'event:1', AT, 10, chainReads(null, {}));
    await loadEventChain(tx, 'event:1', null, 11, chainReads(null, {}));
    expect(tx.sent.map((s) => s.name)).toEqual(['chain/event-chain', 'chain/event-chain']);
    expect(tx.sent[0]!.params).toEqual({
      eventId: 'event:1',
      depth: 10,
      ...WINDOW,
      perpetratorRoles: ['ORDERED', 'PLANNED', 'AUTHORISED', 'DIRECTLY_PERPETRATED', 'AIDED', 'FAILED_TO_PREVENT', 'AUTHORED_POLICY', 'IMPLEMENTED_POLICY', 'PRESIDED', 'PROSECUTED', 'INVESTIGATED'],
      roles: COMMAND_ROLES,
      ...NO_RECORDS,
    });
    expect(tx.sent[1]!.params).toMatchObject({ atEarliest: null, atLatest: null, depth: 11 });
  });

  it('reads an upward closure in one query, as deep as the walk goes', async () => {
    const tx = recordingTx();
    await loadCommandClosure(tx, ['org:a', 'org:b'], AT, 3, chainReads(null, { withCitations: false }));
    await loadCommandClosure(tx, ['org:a'], AT, 20, chainReads(null, {}));
    expect(tx.sent).toEqual([
      { name: 'chain/command-closure-up', params: { orgIds: ['org:a', 'org:b'], depth: 3, roles: COMMAND_ROLES, ...NO_RECORDS, withCitations: false, ...WINDOW } },
      { name: 'chain/command-closure-up', params: { orgIds: ['org:a'], depth: 20, roles: COMMAND_ROLES, ...NO_RECORDS, ...WINDOW } },
    ]);
  });

  it('walks down one query per level and one for the commanders, and sends nothing for an empty level', async () => {
    const tx = recordingTx();
    const source = levelSource(tx, AT);
    await source.links(['org:a']);
    await source.commanders(['org:a', 'org:b']);
    await loadCommandChildren(tx, [], AT);
    await loadCommanders(tx, [], AT);
    expect(tx.sent).toEqual([
      { name: 'chain/command-children', params: { orgIds: ['org:a'], ...WINDOW } },
      { name: 'chain/commanders', params: { orgIds: ['org:a', 'org:b'], roles: COMMAND_ROLES, ...WINDOW } },
    ]);
  });

  it('checks that an organisation exists by its id', async () => {
    const tx = recordingTx([{ id: 'org:a' }]);
    expect(await organizationExists(tx, 'org:a')).toBe(true);
    expect(tx.sent).toEqual([{ name: 'chain/organization', params: { organizationId: 'org:a' } }]);
  });
});
