/**
 * Runs one documented example against a service serving the seed, as a reader would: GraphQL over
 * HTTP with the token `npm start` prints, `curl` lines through bash with `$TOKEN` set, CLI commands
 * through the CLI itself (in-process, in the current folder), records through the records v1
 * schemas. Returns the mismatches with what the document shows (none when the example holds) and
 * what the example really answered, for whoever mends the document.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Service } from '../../../src/entry/service/start';
import { registerCommands } from '../../../src/entry/cli';
import { recordSchema } from '../../../src/storage/records/schemas';
import type { Role } from '../../../src/domain/auth/permissions';
import { gql } from '../service';
import { runCommand } from '../run-command';
import { answerMismatches, ELLIPSIS } from './match-answer';
import type { CliExample, CurlExample, DocExample, GraphqlExample, RecordsExample } from './markdown-examples';

/** What the CLI examples may do: read, export (a case matrix too), verify, check; not write to the database or serve. */
export const CLI_COMMANDS_RUN = new Set(['export', 'matrix', 'verify', 'check', 'audit', 'keys', 'token', 'generate']);

export interface DocRun {
  service: Service;
  /** The token `npm start` prints: admin, cleared. */
  token: string;
}

export interface ExampleOutcome {
  problems: string[];
  actual?: unknown;
}

export async function runExample(run: DocRun, example: DocExample): Promise<ExampleOutcome> {
  switch (example.kind) {
    case 'graphql':
      return runGraphql(run, example);
    case 'curl':
      return runCurl(run, example);
    case 'cli':
      return runCli(example);
    case 'records':
      return { problems: checkRecords(example) };
  }
}

async function runGraphql(run: DocRun, example: GraphqlExample): Promise<ExampleOutcome> {
  const token = example.role ? await run.service.auth.issue({ user: `docs:${example.role}`, roles: [example.role as Role], cleared: false }) : run.token;
  const { body } = await gql(run.service.url, example.query, example.variables ?? {}, { authorization: `Bearer ${token}` });
  return { problems: answerMismatches(example.answer, body), actual: body };
}

async function runCurl(run: DocRun, example: CurlExample): Promise<ExampleOutcome> {
  const command = example.command.replaceAll('http://127.0.0.1:4000', run.service.url);
  const { stdout } = await promisify(execFile)('bash', ['-c', command], { env: { ...process.env, TOKEN: run.token } });
  if (example.answer === undefined) return { problems: [], actual: stdout };
  try {
    const actual: unknown = JSON.parse(stdout);
    return { problems: answerMismatches(example.answer, actual), actual };
  } catch (e) {
    return { problems: [`not JSON (${(e as Error).message})`], actual: stdout };
  }
}

async function runCli(example: CliExample): Promise<ExampleOutcome> {
  const [command] = example.args;
  if (!CLI_COMMANDS_RUN.has(command ?? '')) return { problems: [] };
  const { out, exitCode } = await runCommand(registerCommands, example.args);
  const problems = exitCode === 0 ? [] : [`exit code ${exitCode}: ${out.slice(0, 500)}`];
  if (example.answer !== undefined) problems.push(...answerMismatches(example.answer, JSON.parse(out)));
  if (example.output) problems.push(...outputMismatches(example.output, out.replace(/\n$/, '').split('\n')));
  return { problems, actual: out };
}

/** Line by line: a line `…` stands for any run of lines, a line ending in `…` for any line with that start. */
export function outputMismatches(shown: string[], actual: string[]): string[] {
  const toStrings = (lines: string[]) => lines.map((l) => (l.trim() === ELLIPSIS ? ELLIPSIS : l.trimEnd()));
  return answerMismatches(toStrings(shown), toStrings(actual), 'output');
}

function checkRecords(example: RecordsExample): string[] {
  return example.lines.flatMap((line, i) => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      return [`record ${i + 1}: not JSON: ${(e as Error).message}`];
    }
    const parsed = recordSchema.safeParse(value);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `record ${i + 1}: ${issue.path.join('.')}: ${issue.message}`);
  });
}
