import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvReader } from '../../src/domain/import/formats/csv';
import { ftmReader } from '../../src/domain/import/formats/ftm';
import { openReader } from '../../src/domain/import/formats';
import { jsonLinesReader } from '../../src/domain/import/formats/jsonl';
import type { FormatReader, RawItem } from '../../src/domain/import/formats/types';
import { parseRecord, validateBatch, type NumberedRecord, type RecordProblem } from '../../src/storage/records/validate';

const dir = mkdtempSync(join(tmpdir(), 'eg-formats-'));
const write = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const collect = async (reader: FormatReader): Promise<RawItem[]> => {
  const out: RawItem[] = [];
  for await (const item of reader.items()) out.push(item);
  return out;
};
const SOURCE = { type: 'Source', id: 'src:dump', title: 'A data dump', kind: 'OTHER', reliability: 'C' };
const cite = (locator: string) => ({ source: 'src:dump', locator, credibility: 3 });

/** Parses the items as the pipeline does and validates them as one batch with the cited Source. */
async function validate(items: RawItem[]): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = items.flatMap((i) => i.problems);
  const batch: NumberedRecord[] = [{ line: 0, record: parseRecord(SOURCE).record! }];
  for (const item of items) {
    const { record, problems: p } = parseRecord(item.raw, item.line);
    problems.push(...p);
    if (record) batch.push({ line: item.line, record });
  }
  return [...problems, ...(await validateBatch(batch))];
}

describe('JSON Lines reader', () => {
  it('yields raw objects with their line, skips blank and comment lines, reports bad JSON', async () => {
    const path = write('a.jsonl', `// records\n${JSON.stringify(SOURCE)}\n\n{"type": "Person",\n[1]\n`);
    const reader = jsonLinesReader(path);
    const items = await collect(reader);
    expect(items).toEqual([
      { line: 2, raw: SOURCE, problems: [] },
      { line: 4, problems: [{ line: 4, field: '', message: expect.stringMatching(/^not valid JSON: /) }] },
      { line: 5, problems: [{ line: 5, field: '', message: 'a record must be a JSON object' }] },
    ]);
    expect(await collect(reader)).toEqual(items);
    expect(reader.notes()).toEqual([]);
  });
});

