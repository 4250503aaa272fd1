/**
 * The documentation is executable: every example in README.md and docs/*.md runs against a service
 * that has loaded the seed dataset with the default configuration, and its answer is compared with
 * the one the document shows (test/support/docs/markdown-examples.ts says how examples are marked).
 * Operations that write run after every read, so the reads see the seed as `npm start` loads it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Service } from '../../src/entry/service/start';
import { projectRoot } from '../../src/foundations/config/project-root';
import { clearGraph, openTestDatabase, startTestService } from '../support/service';
import { documentFiles, documentedExamples, type DocExample } from '../support/docs/markdown-examples';
import { CLI_COMMANDS_RUN, runExample, type DocRun } from '../support/docs/run-example';
import { brokenLinks } from '../support/docs/document-links';

const ROOT = projectRoot();
const DOCUMENTS = documentFiles(ROOT);

const writes = (e: DocExample) => e.kind === 'graphql' && /^\s*mutation\b/.test(e.query);
const examples = documentedExamples(ROOT);
const ordered = [...examples.filter((e) => !writes(e)), ...examples.filter(writes)];
const title = (e: DocExample) => `${e.file}:${e.line} ${e.kind} ${e.kind === 'graphql' ? e.query.replace(/\s+/g, ' ').slice(0, 60) : e.kind === 'cli' ? e.args.join(' ') : ''}`;

describe('documented examples', () => {
  let service: Service;
  let run: DocRun;
  const cwd = process.cwd();
  const scratch = mkdtempSync(join(tmpdir(), 'evidence-graph-docs-'));
  /** CLI examples write their files (exports, keys) where a reader would: the folder they run in, one per document. */
  const folderOf = (file: string) => {
    const folder = join(scratch, file.replace(/[^A-Za-z0-9.-]/g, '_'));
    mkdirSync(folder, { recursive: true });
    return folder;
  };

  beforeAll(async () => {
    const db = await openTestDatabase();
    await clearGraph(db);
    await db.close();
    // The defaults, as `npm start` has them, but for the seed-on-start and the port.
    service = await startTestService({ SEED_ON_START: 'true' });
    run = { service, token: await service.auth.issue({ user: 'developer', roles: ['admin'], cleared: true }) };
  }, 180_000);

  afterAll(async () => {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
    await service?.close();
  });

  it('finds the examples: every document is read, GraphQL examples have answers', () => {
    expect(examples.filter((e) => e.kind === 'graphql').length).toBeGreaterThan(10);
    const unrun = examples.flatMap((e) => (e.kind === 'cli' && !CLI_COMMANDS_RUN.has(e.args[0]!) ? [e.args[0]!] : []));
    // Commands that write to the database or serve are shown, not run.
    expect(new Set(unrun)).toEqual(new Set(unrun.filter((c) => ['import', 'seed', 'migrate', 'serve', 'db'].includes(c))));
  });

  it('links only to documents and headings that exist', () => {
    expect(DOCUMENTS.flatMap((doc) => brokenLinks(ROOT, doc))).toEqual([]);
  });

  it.each(ordered.map((e) => [title(e), e] as const))('%s', async (_title, example) => {
    process.chdir(folderOf(example.file));
    const { problems, actual } = await runExample(run, example);
    if (problems.length) throw new Error(`${problems.join('\n')}\n\nwhat it answered:\n${typeof actual === 'string' ? actual : JSON.stringify(actual)}`);
  });
});
