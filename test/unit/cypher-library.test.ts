import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CypherLibrary } from '../../src/db/cypher-library';
import { splitStatements, loadMigrations } from '../../src/db/migrations';

function dirWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cypher-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('Cypher library', () => {
  it('names queries by their path below the folder', () => {
    const lib = CypherLibrary.load(dirWith({ 'a/b.cypher': 'RETURN $x', 'c.cypher': 'RETURN 1', 'notes.txt': 'ignored' }));
    expect(lib.names()).toEqual(['a/b', 'c']);
    expect(lib.get('a/b')).toBe('RETURN $x');
  });

  it('refuses empty files and spliced text, listing every bad file', () => {
    expect(() => CypherLibrary.load(dirWith({ 'empty.cypher': '  \n', 'splice.cypher': 'MATCH (n {id: "${id}"}) RETURN n' }))).toThrow(
      /bad Cypher files:\n {2}- .*empty\.cypher: is empty\n {2}- .*splice\.cypher: contains a template placeholder; pass values as \$parameters/,
    );
  });

  it('says which file is missing', () => {
    const lib = CypherLibrary.load(dirWith({ 'x.cypher': 'RETURN 1' }));
    expect(() => lib.get('chain/nope')).toThrow('no Cypher query named "chain/nope" (cypher/queries/chain/nope.cypher)');
    expect(() => lib.require(['x', 'y/z'])).toThrow('missing Cypher files: cypher/queries/y/z.cypher');
  });

  it('fails on a folder that does not exist', () => {
    expect(() => CypherLibrary.load('/nonexistent/cypher')).toThrow(/cannot read the Cypher folder \/nonexistent\/cypher/);
  });

  it('loads the project\'s own queries', () => {
    const lib = CypherLibrary.load(join(__dirname, '..', '..', 'cypher', 'queries'));
    expect(lib.names()).toContain('about/summary');
  });
});

describe('migration files', () => {
  it('split into statements, comments dropped', () => {
    expect(splitStatements('// a comment\nCREATE A;\nCREATE B;\n\n// end\n')).toEqual(['CREATE A', 'CREATE B']);
  });

  it('must be numbered', () => {
    expect(() => loadMigrations(dirWith({ 'constraints.cypher': 'CREATE A;' }))).toThrow('migration files must be named NNNN_name.cypher: constraints.cypher');
  });
});
