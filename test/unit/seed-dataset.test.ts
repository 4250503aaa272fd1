/** The curated seed dataset is valid records v1, self-contained, and cites held source files. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RecordsRejected } from '../../src/domain/writes/load-records';
import { readSeed } from '../../src/domain/seed/load-seed';
import { formatProblem, validateBatch, type NumberedRecord } from '../../src/storage/records/validate';
import { parseLineRange } from '../../src/foundations/model/line-range';
import { heldQuoteProblems, type QuotedCitation } from '../../src/domain/sources/held-quotes';

const SEED_DIR = join(__dirname, '..', '..', 'seed');
const SOURCES_DIR = join(SEED_DIR, 'sources');

/** The seed as the service reads it; any problem is returned as text rather than thrown, to be listed by the test. */
async function loadSeed(): Promise<{ records: NumberedRecord[]; problems: string[] }> {
  let records: NumberedRecord[] = [];
  try {
    records = await readSeed(SEED_DIR);
  } catch (e) {
    if (e instanceof RecordsRejected) return { records, problems: e.problems.map(formatProblem) };
    throw e;
  }
  return { records, problems: (await validateBatch(records)).map(formatProblem) };
}

describe('seed dataset', () => {
  it('is valid records v1 whose references all resolve within the dataset', async () => {
    const { records, problems } = await loadSeed();
    expect(problems).toEqual([]);
    expect(records.length).toBeGreaterThan(100);
  });

  it('names only held source files', async () => {
    const { records } = await loadSeed();
    const missing = records
      .map((r) => r.record)
      .filter((r) => r.type === 'Source' && r.file && !existsSync(join(SOURCES_DIR, r.file)))
      .map((r) => r.id);
    expect(missing).toEqual([]);
  });

  it('quotes every held source verbatim: each citation of a held file has a quote found in its source’s lines, on the line its locator names', async () => {
    const { records } = await loadSeed();
    const quotes = new Map<string, QuotedCitation[]>();
    const missing: string[] = [];
    const held = new Set(records.flatMap(({ record }) => (record.type === 'Source' && record.file ? [record.id] : [])));
    for (const { record } of records) {
      if (!('sources' in record)) continue;
      record.sources.forEach((c, i) => {
        if (!held.has(c.source)) return;
        if (!c.quote) missing.push(`${record.id} sources.${i}: no quote from ${c.source}`);
        else quotes.set(c.source, [...(quotes.get(c.source) ?? []), { recordId: record.id, recordType: record.type, locator: c.locator, quote: c.quote }]);
      });
    }
    const problems = records.flatMap(({ record }) =>
      record.type === 'Source' && record.file
        ? heldQuoteProblems({ ...record, file: record.file }, readFileSync(join(SOURCES_DIR, record.file)), quotes.get(record.id) ?? []).map((p) => p.message)
        : [],
    );
    expect([...missing, ...problems]).toEqual([]);
    expect([...quotes.values()].flat().length).toBeGreaterThan(700);
  });

  it('translates every quote in another language than English, as the dataset’s own or the source’s', async () => {
    const { records } = await loadSeed();
    const language = new Map(records.flatMap(({ record }) => (record.type === 'Source' ? [[record.id, record.language ?? 'en'] as const] : [])));
    const untranslated: string[] = [];
    let translated = 0;
    for (const { record } of records) {
      if (!('sources' in record)) continue;
      record.sources.forEach((c, i) => {
        const foreign = language.get(c.source) !== 'en';
        if (c.quote && foreign && !c.translation) untranslated.push(`${record.id} sources.${i}: a quote in ${language.get(c.source)} from ${c.source} without a translation`);
        if (c.translation && !foreign) untranslated.push(`${record.id} sources.${i}: a translation of a quote from ${c.source}, which is in English`);
        if (c.translation) translated += 1;
      });
    }
    expect(untranslated).toEqual([]);
    expect(translated).toBeGreaterThan(40);
  });

  it('gives each page of a file that gathers several its own lines, without overlap, and names every held file', async () => {
    const { records } = await loadSeed();
    const sources = records.flatMap(({ record }) => (record.type === 'Source' && record.file ? [record] : []));
    const byFile = new Map<string, typeof sources>();
    for (const s of sources) byFile.set(s.file!, [...(byFile.get(s.file!) ?? []), s]);
    const problems: string[] = [];
    for (const [file, onFile] of byFile) {
      if (onFile.length === 1) continue;
      const ranges = onFile.map((s) => (s.fileLines ? { id: s.id, ...parseLineRange(s.fileLines) } : { id: s.id, from: 1, to: Infinity })).sort((a, b) => a.from - b.from);
      ranges.forEach((r, i) => {
        if (!onFile[i]!.fileLines) problems.push(`${onFile[i]!.id}: ${file} gathers several pages, so it needs its fileLines`);
        const next = ranges[i + 1];
        if (next && next.from <= r.to) problems.push(`${r.id} and ${next.id} overlap in ${file}`);
      });
    }
    const sums = readFileSync(join(SOURCES_DIR, 'SHA256SUMS'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[1]!);
    for (const file of sums) if (!byFile.has(file)) problems.push(`${file} is held but no Source names it`);
    expect(problems).toEqual([]);
  });

  it('holds every cited document in the repository, each matching its SHA-256 (record and SHA256SUMS)', async () => {
    const sha256 = (file: string) =>
      createHash('sha256')
        .update(readFileSync(join(SOURCES_DIR, file)))
        .digest('hex');
    const sums = new Map(
      readFileSync(join(SOURCES_DIR, 'SHA256SUMS'), 'utf8')
        .trim()
        .split('\n')
        .map((line) => line.split(/\s+/) as [string, string])
        .map(([hash, file]) => [file, hash]),
    );
    for (const [file, hash] of sums) expect({ file, hash: sha256(file) }).toEqual({ file, hash });
    const { records } = await loadSeed();
    for (const { record } of records) {
      if (record.type !== 'Source' || !record.file) continue;
      expect({ source: record.id, sha256: sha256(record.file) }).toEqual({ source: record.id, sha256: record.sha256 });
      expect(sums.get(record.file)).toBe(record.sha256);
    }
  });
});

describe('the repository is self-contained', () => {
  const ROOT = join(__dirname, '..', '..');
  const SKIP = new Set(['node_modules', 'dist', '.data', '.git', 'target', 'generated', 'results']);
  function* files(dir: string): Generator<string> {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIP.has(entry.name)) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) yield* files(path);
      else if (/\.(ts|js|mjs|json|ya?ml|sh|md)$|^Dockerfile$|^run$/.test(entry.name)) yield path;
    }
  }

  it('reads nothing from the folder beside it: code, tests, scripts, compose and docs name only their own files', () => {
    // A path to the folder beside the repository, written as a path or as join() arguments.
    const outside = /\.\.\/shared\b|["']shared["'], *["']sources["']/;
    const readers = [...files(ROOT)].filter((path) => outside.test(readFileSync(path, 'utf8'))).map((path) => relative(ROOT, path));
    expect(readers).toEqual([]);
  });
});
