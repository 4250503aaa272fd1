/** The curated seed dataset is valid records v1, self-contained, and cites held source files. */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RecordsRejected } from '../../src/records/load-records';
import { readSeed } from '../../src/seed/load-seed';
import { formatProblem, validateBatch, type NumberedRecord } from '../../src/records/validate';

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

  it('quotes every held source verbatim: each citation of a held file has a quote found in that file', async () => {
    const { records } = await loadSeed();
    const fold = (s: string) =>
      s
        .replace(/[\u2018\u2019]/g, "'")
        .replace(/[\u201c\u201d]/g, '"')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase();
    const files = new Map<string, string>();
    for (const { record } of records) {
      if (record.type === 'Source' && record.file) files.set(record.id, fold(readFileSync(join(SOURCES_DIR, record.file), 'utf8')));
    }
    const bad: string[] = [];
    for (const { record } of records) {
      if (!('sources' in record)) continue;
      record.sources.forEach((c, i) => {
        const text = files.get(c.source);
        if (text === undefined) return;
        if (!c.quote) bad.push(`${record.id} sources.${i}: no quote from ${c.source}`);
        else if (!text.includes(fold(c.quote))) bad.push(`${record.id} sources.${i}: quote not found in ${c.source}: "${c.quote.slice(0, 80)}"`);
      });
    }
    expect(bad).toEqual([]);
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
