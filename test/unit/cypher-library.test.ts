import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compact, CypherLibrary } from '../../src/storage/db/cypher-library';
import { splitStatements, loadMigrations } from '../../src/storage/db/migrations';

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

  it('includes fragments where a query names them; fragments are not queries', () => {
    const lib = CypherLibrary.load(dirWith({ 'l/_where.cypher': '  // why b\n  AND n.b = $b', 'l/q.cypher': 'MATCH (n)\nWHERE n.a = $a\n  // @include l/_where\nRETURN n' }));
    expect(lib.names()).toEqual(['l/q']);
    expect(lib.get('l/q')).toBe('MATCH (n)\nWHERE n.a = $a\nAND n.b = $b\nRETURN n');
  });

  it('writes out @projected(n) as the record whole, or as its values under the keys $projection names for its type', () => {
    const lib = CypherLibrary.load(dirWith({ 'l/_row.cypher': 'RETURN @projected(m) AS m', 'l/q.cypher': 'MATCH (n)-->(m)\nWITH n, @projected(n) AS n2, m\n// @include l/_row' }));
    expect(lib.get('l/q')).toBe(
      'MATCH (n)-->(m)\n' +
        'WITH n, CASE WHEN $projection[n.recordType] IS NULL THEN n {.*} ELSE [k IN $projection[n.recordType] | n[k]] END AS n2, m\n' +
        'RETURN CASE WHEN $projection[m.recordType] IS NULL THEN m {.*} ELSE [k IN $projection[m.recordType] | m[k]] END AS m',
    );
  });

  it('sends queries compact: no comment lines, blank lines or indentation (strings and trailing text untouched)', () => {
    expect(compact("// what it does\nMATCH (n)\n\n  // why\n  WHERE n.url = 'http://x'  \nRETURN n")).toBe("MATCH (n)\nWHERE n.url = 'http://x'\nRETURN n");
  });

  it("makes one query per value of a template's @each line, named after the file and the value", () => {
    const lib = CypherLibrary.load(
      dirWith({
        'l/_step.cypher': 'WITH n + 1 AS n',
        'l/walk.cypher': '// @each DEPTH in 1 2\nWITH @DEPTH AS n\n// @include l/_step\nRETURN n',
        'f.cypher': '// @each REL in PERSON TO\nMATCH ()-[:@REL]->(x) RETURN x',
      }),
    );
    expect(lib.names()).toEqual(['f/person', 'f/to', 'l/walk/1', 'l/walk/2']);
    expect(lib.get('f/to')).toBe('MATCH ()-[:TO]->(x) RETURN x');
    expect(lib.get('l/walk/2')).toBe('WITH 2 AS n\nWITH n + 1 AS n\nRETURN n');
  });

  it('refuses a template with two @each lines, a malformed one, a fragment template or a variant that is also a file', () => {
    const files = {
      'two.cypher': '// @each A in X\n// @each B in Y\nRETURN 1',
      'bad.cypher': '// @each a in X\nRETURN 1',
      '_frag.cypher': '// @each A in X\nAND true',
      't.cypher': '// @each A in X\nRETURN 1',
      't/x.cypher': 'RETURN 2',
    };
    expect(() => CypherLibrary.load(dirWith(files))).toThrow(/bad\.cypher: a template has one line[\s\S]*t\.cypher: its variant t\/x is also a file[\s\S]*two\.cypher: a template has one line/);
  });

  it('refuses an include of a missing or non-fragment file, and fragments that include', () => {
    const files = {
      'a.cypher': 'RETURN 1\n// @include _nope',
      'b.cypher': 'RETURN 2\n// @include a',
      '_f.cypher': '// @include _g',
      '_g.cypher': 'AND true',
    };
    expect(() => CypherLibrary.load(dirWith(files))).toThrow(
      /bad Cypher files:\n {2}- .*_f\.cypher: is a fragment and includes another; fragments cannot include\n {2}- .*a\.cypher: includes _nope, which is not a fragment file .*\n {2}- .*b\.cypher: includes a, which is not a fragment file/,
    );
  });

  it('fails on a folder that does not exist', () => {
    expect(() => CypherLibrary.load('/nonexistent/cypher')).toThrow(/cannot read the Cypher folder \/nonexistent\/cypher/);
  });

  it("loads the project's own queries", () => {
    const lib = CypherLibrary.load(join(__dirname, '..', '..', 'cypher', 'queries'));
    expect(lib.names()).toContain('about/summary');
    expect(lib.names().filter((n) => n.includes('/_'))).toEqual([]);
    for (const name of lib.names()) expect(lib.get(name)).not.toMatch(/@include/);
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
