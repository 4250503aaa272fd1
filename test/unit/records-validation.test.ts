/** Records v1 validation: every problem reported with line, record, field and reason. */
import { parseJsonLines } from '../../src/storage/records/read-jsonl';
import { formatProblem, validateBatch, type KnownRecords } from '../../src/storage/records/validate';

const SRC = '{"type":"Source","id":"src:a","title":"A report","kind":"UN_REPORT","reliability":"A"}';
const cite = '"sources":[{"source":"src:a","locator":"para. 1","credibility":2}]';

async function problemsOf(lines: string[], known?: KnownRecords): Promise<string[]> {
  const parsed = parseJsonLines(lines.join('\n'));
  const batch = parsed.problems.length ? [] : await validateBatch(parsed.records, known);
  return [...parsed.problems, ...batch].map(formatProblem);
}

describe('records v1 validation', () => {
  it('accepts a valid set, keeping partial dates with their precision', async () => {
    const parsed = parseJsonLines([SRC, `{"type":"Event","id":"event:x","eventType":"RAID","title":"A raid","startDate":"2021-07",${cite}}`].join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.records[1]!.record).toEqual(expect.objectContaining({ startDate: '2021-07' }));
    expect(await validateBatch(parsed.records)).toEqual([]);
  });

  it('reports JSON syntax, missing type and unknown fields per line', async () => {
    expect(
      await problemsOf([SRC, '{"type":"Person", "id": ', '{"id":"person:x"}', '{"type":"Witness","id":"person:z"}', `{"type":"Person","id":"person:y","name":"Y","nmae":"typo",${cite}}`]),
    ).toEqual([
      expect.stringMatching(/^line 2: not valid JSON: /),
      'line 3, record person:x: type: is missing: expected one of Source, Person, Organization, Place, Event, Trial, Posting, Subordination, Participation, EventLink, LegalProvision, Allegation',
      'line 4, Witness person:z: type: "Witness" is not a record type: expected one of Source, Person, Organization, Place, Event, Trial, Posting, Subordination, Participation, EventLink, LegalProvision, Allegation',
      expect.stringMatching(/^line 5, Person person:y: Unrecognized key: "nmae"/),
    ]);
  });

  it('requires a citation on every fact but a Source', async () => {
    expect(await problemsOf([SRC, '{"type":"Person","id":"person:x","name":"X","sources":[]}'])).toEqual(['line 2, Person person:x: sources: must cite at least one source']);
  });

  it('names the field of a bad date, enum, grade or id', async () => {
    expect(
      await problemsOf([
        SRC,
        `{"type":"Posting","id":"post:x","person":"person:x","organization":"org:y","role":"BOSS","startDate":"2021-13",${cite}}`,
        '{"type":"Person","id":"Person X","name":"X","sources":[{"source":"src:a","locator":"p. 1","credibility":7}]}',
      ]),
    ).toEqual([
      expect.stringMatching(/^line 2, Posting post:x: role: Invalid option: expected one of "HEAD"\|"COMMANDER"/),
      'line 2, Posting post:x: startDate: "2021-13" has month 13: months run 01 to 12',
      'line 3, Person Person X: id: must look like "prefix:name" (lower-case prefix, then letters, digits, . _ - : /)',
      expect.stringMatching(/^line 3, Person Person X: sources\.0\.credibility: /),
    ]);
  });

  it('carries a translation beside a quote in another language, saying whose it is', async () => {
    const ru =
      '{"type":"Source","id":"src:ru","title":"A decree","kind":"GOVERNMENT","reliability":"A","language":"ru","translationStatus":"UNOFFICIAL","reliabilityNote":"The issuing authority’s own site","file":"extra/a.txt","fileLines":"4-6"}';
    const quoted = (c: string) => `{"type":"Person","id":"person:k","name":"K","sources":[{"source":"src:ru","locator":"line 5","credibility":2,${c}}]}`;
    const parsed = parseJsonLines([ru, quoted('"quote":"Президент подписал указ","translation":"The President signed a decree","translationBy":"DATASET"')].join('\n'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.records[1]!.record).toEqual(expect.objectContaining({ sources: [expect.objectContaining({ translation: 'The President signed a decree', translationBy: 'DATASET' })] }));
    expect(
      await problemsOf([
        ru,
        quoted('"translation":"The President signed a decree","translationBy":"DATASET"'),
        quoted('"quote":"Президент","translation":"The President"').replace('person:k', 'person:l'),
        quoted('"quote":"Президент","translationBy":"DATASET"').replace('person:k', 'person:m'),
        quoted('"quote":"Президент","translation":"The President","translationBy":"GOOGLE"').replace('person:k', 'person:n'),
      ]),
    ).toEqual([
      'line 2, Person person:k: sources.0.translation: translates a quote: give the quote verbatim beside it',
      'line 3, Person person:l: sources.0.translationBy: is required with a translation: DATASET (the dataset’s own) or SOURCE',
      'line 4, Person person:m: sources.0.translationBy: says who made a translation, and there is none',
      expect.stringMatching(/^line 5, Person person:n: sources\.0\.translationBy: Invalid option: expected one of "DATASET"\|"SOURCE"/),
    ]);
  });

  it('reads a source’s lines of a shared held file as a line or a range that does not run backwards', async () => {
    const source = (lines: string) => `{"type":"Source","id":"src:p","title":"P","kind":"NEWS","reliability":"B","file":"extra/p.txt","fileLines":"${lines}"}`;
    expect(await problemsOf([source('7'), source('12-15').replace('src:p', 'src:q')])).toEqual([]);
    expect(await problemsOf([source('15-12'), source('0-3').replace('src:p', 'src:q'), source('lines 3').replace('src:p', 'src:r')])).toEqual([
      'line 1, Source src:p: fileLines: must not end before it starts',
      'line 2, Source src:q: fileLines: must be a line ("12") or a range of lines ("12-15")',
      'line 3, Source src:r: fileLines: must be a line ("12") or a range of lines ("12-15")',
    ]);
  });

  it('requires a pseudonym for a PSEUDONYM person', async () => {
    expect(await problemsOf([SRC, `{"type":"Person","id":"person:w","name":"W","protection":"PSEUDONYM",${cite}}`])).toEqual([
      'line 2, Person person:w: pseudonym: is required when protection is PSEUDONYM',
    ]);
  });

  it('reports unknown references, references of the wrong type and unknown sources by field', async () => {
    expect(
      await problemsOf([
        SRC,
        `{"type":"Person","id":"person:p","name":"P",${cite}}`,
        `{"type":"Posting","id":"post:p","person":"person:p","organization":"person:p","role":"HEAD",${cite}}`,
        '{"type":"Participation","id":"part:p","actor":"person:p","event":"event:none","role":"VICTIM","sources":[{"source":"src:none","locator":"x","credibility":1}]}',
      ]),
    ).toEqual([
      'line 3, Posting post:p: organization: refers to "person:p", a Person; expected Organization',
      'line 4, Participation part:p: event: refers to unknown Event or Trial "event:none"',
      'line 4, Participation part:p: sources.0.source: refers to unknown Source "src:none"',
    ]);
  });

  it('lets a record contradict only cited records: a source is where accounts come from, not one of them', async () => {
    expect(
      await problemsOf([SRC, `{"type":"Person","id":"person:p","name":"P","contradicts":["src:a"],${cite}}`, `{"type":"Person","id":"person:q","name":"Q","contradicts":["person:p"],${cite}}`]),
    ).toEqual([
      'line 2, Person person:p: contradicts.0: refers to "src:a", a Source; expected Person, Organization, Place, Event, Trial, Posting, Subordination, Participation, EventLink, LegalProvision or Allegation',
    ]);
  });

  it('resolves references among stored records, and refuses an id stored under another type', async () => {
    const known: KnownRecords = {
      typeOf: (ids) => new Map(ids.filter((id) => id === 'org:stored' || id === 'person:p').map((id) => [id, id === 'org:stored' ? 'Organization' : 'Organization'] as const)),
    };
    expect(
      await problemsOf([SRC, `{"type":"Person","id":"person:p","name":"P",${cite}}`, `{"type":"Posting","id":"post:p","person":"person:p","organization":"org:stored","role":"HEAD",${cite}}`], known),
    ).toEqual(['line 2, Person person:p: id: id is already used by an Organization in the graph']);
  });

  it('reports duplicate ids and intervals that end before they start', async () => {
    expect(
      await problemsOf([
        SRC,
        `{"type":"Organization","id":"org:o","name":"O","kind":"UNIT",${cite}}`,
        `{"type":"Organization","id":"org:o","name":"O again","kind":"UNIT",${cite}}`,
        `{"type":"Subordination","id":"sub:s","child":"org:o","parent":"org:o","classification":"COMMAND","startDate":"2021-05","endDate":"2021-04",${cite}}`,
      ]),
    ).toEqual(['line 3, Organization org:o: id: duplicate id: already used on line 2', 'line 4, Subordination sub:s: endDate: 2021-04 is before startDate 2021-05']);
  });

  it("checks that an allegation's citations name elements of its provision", async () => {
    expect(
      await problemsOf([
        SRC,
        `{"type":"Organization","id":"org:o","name":"O","kind":"AGENCY",${cite}}`,
        `{"type":"Event","id":"event:e","eventType":"DEPORTATION","title":"E",${cite}}`,
        `{"type":"LegalProvision","id":"lp:x","instrument":"Rome Statute","article":"7(1)(d)","title":"Deportation","elements":[{"number":"1","text":"deported","kind":"CONDUCT"}],${cite}}`,
        '{"type":"Allegation","id":"alg:a","accused":"org:o","provision":"lp:x","mode":"ART25_3_A","events":["event:e"],"sources":[{"source":"src:a","locator":"p","credibility":2,"element":"9"}]}',
        '{"type":"Event","id":"event:f","eventType":"RAID","title":"F","sources":[{"source":"src:a","locator":"p","credibility":2,"element":"1"}]}',
      ]),
    ).toEqual([
      'line 5, Allegation alg:a: sources.0.element: element "9" names no element of the allegation\'s crime or mode: its provision lp:x has 1 (cited as "1")',
      "line 6, Event event:f: sources.0.element: only an Allegation's citations name an element",
    ]);
  });

  describe("citations naming an element of the allegation's mode of liability", () => {
    const LAW = [
      SRC,
      `{"type":"Organization","id":"org:o","name":"O","kind":"AGENCY",${cite}}`,
      `{"type":"Event","id":"event:e","eventType":"DEPORTATION","title":"E",${cite}}`,
      `{"type":"LegalProvision","id":"lp:x","instrument":"Rome Statute","article":"7(1)(d)","title":"Deportation","elements":[{"number":"1","text":"deported","kind":"CONDUCT"},{"number":"2","text":"lawfully present","kind":"CIRCUMSTANCE"}],${cite}}`,
    ];
    const MODE_25_3_A = `{"type":"LegalProvision","id":"lp:m","instrument":"Rome Statute of the ICC","article":"25(3)(a)","title":"Commission","elementNumbering":"DATASET","elements":[{"number":"1","text":"committed","kind":"CONDUCT"},{"number":"2","text":"intent","kind":"MENTAL"}],${cite}}`;
    const allegation = (mode: string, ...elements: string[]) =>
      `{"type":"Allegation","id":"alg:a","accused":"org:o","provision":"lp:x","mode":"${mode}","events":["event:e"],"sources":[${elements.map((e) => `{"source":"src:a","locator":"p","credibility":2,"element":"${e}"}`).join(',')}]}`;
    /** The graph as validation asks it: lp:x's and the stored 28(a)'s elements, nothing else. */
    const stored: KnownRecords = {
      typeOf: (ids) => new Map(ids.filter((id) => id === 'lp:x').map((id) => [id, 'LegalProvision'])),
      elementsOf: (ids) => new Map(ids.filter((id) => id === 'lp:x').map((id) => [id, ['1', '2']])),
      modeProvisionsOf: (articles) => new Map(articles.filter((a) => a === '28(a)').map((a) => [a, { id: 'lp:stored-28-a', article: a, numbers: ['1', '2', '3'] }])),
    };

    it("accepts the mode's article and a number, beside the crime's numbers, with the mode's provision in the batch or stored", async () => {
      expect(await problemsOf([...LAW, MODE_25_3_A, allegation('ART25_3_A', '1', '25(3)(a) 1', '25(3)(a) 2')])).toEqual([]);
      expect(await problemsOf([...LAW.filter((l) => !l.includes('"lp:x"')), allegation('ART28_A', '2', '28(a) 3')], stored)).toEqual([]);
    });

    it('refuses an element neither provision has, naming the record, the line and the elements of both', async () => {
      expect(await problemsOf([...LAW, MODE_25_3_A, allegation('ART25_3_A', '3', '25(3)(a) 3', '28(a) 1')])).toEqual(
        ['"3"', '"25(3)(a) 3"', '"28(a) 1"'].map(
          (e, i) =>
            `line 6, Allegation alg:a: sources.${i}.element: element ${e} names no element of the allegation's crime or mode: its provision lp:x has 1, 2 (cited as "1"); its mode ART25_3_A's provision lp:m (art. 25(3)(a)) has 1, 2 (cited as "25(3)(a) 1")`,
        ),
      );
    });

    it("refuses a mode's element when the graph holds no provision for the mode", async () => {
      expect(await problemsOf([...LAW.filter((l) => !l.includes('"lp:x"')), allegation('ART25_3_B', '25(3)(b) 1')], stored)).toEqual([
        `line 4, Allegation alg:a: sources.0.element: element "25(3)(b) 1" names no element of the allegation's crime or mode: its provision lp:x has 1, 2 (cited as "1"); its mode ART25_3_B's provision (art. 25(3)(b)) is not in the graph`,
      ]);
    });
  });
});