describe('CSV reader', () => {
  it('reads plain rows, typed cells and list cells into records v1 objects', async () => {
    const path = write(
      'plain.csv',
      [
        'type,id,name,aliases,citizenship,kind,country,source,locator,credibility,quote',
        'Organization,org:kgb,Committee of State Security,KGB of Belarus,,AGENCY,BY,src:dump,para. 1,1,',
        'Person,person:a,Ala Bialiatska,"A. Bialiatska | Ala B.",BY|LT,,,src:dump,para. 2,2,"She said, ""no"""',
      ].join('\r\n'),
    );
    const items = await collect(csvReader(path));
    expect(items).toEqual([
      {
        line: 2,
        problems: [],
        raw: {
          type: 'Organization',
          id: 'org:kgb',
          name: 'Committee of State Security',
          aliases: ['KGB of Belarus'],
          kind: 'AGENCY',
          country: 'BY',
          sources: [{ source: 'src:dump', locator: 'para. 1', credibility: 1 }],
        },
      },
      {
        line: 3,
        problems: [],
        raw: {
          type: 'Person',
          id: 'person:a',
          name: 'Ala Bialiatska',
          aliases: ['A. Bialiatska', 'Ala B.'],
          citizenship: ['BY', 'LT'],
          sources: [{ source: 'src:dump', locator: 'para. 2', credibility: 2, quote: 'She said, "no"' }],
        },
      },
    ]);
    expect(await validate(items)).toEqual([]);
  });

  it('parses numbers and booleans, and takes the type from the options without a type column', async () => {
    const path = write(
      'trials.csv',
      'id,title,inAbsentia,charges,victimCount,startDate,source,locator,credibility\ntrial:t,Trial of X,yes,Criminal Code art. 342|Criminal Code art. 130,3,2021-05,src:dump,p. 4,2\n',
    );
    const items = await collect(csvReader(path, { recordType: 'Trial' }));
    expect(items.map((i) => i.raw)).toEqual([
      {
        type: 'Trial',
        id: 'trial:t',
        title: 'Trial of X',
        inAbsentia: true,
        charges: ['Criminal Code art. 342', 'Criminal Code art. 130'],
        victimCount: 3,
        startDate: '2021-05',
        sources: [{ source: 'src:dump', locator: 'p. 4', credibility: 2 }],
      },
    ]);
    expect(await validate(items)).toEqual([]);
  });

  it('merges rows with the same type and id: citations and elements accumulate', async () => {
    const path = write(
      'merged.csv',
      [
        'type,id,name,kind,instrument,article,title,element.number,element.text,element.kind,source,locator,credibility',
        'Organization,org:mvd,Ministry of Internal Affairs,MINISTRY,,,,,,,src:dump,para. 1,1',
        'LegalProvision,lp:7-1-d,,,Rome Statute,7(1)(d),Deportation,1,The perpetrator deported…,CONDUCT,src:dump,art. 7,1',
        'Organization,org:mvd,,,,,,,,,src:dump,para. 9,2',
        'LegalProvision,lp:7-1-d,,,,,,2,Lawfully present…,CIRCUMSTANCE,,,',
      ].join('\n'),
    );
    const items = await collect(csvReader(path));
    expect(items).toEqual([
      {
        line: 2,
        problems: [],
        raw: {
          type: 'Organization',
          id: 'org:mvd',
          name: 'Ministry of Internal Affairs',
          kind: 'MINISTRY',
          sources: [
            { source: 'src:dump', locator: 'para. 1', credibility: 1 },
            { source: 'src:dump', locator: 'para. 9', credibility: 2 },
          ],
        },
      },
      {
        line: 3,
        problems: [],
        raw: {
          type: 'LegalProvision',
          id: 'lp:7-1-d',
          instrument: 'Rome Statute',
          article: '7(1)(d)',
          title: 'Deportation',
          elements: [
            { number: '1', text: 'The perpetrator deported…', kind: 'CONDUCT' },
            { number: '2', text: 'Lawfully present…', kind: 'CIRCUMSTANCE' },
          ],
          sources: [{ source: 'src:dump', locator: 'art. 7', credibility: 1 }],
        },
      },
    ]);
    expect(await validate(items)).toEqual([]);
  });

  it("reports merged rows that disagree, naming both rows, on the record's first row", async () => {
    const path = write(
      'conflict.csv',
      'type,id,name,kind,source,locator,credibility\nOrganization,org:a,Alpha,AGENCY,src:dump,p. 1,1\nPerson,person:x,X,,src:dump,p. 2,1\nOrganization,org:a,Alfa,AGENCY,src:dump,p. 3,1\n',
    );
    const items = await collect(csvReader(path));
    expect(items[0]!.problems).toEqual([
      { line: 2, recordId: 'org:a', recordType: 'Organization', field: 'name', message: 'rows 2 and 4 (both Organization org:a) disagree: "Alpha" vs "Alfa"; give it on one row or the same on both' },
    ]);
    expect(items).toHaveLength(2);
  });

  it('reports an unknown column as a note and leaves it out', async () => {
    const path = write('unknown.csv', 'type,id,name,nickname,source,locator,credibility\nPerson,person:y,Y,Yo,src:dump,p. 1,3\nPerson,person:z,Z,,src:dump,p. 1,3\n');
    const reader = csvReader(path);
    const items = await collect(reader);
    expect(items[0]!.raw).toEqual({ type: 'Person', id: 'person:y', name: 'Y', sources: [cite('p. 1')] });
    expect(reader.notes()).toEqual([{ line: 1, what: "CSV column 'nickname'", message: 'not a records v1 field nor a citation or element column: its 1 non-empty cell was not imported' }]);
    expect(await validate(items)).toEqual([]);
  });

  it('reports a bad number or boolean with its row and column', async () => {
    const path = write('bad.csv', 'type,id,title,eventType,victimCount,source,locator,credibility\nEvent,event:e,E,RAID,ten,src:dump,p. 1,high\n');
    const items = await collect(csvReader(path));
    expect(items[0]!.problems).toEqual([
      { line: 2, recordId: 'event:e', recordType: 'Event', field: 'victimCount', message: 'row 2, column victimCount: "ten" is not a number' },
      { line: 2, recordId: 'event:e', recordType: 'Event', field: 'credibility', message: 'row 2, column credibility: "high" is not a number' },
    ]);
  });

  it('reports a missing type, a short row and broken quoting', async () => {
    const path = write('broken.csv', 'id,name\nperson:q,Q,extra\nperson:r,"R\n');
    const items = await collect(csvReader(path));
    expect(items.flatMap((i) => i.problems.map((p) => `${p.line}: ${p.message}`))).toEqual([
      '1: the record type is unknown: add a "type" column or give the type of every row (--type)',
      '2: row 2 has 3 cells but the header has 2 columns',
      expect.stringMatching(/^3: not valid CSV at line 3: .*Quote Not Closed.*the rest of the file was not read$/),
    ]);
  });
});

