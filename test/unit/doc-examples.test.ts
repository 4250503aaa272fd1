/** How documented examples are read from Markdown and how their answers are compared. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { answerMismatches } from '../support/docs/match-answer';
import { readExamples } from '../support/docs/markdown-examples';
import { splitShellWords } from '../support/docs/shell-words';
import { outputMismatches } from '../support/docs/run-example';
import { brokenLinks, headingSlugs } from '../support/docs/document-links';

describe('answerMismatches', () => {
  it('accepts an identical answer and names the path of every difference', () => {
    expect(answerMismatches({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toEqual([]);
    expect(answerMismatches({ a: [1, { b: 'x' }] }, { a: [2, { b: 'y' }] })).toEqual(['$.a[0]: expected 1, got 2', '$.a[1].b: expected "x", got "y"']);
  });

  it('wants exactly the keys shown: missing and extra keys are both differences', () => {
    expect(answerMismatches({ a: 1, b: 2 }, { a: 1, c: 3 })).toEqual(['$.b: shown but missing from the answer', '$.c: in the answer (3) but not shown']);
  });

  it('tells null, a number, a string, an array and an object apart', () => {
    expect(answerMismatches(null, 0)).toEqual(['$: expected null, got 0']);
    expect(answerMismatches('1', 1)).toEqual(['$: expected "1", got 1']);
    expect(answerMismatches([], {})).toEqual(['$: expected an array, got {}']);
    expect(answerMismatches({}, [])).toEqual(['$: expected an object, got []']);
  });

  it('counts the items of an array without an elision', () => {
    expect(answerMismatches([1, 2], [1, 2, 3])).toEqual(['$: expected 2 items, got 3: [1,2,3]']);
  });

  it('lets "…" stand for any run of items, none included, anywhere in an array', () => {
    expect(answerMismatches([1, '…'], [1, 2, 3])).toEqual([]);
    expect(answerMismatches([1, '…'], [1])).toEqual([]);
    expect(answerMismatches(['…', 3], [1, 2, 3])).toEqual([]);
    expect(answerMismatches([1, '…', 4, '…'], [1, 2, 3, 4, 5])).toEqual([]);
    expect(answerMismatches([1, '…', 4], [1, 2, 3])).toHaveLength(1);
    expect(answerMismatches(['…', 3], [3, 1])[0]).toMatch(/^\$: no way to match the items shown/);
  });

  it('matches a string ending in … by its start', () => {
    expect(answerMismatches('Political prisoners…', 'Political prisoners were deported')).toEqual([]);
    expect(answerMismatches('Political prisoners…', 'Prisoners')).toEqual(['$: expected a string starting "Political prisoners", got "Prisoners"']);
    expect(answerMismatches('Political prisoners…', 7)).toHaveLength(1);
  });

  it('lets placeholders stand for values that change from run to run', () => {
    expect(answerMismatches({ cursor: '<any>', n: '<number>', id: '<id>' }, { cursor: 'WyIy', n: 503, id: 'post:x' })).toEqual([]);
    expect(answerMismatches('<number>', '503')).toEqual(['$: expected a number, got "503"']);
    expect(answerMismatches('<sha256>', '')).toEqual(['$: expected <sha256>, got ""']);
    expect(answerMismatches('<other>', 'x')).toEqual(['$: expected "<other>", got "x"']);
  });
});

describe('outputMismatches', () => {
  it('compares CLI output line by line, with "…" lines and line prefixes', () => {
    expect(outputMismatches(['bundle …', '…', 'OK: all'], ['bundle /tmp/x', 'a', 'b', 'OK: all'])).toEqual([]);
    expect(outputMismatches(['bundle …', 'OK: all'], ['bundle /tmp/x', 'FAILED'])).toEqual(['output[1]: expected "OK: all", got "FAILED"']);
  });
});

describe('splitShellWords', () => {
  it('splits on blanks and keeps quoted text whole', () => {
    expect(splitShellWords(`export --ids org:kgb,org:mvd --out 'my file.gexf' --title "a \\"b\\""`)).toEqual(['export', '--ids', 'org:kgb,org:mvd', '--out', 'my file.gexf', '--title', 'a "b"']);
  });

  it('refuses what it cannot run as written', () => {
    expect(() => splitShellWords('verify $DIR')).toThrow('a shell expansion ($) in a documented CLI example cannot be run as written: verify $DIR');
    expect(() => splitShellWords("verify 'x")).toThrow("unclosed ' in: verify 'x");
  });
});

describe('readExamples', () => {
  const read = (text: string) => readExamples('doc.md', text);

  it('pairs an operation with its variables and its answer, and reads the role it runs as', () => {
    const text = [
      '# A',
      '```graphql as=analyst',
      'query ($id: ID!) { person(id: $id) { name } }',
      '```',
      'with',
      '```json variables',
      '{"id": "p:1"}',
      '```',
      'answers',
      '```json',
      '{"data": {"person": null}}',
      '```',
    ].join('\n');
    expect(read(text)).toEqual([
      { kind: 'graphql', file: 'doc.md', line: 2, role: 'analyst', query: 'query ($id: ID!) { person(id: $id) { name } }', variables: { id: 'p:1' }, answer: { data: { person: null } } },
    ]);
  });

  it('refuses an operation without an answer, before the next operation or heading', () => {
    expect(() => read(['```graphql', '{ a }', '```', '```graphql', '{ b }', '```', '```json', '{}', '```'].join('\n'))).toThrow('doc.md:1: a GraphQL example without its answer');
    expect(() => read(['```graphql', '{ a }', '```', '## B', '```json', '{}', '```'].join('\n'))).toThrow('doc.md:1: a GraphQL example without its answer');
    expect(() => read(['```graphql', '{ a }', '```'].join('\n'))).toThrow('doc.md:1: a GraphQL example without its answer');
  });

  it('names the block whose answer is not JSON', () => {
    expect(() => read(['```graphql', '{ a }', '```', '```json', '{ "a": … }', '```'].join('\n'))).toThrow(/^doc\.md:4: not JSON/);
  });

  it('reads CLI commands and curl lines from shell blocks, each command with its output', () => {
    const text = [
      '```sh',
      'npm install',
      'npm run -s cli -- export --format gexf --out k.gexf   # an analyst',
      'npm run cli -- verify b \\',
      '  --json',
      '```',
      '```json',
      '{"ok": true}',
      '```',
      '```sh',
      "curl -s http://127.0.0.1:4000/graphql -d '{}'",
      '```',
    ].join('\n');
    expect(read(text)).toEqual([
      { kind: 'cli', file: 'doc.md', line: 1, args: ['export', '--format', 'gexf', '--out', 'k.gexf'] },
      { kind: 'cli', file: 'doc.md', line: 1, args: ['verify', 'b', '--json'], answer: { ok: true } },
      { kind: 'curl', file: 'doc.md', line: 10, command: "curl -s http://127.0.0.1:4000/graphql -d '{}'" },
    ]);
  });

  it('leaves other blocks alone: json with no example before it, csv, diagrams', () => {
    const text = ['```json', '{"not": "an answer"}', '```', '```csv', 'a,b', '```', '```', 'src/  the code', '```'].join('\n');
    expect(read(text)).toEqual([]);
  });

  it('does not pair an answer with an example of another section', () => {
    const text = ['```sh', 'npm run cli -- check', '```', '## Errors', '```json', '{"errors": []}', '```'].join('\n');
    expect(read(text)).toEqual([{ kind: 'cli', file: 'doc.md', line: 1, args: ['check'] }]);
  });

  it('reads records blocks line by line', () => {
    expect(read(['```jsonl records', '{"type":"Source"}', '', '{"type":"Person"}', '```'].join('\n'))).toEqual([
      { kind: 'records', file: 'doc.md', line: 1, lines: ['{"type":"Source"}', '{"type":"Person"}'] },
    ]);
  });
});

describe('brokenLinks', () => {
  it('makes the slugs GitHub makes', () => {
    expect(headingSlugs('# Exports and referral bundles\n```\n# not a heading\n```\n## Referral bundles, keys and verification')).toEqual(
      new Set(['exports-and-referral-bundles', 'referral-bundles-keys-and-verification']),
    );
  });

  it('finds links to missing files and missing headings, and accepts the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'links-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'a.md'), '# A\n## Two words\n');
    writeFileSync(join(root, 'README.md'), '[a](docs/a.md) [b](docs/a.md#two-words) [c](docs/b.md) [d](docs/a.md#three) [e](https://example.org/x) [f](#here)\n# Here\n');
    expect(brokenLinks(root, 'README.md')).toEqual(['README.md: docs/b.md: no file docs/b.md', 'README.md: docs/a.md#three: no heading makes #three']);
  });
});
