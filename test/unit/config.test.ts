import { execSync } from 'node:child_process';
import { ConfigError, loadConfig } from '../../src/foundations/config/environment';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  return [];
}

describe('configuration', () => {
  it('has working defaults: port 4000, the local Neo4j on loopback', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(4000);
    expect(c.HOST).toBe('127.0.0.1');
    expect(c.neo4j).toEqual(expect.objectContaining({ uri: 'bolt://127.0.0.1:7687', local: true, user: 'neo4j', database: 'neo4j' }));
    expect(c.localNeo4j.dataDir).toMatch(/\.data\/neo4j$/);
  });

  it('uses NEO4J_URI instead of the local Neo4j when set', () => {
    const c = loadConfig({ NEO4J_URI: 'neo4j+s://db.example.org', NEO4J_USER: 'svc', NEO4J_PASSWORD: 'pw' });
    expect(c.neo4j).toEqual(expect.objectContaining({ uri: 'neo4j+s://db.example.org', user: 'svc', password: 'pw', local: false }));
  });

  it('lists every problem at once, across settings too', () => {
    const p = problems({ PORT: 'abc', LOG_LEVEL: 'loud', NEO4J_URI: 'http://x', SEED_ON_START: 'maybe' });
    expect(p).toHaveLength(5);
    expect(p.join('\n')).toMatch(/^PORT: .*"abc"/m);
    expect(p.join('\n')).toMatch(/^LOG_LEVEL: /m);
    expect(p.join('\n')).toMatch(/^NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI/m);
    expect(p.join('\n')).toMatch(/^SEED_ON_START: /m);
    expect(p).toContain('NEO4J_PASSWORD: is required when NEO4J_URI is set');
  });

  it('never echoes a secret in an error', () => {
    const p = problems({ LOCAL_NEO4J_PASSWORD: 'short' });
    expect(p).toEqual(['LOCAL_NEO4J_PASSWORD: must have at least 8 characters (got a value of 5 characters)']);
  });

  it('rejects out-of-range ports and malformed sizes', () => {
    expect(problems({ PORT: '70000' })[0]).toMatch(/^PORT: /);
    expect(problems({ LOCAL_NEO4J_HEAP: 'lots' })[0]).toMatch(/^LOCAL_NEO4J_HEAP: must be a size such as 512m or 2g/);
  });

  it('reads the query limits: cost 5000, its estimates read again every 300 s', () => {
    const c = loadConfig({});
    expect([c.GRAPHQL_MAX_DEPTH, c.GRAPHQL_MAX_COST, c.GRAPHQL_COST_REFRESH_SECONDS]).toEqual([12, 5000, 300]);
    expect(loadConfig({ GRAPHQL_COST_REFRESH_SECONDS: '60' }).GRAPHQL_COST_REFRESH_SECONDS).toBe(60);
    expect(problems({ GRAPHQL_COST_REFRESH_SECONDS: '0' })[0]).toMatch(/^GRAPHQL_COST_REFRESH_SECONDS: /);
  });

  it('reads the export jobs: 2 running per replica, 100 kept, a heartbeat every 10 s, stale after 60 s', () => {
    expect(loadConfig({}).exports.jobs).toEqual({ maxRunning: 2, kept: 100, heartbeatMs: 10_000, staleMs: 60_000 });
    expect(loadConfig({ EXPORT_JOB_HEARTBEAT_SECONDS: '2', EXPORT_JOB_STALE_SECONDS: '5' }).exports.jobs).toMatchObject({ heartbeatMs: 2000, staleMs: 5000 });
    expect(problems({ EXPORT_JOB_STALE_SECONDS: '15' })).toEqual(['EXPORT_JOB_STALE_SECONDS: must be at least twice EXPORT_JOB_HEARTBEAT_SECONDS, or a slow heartbeat fails a live export']);
  });

  it('only src/foundations/config reads process.env', () => {
    const hits = execSync('grep -rln "process\\.env" src || true', { cwd: `${__dirname}/../..` })
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
    expect(hits).toEqual(['src/foundations/config/environment.ts']);
  });
});
