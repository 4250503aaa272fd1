/**
 * The named Cypher queries: every `cypher/queries/**.cypher` file, read once at start-up and
 * exposed by name ("chain/direct-actors" for cypher/queries/chain/direct-actors.cypher). Values
 * always travel as parameters; a file that tries to splice text in is refused at load time.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export class CypherLibraryError extends Error {
  override name = 'CypherLibraryError';
}

export class CypherLibrary {
  private constructor(private readonly queries: ReadonlyMap<string, string>) {}

  /** Loads every .cypher file below `dir`; throws on an unreadable, empty or spliced file. */
  static load(dir: string): CypherLibrary {
    const queries = new Map<string, string>();
    const problems: string[] = [];
    const walk = (d: string) => {
      for (const entry of readdirSync(d).sort()) {
        const path = join(d, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (entry.endsWith('.cypher')) {
          const name = relative(dir, path).split(sep).join('/').replace(/\.cypher$/, '');
          try {
            const text = readFileSync(path, 'utf8').trim();
            if (!text) problems.push(`${path}: is empty`);
            else if (/\$\{|\{\{/.test(text)) problems.push(`${path}: contains a template placeholder; pass values as $parameters`);
            else queries.set(name, text);
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
    if (problems.length) throw new CypherLibraryError(`bad Cypher files:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    return new CypherLibrary(queries);
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
