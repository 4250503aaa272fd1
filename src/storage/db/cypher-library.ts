/**
 * The named Cypher queries: every `cypher/queries/**.cypher` file, read once at start-up and
 * exposed by name ("chain/event-chain" for cypher/queries/chain/event-chain.cypher). Values
 * always travel as parameters; a file that tries to splice text in is refused at load time.
 *
 * Conditions several queries share live once, in a fragment: a file whose name starts with `_`
 * (cypher/queries/lists/_event-filter.cypher) is not a query itself, and a line
 * `// @include lists/_event-filter` in a query is replaced by its text at load time. Fragments do
 * not include others, so what a query runs is always its file plus the fragments it names.
 *
 * Queries that differ only by a relationship type or a word of a clause are one file, a template:
 * a line `// @each REL in PERSON ACCUSED` makes one query per value, named after the file and the
 * value (graphql/facts-by-target/person, graphql/facts-by-target/accused), with `@REL` replaced by
 * the value. Values are words from the file itself, never from a request, and each variant is a
 * query of its own, planned at start-up and with a plan of its own (a relationship type given as a
 * parameter would leave the planner unable to expand only that type).
 *
 * `@projected(n)` in a query is the record `n` as `$projection` asks for it: whole (`n {.*}`) when
 * `$projection` does not name its type, else the list of its values under the keys named, in
 * order. The one place that writes this encoding, which src/storage/records/projected.ts reads.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export class CypherLibraryError extends Error {
  override name = 'CypherLibraryError';
}

const INCLUDE = /^[ \t]*\/\/ @include (\S+)[ \t]*$/gm;
const EACH = /^[ \t]*\/\/ @each[ \t]+(.*)$/gm;
const EACH_CLAUSE = /^([A-Z][A-Z0-9_]*) in((?:[ \t]+[A-Za-z0-9_]+)+)[ \t]*$/;
const PROJECTED = /@projected\(([A-Za-z_][A-Za-z0-9_]*)\)/g;

/** `@projected(n)` written out (see the top of this file). */
const projected = (text: string): string =>
  text.replace(PROJECTED, (_m, n: string) => `CASE WHEN $projection[${n}.recordType] IS NULL THEN ${n} {.*} ELSE [k IN $projection[${n}.recordType] | ${n}[k]] END`);

/** Whether a file name (without .cypher) is a fragment to include rather than a query. */
function isFragment(name: string): boolean {
  return name.split('/').at(-1)!.startsWith('_');
}

/** Replaces each template by its variants, one query per value of its `@each` line. */
function expandTemplates(dir: string, files: Map<string, string>, problems: string[]): Map<string, string> {
  const where = (name: string) => `${join(dir, ...name.split('/'))}.cypher`;
  const expanded = new Map<string, string>();
  for (const [name, text] of files) {
    const lines = [...text.matchAll(EACH)];
    if (!lines.length) {
      expanded.set(name, text);
      continue;
    }
    const clause = lines[0]![1]!.trim().match(EACH_CLAUSE);
    if (lines.length > 1 || isFragment(name) || !clause) {
      problems.push(`${where(name)}: a template has one line "// @each NAME in VALUE VALUE…" and is not a fragment`);
      continue;
    }
    const placeholder = new RegExp(`@${clause[1]!}\\b`, 'g');
    for (const value of clause[2]!.trim().split(/[ \t]+/)) {
      const variant = `${name}/${value.toLowerCase()}`;
      if (files.has(variant) || expanded.has(variant)) problems.push(`${where(name)}: its variant ${variant} is also a file or another variant`);
      expanded.set(variant, text.replace(placeholder, value));
    }
  }
  return expanded;
}

/** Replaces each include line of every query with its fragment; lists what cannot be included. */
function resolveIncludes(dir: string, files: Map<string, string>, problems: string[]): Map<string, string> {
  const where = (name: string) => `${join(dir, ...name.split('/'))}.cypher`;
  const queries = new Map<string, string>();
  for (const [name, text] of files) {
    if (isFragment(name)) {
      if (text.match(INCLUDE)) problems.push(`${where(name)}: is a fragment and includes another; fragments cannot include`);
      continue;
    }
    queries.set(
      name,
      text.replace(INCLUDE, (line, fragment: string) => {
        const included = isFragment(fragment) ? files.get(fragment) : undefined;
        if (included === undefined) problems.push(`${where(name)}: includes ${fragment}, which is not a fragment file (cypher/queries/<folder>/_<name>.cypher)`);
        return included ?? line;
      }),
    );
  }
  return queries;
}

/**
 * What is sent: the query without its comment lines, blank lines and indentation. The text goes
 * out with every request and is the key of Neo4j's plan cache; the comments are for the reader of
 * the file (an unrolled walk's comments, repeated at every level, would be most of its text).
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('//'))
    .join('\n');
}

export class CypherLibrary {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  /** Loads every .cypher file below `dir`; throws on an unreadable, empty or spliced file. */
  static load(dir: string): CypherLibrary {
    const files = new Map<string, string>();
    const problems: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d).sort()) {
        const path = join(d, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.cypher')) {
          const name = relative(dir, path)
            .split(sep)
            .join('/')
            .replace(/\.cypher$/, '');
          try {
            // A fragment keeps its indentation, as it goes into the middle of a query.
            const raw = readFileSync(path, 'utf8');
            const text = isFragment(name) ? raw.replace(/^(?:[ \t]*\n)+/, '').trimEnd() : raw.trim();
            if (!text) problems.push(`${path}: is empty`);
            else if (/\$\{|\{\{/.test(text)) problems.push(`${path}: contains a template placeholder; pass values as $parameters`);
            else files.set(name, projected(text));
          } catch (e) {
            problems.push(`${path}: cannot be read: ${(e as Error).message}`);
          }
        }
      }
    };
    try {
      walk(dir);
    } catch (e) {
      throw new CypherLibraryError(`cannot read the Cypher folder ${dir}: ${(e as Error).message}`);
    }
    const queries = resolveIncludes(dir, expandTemplates(dir, files, problems), problems);
    if (problems.length) throw new CypherLibraryError(`bad Cypher files:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return new CypherLibrary(new Map([...queries].map(([name, text]) => [name, compact(text)])));
  }

  get(name: string): string {
    const q = this.queries.get(name);
    if (q === undefined) throw new CypherLibraryError(`no Cypher query named "${name}" (cypher/queries/${name}.cypher)`);
    return q;
  }

  has(name: string): boolean {
    return this.queries.has(name);
  }

  names(): string[] {
    return [...this.queries.keys()];
  }

  /** Throws at start-up if any of `names` is missing, so a renamed file fails fast. */
  require(names: readonly string[]): void {
    const missing = names.filter((n) => !this.queries.has(n));
    if (missing.length) throw new CypherLibraryError(`missing Cypher files: ${missing.map((n) => `cypher/queries/${n}.cypher`).join(', ')}`);
  }
}
