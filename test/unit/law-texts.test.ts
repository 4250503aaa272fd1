/**
 * The seed's legal elements against the checked copy of the official texts (seed/law/): art. 7
 * elements word for word with their official footnotes, each where the Elements of Crimes put it;
 * the modes of liability (arts. 25(3), 28) marked as numbered by the dataset itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSeed } from '../../src/domain/seed/load-seed';
import type { RecordOf } from '../../src/storage/records/schemas';

const SEED = join(__dirname, '..', '..', 'seed');

interface OfficialElement {
  provision: string;
  number: number;
  text: string;
  footnotes?: Record<string, string>;
}

const official: OfficialElement[] = readFileSync(join(SEED, 'law', 'official-elements.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as OfficialElement);
const officialOf = (article: string) => official.filter((o) => o.provision === article);
const isArt7 = (article: string) => article.startsWith('7(');
/** A footnote the copy attaches to the crime's title rather than to the element it is listed under. */
const onTitle = (key: string) => key.includes('attached to the crime title');
const footnoteNumber = (key: string) => key.split(' ')[0]!;

let provisions: RecordOf<'LegalProvision'>[];
beforeAll(async () => {
  provisions = (await readSeed(SEED)).map((r) => r.record).filter((r): r is RecordOf<'LegalProvision'> => r.type === 'LegalProvision');
});

describe('the seed’s legal provisions against seed/law/official-elements.jsonl', () => {
  it('has a provision for every provision of the copy, and no other Rome Statute provision', () => {
    expect(provisions.map((p) => p.article).sort()).toEqual([...new Set(official.map((o) => o.provision))].sort());
  });

  it('art. 7: every element word for word, in the official order, with the official numbering', () => {
    for (const p of provisions.filter((x) => isArt7(x.article))) {
      expect({ article: p.article, numbering: p.elementNumbering }).toEqual({ article: p.article, numbering: 'OFFICIAL' });
      expect(p.elements.map((e) => [e.number, e.text])).toEqual(officialOf(p.article).map((o) => [String(o.number), o.text]));
    }
  });

  it("art. 7: each official footnote on its element, and a footnote on the crime's title on the provision", () => {
    for (const p of provisions.filter((x) => isArt7(x.article))) {
      const rows = officialOf(p.article);
      const onElements = rows.map((o) =>
        Object.entries(o.footnotes ?? {})
          .filter(([key]) => !onTitle(key))
          .map(([key, text]) => `${key}: ${text}`),
      );
      expect({ article: p.article, footnotes: p.elements.map((e) => e.footnotes ?? []) }).toEqual({ article: p.article, footnotes: onElements });
      const onTitleRows = rows.flatMap((o) =>
        Object.entries(o.footnotes ?? {})
          .filter(([key]) => onTitle(key))
          .map(([key, text]) => `${footnoteNumber(key)}: ${text}`),
      );
      expect({ article: p.article, footnotes: p.footnotes ?? [] }).toEqual({ article: p.article, footnotes: onTitleRows });
    }
  });

  it("arts. 25(3) and 28: the elements the copy lists, marked as the dataset's own numbering", () => {
    for (const p of provisions.filter((x) => !isArt7(x.article))) {
      expect({ article: p.article, numbering: p.elementNumbering }).toEqual({ article: p.article, numbering: 'DATASET' });
      expect(p.elements.map((e) => e.number)).toEqual(officialOf(p.article).map((o) => String(o.number)));
      expect(p.elements.flatMap((e) => e.footnotes ?? [])).toEqual([]);
    }
  });
});
