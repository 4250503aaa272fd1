#!/usr/bin/env node
// Builds the local Neo4j launcher (tools/neo4j) with Maven, so that `npm start` and `npm test`
// have a real Neo4j 5.26 without Docker. Runs on `npm install`; skipped when the launcher is
// already built for the current pom, when EVIDENCE_GRAPH_SKIP_NEO4J_BUILD=1 (the Docker image,
// which talks to the compose Neo4j), or when Maven is missing (with a warning saying what breaks).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const toolDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'tools', 'neo4j');
const stamp = join(toolDir, 'target', 'build.stamp');

if (process.env.EVIDENCE_GRAPH_SKIP_NEO4J_BUILD === '1') {
  console.log('evidence-graph: skipping the local Neo4j build (EVIDENCE_GRAPH_SKIP_NEO4J_BUILD=1)');
  process.exit(0);
}

const inputs = ['pom.xml', 'src/main/java/evidencegraph/LocalNeo4j.java']
  .map((f) => readFileSync(join(toolDir, f)))
  .reduce((h, buf) => h.update(buf), createHash('sha256'))
  .digest('hex');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs && existsSync(join(toolDir, 'target', 'lib'))) {
  process.exit(0);
}

const mvn = spawnSync('mvn', ['--version'], { stdio: 'ignore' });
if (mvn.error || mvn.status !== 0) {
  console.warn(
    'evidence-graph: Maven (mvn) not found: the local Neo4j cannot be built, so `npm start` and `npm test`\n' +
      'will need NEO4J_URI pointing at a running Neo4j 5.26. Install Java 17 and Maven, then run `npm rebuild` or\n' +
      '`node scripts/build-neo4j.mjs`.',
  );
  process.exit(0);
}

console.log('evidence-graph: building the local Neo4j 5.26 launcher with Maven (first time: downloads ~130 MB)…');
const started = Date.now();
const build = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: toolDir, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('evidence-graph: the Maven build of tools/neo4j failed (see above).');
  process.exit(build.status ?? 1);
}
writeFileSync(stamp, inputs);
const libs = statSync(join(toolDir, 'target', 'lib')).isDirectory();
console.log(`evidence-graph: local Neo4j launcher ready${libs ? '' : ' (no lib folder?)'} in ${Math.round((Date.now() - started) / 1000)} s`);
