export default async function globalTeardown(): Promise<void> {
  const neo4j = (globalThis as { __TEST_NEO4J__?: { stop(): Promise<void> } }).__TEST_NEO4J__;
  await neo4j?.stop();
}
