/**
 * The redaction a matrix export reports counts what was really replaced for the viewer: a
 * pseudonymised person counts when their pseudonym stands in for their name in what is printed (a
 * label or a text), not when their name only sat in a confidential quote that was left out, nor
 * when a word merely contains one of their aliases.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareMatrix } from '../../src/domain/exports/matrix/prepare';
import { matrixCsvRows } from '../../src/domain/coverage/report';
import { loadRecords } from '../../src/domain/writes/load-records';
import type { RecordV1 } from '../../src/storage/records/schemas';
import type { Database } from '../../src/entry/service/database';
import { clearGraph, openTestDatabase } from '../support/service';

const LAW: RecordV1[] = readFileSync(join(__dirname, '..', '..', 'seed', '30-law.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as RecordV1)
  .filter((r) => r.type === 'LegalProvision' || (r.type === 'Source' && r.kind === 'LEGAL_INSTRUMENT'));

const cite = (quote: string, element?: string, source = 'src:rc-public') => [{ source, locator: 'p. 1', credibility: 2 as const, quote, ...(element ? { element } : {}) }];
const person = (id: string, name: string, pseudonym: string, aliases: string[] = []): RecordV1 => ({
  type: 'Person',
  id,
  name,
  aliases,
  protection: 'PSEUDONYM',
  pseudonym,
  sources: cite('A person.'),
});

const SCENARIO: RecordV1[] = [
  ...LAW,
  { type: 'Source', id: 'src:rc-public', title: 'A public report', publisher: 'NGO A', kind: 'NGO_REPORT', reliability: 'B', confidentiality: 'PUBLIC' },
  { type: 'Source', id: 'src:rc-confidential', title: 'An interview', publisher: 'NGO B', kind: 'NGO_REPORT', reliability: 'B', confidentiality: 'CONFIDENTIAL' },
  // The accused: printed under the pseudonym in the matrix's labels.
  person('person:rc-accused', 'Uladzimir Kachan', 'Witness R-1'),
  // Named in a public quote: replaced.
  person('person:rc-named', 'Aksana Barysevich', 'Witness R-2'),
  // Named only in a confidential quote, which an uncleared viewer's export leaves out: nothing replaced.
  person('person:rc-confidential', 'Tsimafei Liaukovich', 'Witness R-3'),
  // An alias that is part of a longer word of a quote ("Rukh"): the scrubber matches whole words, nothing replaced.
  person('person:rc-substring', 'Ales Rukavets', 'Witness R-4', ['Ruk']),
  { type: 'Event', id: 'event:rc-expulsion', eventType: 'DEPORTATION', title: 'Expulsion of activists', startDate: '2021-06-01', sources: cite('They were expelled.') },
  {
    type: 'Participation',
    id: 'part:rc-accused-expulsion',
    actor: 'person:rc-accused',
    event: 'event:rc-expulsion',
    role: 'DIRECTLY_PERPETRATED',
    sources: cite('The officer drove them to the border.'),
  },
  {
    type: 'Allegation',
    id: 'alg:rc-expulsion',
    accused: 'person:rc-accused',
    provision: 'lp:rome-7-1-d',
    mode: 'ART25_3_A',
    events: ['event:rc-expulsion'],
    sources: [
      ...cite('Aksana Barysevich saw the buses leave.', '1'),
      ...cite('Tsimafei Liaukovich was among them.', '1', 'src:rc-confidential'),
      ...cite('Members of the Rukh movement were expelled.', '1'),
    ],
  },
];

describe('the redaction a matrix export reports', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await clearGraph(db);
    await loadRecords(
      db.graph,
      SCENARIO.map((record, i) => ({ line: i + 1, record })),
    );
  });
  afterAll(() => db.close());

  it('counts the persons whose pseudonym really stands in for their name, for an uncleared viewer', async () => {
    const prepared = await prepareMatrix(db.graph, { by: 'allegation', allegation: 'alg:rc-expulsion' }, { id: 'test:analyst', roles: ['analyst'], cleared: false });
    const printed = JSON.stringify(matrixCsvRows(prepared.matrix, prepared.labels));
    expect(['Witness R-1', 'Witness R-2', 'Witness R-3', 'Witness R-4'].filter((p) => printed.includes(p))).toEqual(['Witness R-1', 'Witness R-2']);
    expect(printed).toContain('Rukh movement');
    expect(prepared.redaction).toEqual({ cleared: false, pseudonymised: 2, withheld: 0, recordsOmitted: 0, confidentialSources: 1 });
  });

  it('counts nothing for a cleared viewer, who sees every name', async () => {
    const prepared = await prepareMatrix(db.graph, { by: 'allegation', allegation: 'alg:rc-expulsion' }, { id: 'test:admin', roles: ['admin'], cleared: true });
    expect(JSON.stringify(matrixCsvRows(prepared.matrix, prepared.labels))).toContain('Tsimafei Liaukovich');
    expect(prepared.redaction).toEqual({ cleared: true, pseudonymised: 0, withheld: 0, recordsOmitted: 0, confidentialSources: 0 });
  });
});