const FTM = [
  { id: 'p1', schema: 'Person', properties: { name: ['Ivan Ivanov'], alias: ['Ivan I.'], birthDate: ['1970-03'], nationality: ['by', 'suhh'], phone: ['+375 17 000'], notes: ['KGB officer'] } },
  { id: 'kgb', schema: 'PublicBody', properties: { name: ['Committee of State Security'], abbreviation: ['KGB'], jurisdiction: ['by'] } },
  { id: 'm1', schema: 'Membership', properties: { member: ['p1'], organization: ['kgb'], role: ['Deputy head'], startDate: ['2020-05-01T10:00:00'] } },
  { id: 'pos1', schema: 'Position', properties: { name: ['Chairman of the KGB'], organization: ['kgb'], country: ['by'] } },
  { id: 'occ1', schema: 'Occupancy', properties: { holder: ['p1'], post: ['pos1'], startDate: ['2021'] } },
  { id: 'case1', schema: 'CourtCase', properties: { name: ['Case against Ivan Ivanov'], caseNumber: ['1-23/2021'], court: ['Minsk City Court'], fileDate: ['2021-02'], closeDate: ['2021-06-10'] } },
  { id: 'ccp1', schema: 'CourtCaseParty', properties: { party: ['p1'], case: ['case1'], role: ['Defendant'] } },
  { id: 'doc1', schema: 'Article', properties: { title: ['Officer tried'], publisher: ['Example News'], publishedAt: ['2021-06-11'], sourceUrl: ['https://example.org/a'] } },
  { id: 'dn1', schema: 'Documentation', properties: { document: ['doc1'], entity: ['case1'] } },
  { id: 'ev1', schema: 'Event', properties: { name: ['Raid on the office of Viasna'], date: ['2021-07-14'], involved: ['kgb'], location: ['Minsk'] } },
  { id: 'v 1', schema: 'Vessel', properties: { name: ['Boat'] } },
];

