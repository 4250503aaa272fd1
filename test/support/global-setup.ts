/**
 * Starts one throw-away Neo4j for the whole run and points the tests' environment at it
 * (NEO4J_URI), so no test touches a development database. Integration tests never mock Neo4j.
 */
import { networkxPythonPath } from './python-networkx';
import { startTestNeo4j, TEST_PASSWORD } from './test-neo4j';

export default async function globalSetup(): Promise<void> {
  // Before Neo4j starts, so that a missing parser fails the run at once and with what to do.
  process.env.TEST_NETWORKX_PYTHONPATH = networkxPythonPath();
  const neo4j = await startTestNeo4j('jest');
  (globalThis as { __TEST_NEO4J__?: unknown }).__TEST_NEO4J__ = neo4j;
  process.env.NEO4J_URI = neo4j.uri;
  process.env.NEO4J_USER = 'neo4j';
  process.env.NEO4J_PASSWORD = TEST_PASSWORD;
  process.env.TEST_NEO4J_DATA_DIR = neo4j.settings.dataDir;
  process.env.TEST_NEO4J_PORT = String(neo4j.settings.port);
}
