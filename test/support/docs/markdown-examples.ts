/**
 * The runnable examples of a Markdown document, read from its fenced code blocks:
 *
 * - ` ```graphql ` — an operation, sent as the admin token `npm start` prints (cleared), or as
 *   `as=ROLE` says (` ```graphql as=analyst `: that role, not cleared);
 * - ` ```json variables ` — the variables of the operation before it;
 * - ` ```json ` — the answer of the example before it (an operation, a `curl` block, or a CLI
 *   command), compared by `answerMismatches`. Every operation must have one before the next
 *   operation or heading;
 * - ` ```sh ` — shell lines: `npm run [-s] cli -- …` commands and `curl` requests to the service
 *   are examples (a block's last one may have an answer); other lines (`npm install`, `export …`)
 *   are instructions, not run;
 * - ` ```text ` — the standard output of the CLI command before it, compared line by line with
 *   the same elisions (a line `…` for any lines, a line ending in `…` for a prefix);
 * - ` ```jsonl records ` — records v1 lines, each validated against the records v1 schemas.
 *
 * Any other block (` ```csv `, ` ```json ` with no example before it, diagrams) is left alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitShellWords } from './shell-words';

export interface Located {
  file: string;
  /** 1-based line of the block's opening fence. */
  line: number;
}

export interface GraphqlExample extends Located {
  kind: 'graphql';
  query: string;
  variables?: Record<string, unknown>;
  role?: string;
  answer?: unknown;
}

export interface CliExample extends Located {
  kind: 'cli';
  /** The arguments after `npm run [-s] cli --`. */
  args: string[];
  /** The expected standard output, as lines. */
  output?: string[];
  answer?: unknown;
}

export interface CurlExample extends Located {
  kind: 'curl';
  command: string;
  answer?: unknown;
}

export interface RecordsExample extends Located {
  kind: 'records';
  lines: string[];
}

export type DocExample = GraphqlExample | CliExample | CurlExample | RecordsExample;

interface Block extends Located {
  info: string[];
  body: string;
  /** Whether a heading stands between this block and the previous one. */
  afterHeading: boolean;
}

export function readBlocks(file: string, text = readFileSync(file, 'utf8')): Block[] {
  const blocks: Block[] = [];
  const lines = text.split('\n');
  let heading = true;
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)(.*)$/.exec(lines[i]!);
    if (!open) {
      if (/^#{1,6} /.test(lines[i]!)) heading = true;
      continue;
    }
    const end = lines.findIndex((l, k) => k > i && /^```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: a code block that never closes`);
    blocks.push({ file, line: i + 1, info: [open[1]!, ...open[2]!.trim().split(/\s+/).filter(Boolean)], body: lines.slice(i + 1, end).join('\n'), afterHeading: heading });
    heading = false;
    i = end;
  }
  return blocks;
}

/** The examples of one document, in order, each with what the document says it answers. */
export function readExamples(file: string, text?: string): DocExample[] {
  const examples: DocExample[] = [];
  let awaiting: GraphqlExample | CliExample | CurlExample | undefined;
  const where = (b: Located) => `${b.file}:${b.line}`;
  for (const block of readBlocks(file, text)) {
    const [lang, ...flags] = block.info;
    if (block.afterHeading) {
      if (awaiting?.kind === 'graphql' && awaiting.answer === undefined) throw new Error(`${where(awaiting)}: a GraphQL example without its answer (a json block after it)`);
      awaiting = undefined; // an answer belongs to an example in its own section
    }
    if (lang === 'graphql') {
      if (awaiting?.kind === 'graphql' && awaiting.answer === undefined) throw new Error(`${where(awaiting)}: a GraphQL example without its answer (a json block after it)`);
      const role = flags.find((f) => f.startsWith('as='))?.slice(3);
      awaiting = { kind: 'graphql', file: block.file, line: block.line, query: block.body, role };
      examples.push(awaiting);
    } else if (lang === 'json' && flags.includes('variables')) {
      if (awaiting?.kind !== 'graphql') throw new Error(`${where(block)}: variables with no GraphQL example before them`);
      awaiting.variables = parseJson(block, block.body) as Record<string, unknown>;
    } else if (lang === 'json' && awaiting && awaiting.answer === undefined && (awaiting.kind !== 'cli' || awaiting.output === undefined)) {
      awaiting.answer = parseJson(block, block.body);
    } else if (lang === 'text' && awaiting?.kind === 'cli' && awaiting.output === undefined) {
      awaiting.output = block.body.split('\n');
    } else if (lang === 'sh') {
      const found = shellExamples(block);
      examples.push(...found);
      awaiting = found.at(-1);
    } else if (lang === 'jsonl' && flags.includes('records')) {
      examples.push({ kind: 'records', file: block.file, line: block.line, lines: block.body.split('\n').filter((l) => l.trim()) });
    }
  }
  if (awaiting?.kind === 'graphql' && awaiting.answer === undefined) throw new Error(`${where(awaiting)}: a GraphQL example without its answer (a json block after it)`);
  return examples;
}

const CLI = /^npm run (?:-s )?cli -- (.*)$/;

/** The CLI commands and curl requests of a shell block; a line ending in `\` continues on the next. */
function shellExamples(block: Block): (CliExample | CurlExample)[] {
  const commands = block.body.replace(/\\\n\s*/g, ' ').split('\n');
  const found: (CliExample | CurlExample)[] = [];
  for (const raw of commands) {
    const line = raw.replace(/\s+#\s.*$/, '').trim();
    const cli = CLI.exec(line);
    if (cli) found.push({ kind: 'cli', file: block.file, line: block.line, args: splitShellWords(cli[1]!) });
    else if (/^curl\s/.test(line)) found.push({ kind: 'curl', file: block.file, line: block.line, command: line });
  }
  return found;
}

function parseJson(block: Block, body: string): unknown {
  try {
    return JSON.parse(body);
  } catch (e) {
    throw new Error(`${block.file}:${block.line}: not JSON: ${(e as Error).message}`, { cause: e });
  }
}

/** The documents whose examples run: README.md and docs/*.md, as paths relative to `root`. */
export function documentFiles(root: string): string[] {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md'));
  return ['README.md', ...docs.map((f) => join('docs', f))];
}

/** Every example of every document, each named by its document's path relative to `root`. */
export function documentedExamples(root: string): DocExample[] {
  return documentFiles(root).flatMap((doc) => readExamples(join(root, doc)).map((e) => ({ ...e, file: doc })));
}