describe('FollowTheMoney reader', () => {
  const path = write('entities.ftm.json', FTM.map((e) => JSON.stringify(e)).join('\n') + '\n');

  it('maps entities onto records v1 objects that validate, citing the given source', async () => {
    const reader = ftmReader(path, { citeSource: 'src:dump' });
    const items = await collect(reader);
    expect(items.every((i) => i.problems.length === 0)).toBe(true);
    expect(items.map((i) => [i.line, i.raw])).toEqual([
      [1, { type: 'Person', id: 'ftm:p1', name: 'Ivan Ivanov', aliases: ['Ivan I.'], birthDate: '1970-03', citizenship: ['BY'], description: 'KGB officer', sources: [cite('ftm:p1')] }],
      [2, { type: 'Organization', id: 'ftm:kgb', name: 'Committee of State Security', shortName: 'KGB', kind: 'AGENCY', country: 'BY', sources: [cite('ftm:kgb')] }],
      [3, { type: 'Posting', id: 'ftm:m1', person: 'ftm:p1', organization: 'ftm:kgb', role: 'DEPUTY', title: 'Deputy head', startDate: '2020-05-01', sources: [cite('ftm:m1')] }],
      [5, { type: 'Posting', id: 'ftm:occ1', person: 'ftm:p1', organization: 'ftm:kgb', role: 'HEAD', title: 'Chairman of the KGB', startDate: '2021', sources: [cite('ftm:occ1')] }],
      [
        6,
        {
          type: 'Trial',
          id: 'ftm:case1',
          eventType: 'TRIAL',
          title: 'Case against Ivan Ivanov',
          caseNumber: '1-23/2021',
          startDate: '2021-02',
          verdictDate: '2021-06-10',
          sources: [cite('ftm:case1'), { source: 'ftm:doc1', locator: 'ftm:dn1', credibility: 3 }],
        },
      ],
      [7, { type: 'Participation', id: 'ftm:ccp1', actor: 'ftm:p1', event: 'ftm:case1', role: 'DEFENDANT', description: 'Defendant', sources: [cite('ftm:ccp1')] }],
      [8, { type: 'Source', id: 'ftm:doc1', title: 'Officer tried', publisher: 'Example News', kind: 'NEWS', publishedAt: '2021-06-11', url: 'https://example.org/a', reliability: 'F' }],
      [10, { type: 'Event', id: 'ftm:ev1', eventType: 'RAID', title: 'Raid on the office of Viasna', startDate: '2021-07-14', sources: [cite('ftm:ev1')] }],
      [10, { type: 'Participation', id: 'ftm:ev1/involved/1', actor: 'ftm:kgb', event: 'ftm:ev1', role: 'OTHER', sources: [cite('ftm:ev1')] }],
    ]);
    expect(await validate(items)).toEqual([]);
    expect(reader.notes()).toEqual([
      { line: 1, what: 'FtM Person.nationality/citizenship', message: 'on 1 entity: values that are not ISO 3166-1 alpha-2 codes were not imported (e.g. "suhh")' },
      { line: 1, what: 'FtM Person.phone', message: 'on 1 entity: no counterpart in the model; not imported' },
      { line: 4, what: 'FtM Position.country', message: 'on 1 entity: no counterpart in the model; not imported' },
      {
        line: 6,
        what: 'FtM CourtCase.court',
        message: 'on 1 entity names a court in text, not an entity in this file: not imported (e.g. "Minsk City Court"); a Trial\'s court is an Organization record',
      },
      { line: 10, what: 'FtM Event.location', message: 'on 1 entity: no counterpart in the model; not imported' },
      { line: 11, what: 'FtM Vessel entity v 1', message: 'no counterpart in the model; not imported' },
    ]);
  });

  it('asks for --cite on every converted record when no source is given', async () => {
    const items = await collect(ftmReader(path, {}));
    const person = items.find((i) => (i.raw as { id?: string } | undefined)?.id === 'ftm:p1')!;
    expect(person.problems).toEqual([{ line: 1, recordId: 'ftm:p1', recordType: 'Person', field: 'sources', message: expect.stringContaining('pass --cite SOURCE_ID') }]);
    expect(items.find((i) => (i.raw as { type?: string } | undefined)?.type === 'Source')!.problems).toEqual([]);
  });

  it('reports bad lines, unknown schemas and interests that lack their ends', async () => {
    const bad = write(
      'bad.ftm.jsonl',
      ['{"schema": "Person", "properties": {}}', '{"id": "x", "schema": "Spaceship", "properties": {}}', '{"id": "m", "schema": "Membership", "properties": {"organization": ["kgb"]}}', 'nope'].join(
        '\n',
      ),
    );
    const reader = ftmReader(bad, { citeSource: 'src:dump' });
    const items = await collect(reader);
    expect(items.map((i) => `${i.line}: ${i.problems.map((p) => p.message).join('; ')}`)).toEqual([
      '1: an FtM entity needs an "id" (a non-empty string)',
      '3: FtM Membership m has no "member": a Posting needs a person',
      expect.stringMatching(/^4: not valid JSON/),
    ]);
    expect(reader.notes()).toEqual([{ line: 2, what: 'FtM Spaceship entity x', message: '"Spaceship" is not a FollowTheMoney schema (model 4.5): not imported' }]);
  });
});

describe('openReader', () => {
  it('tells records v1, FtM and CSV apart, and names the file it cannot tell', async () => {
    const records = write('r.jsonl', `\n// c\n${JSON.stringify(SOURCE)}\n`);
    const ftm = write('f.ndjson', `${JSON.stringify(FTM[0])}\n`);
    const csv = write('c.csv', 'type,id\n');
    expect((await openReader(records, 'auto')).format).toBe('jsonl');
    expect((await openReader(ftm, 'auto')).format).toBe('ftm');
    expect((await openReader(csv, 'auto')).format).toBe('csv');
    expect((await openReader(ftm, 'jsonl')).format).toBe('jsonl');
    const txt = write('x.txt', 'hello');
    await expect(openReader(txt, 'auto')).rejects.toThrow(`${txt}: cannot tell the import format from the extension ".txt"`);
    const odd = write('odd.jsonl', '{"name": "?"}\n');
    await expect(openReader(odd, 'auto')).rejects.toThrow(`${odd}: cannot tell records v1 from FollowTheMoney by line 1`);
    await expect(openReader(join(dir, 'missing.csv'), 'auto')).rejects.toThrow('missing.csv: no such file');
  });

  it('yields the same items when iterated twice, for every format', async () => {
    for (const [file, opts] of [
      ['r.jsonl', {}],
      ['merged.csv', {}],
      ['entities.ftm.json', { citeSource: 'src:dump' }],
    ] as const) {
      const { reader } = await openReader(join(dir, file), 'auto', opts);
      const first = await collect(reader);
      expect(first.length).toBeGreaterThan(0);
      expect(await collect(reader)).toEqual(first);
    }
  });
});
