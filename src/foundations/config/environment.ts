/**
 * The one place that reads process.env. Every setting is validated with zod at start-up; a bad
 * environment stops the process with every problem listed, not just the first.
 */
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root';

const port = z.coerce.number().int().min(1).max(65535);
const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const size = z.string().regex(/^\d+[kmgKMG]?$/, 'must be a size such as 512m or 2g');
const TTL = /^[1-9]\d*[smhd]$/;

/** SOURCES_DIR unless set: the documents the seed dataset cites, kept in the repository. */
export const DEFAULT_SOURCES_DIR = 'seed/sources';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  /** 0 picks a free port (tests). */
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Set to use an existing Neo4j (compose, Aura, a cluster); unset to start the local one. */
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'must be a neo4j:// or bolt:// URI (optionally +s or +ssc)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** Server-side limit for every transaction the service runs, in seconds. */
  NEO4J_TX_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  LOCAL_NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('evidence-graph-local'),
  LOCAL_NEO4J_HEAP: size.default('1g'),
  LOCAL_NEO4J_PAGECACHE: size.default('512m'),
  /** Load the seed dataset at start-up when the database holds no records. */
  SEED_ON_START: bool.default(true),
  /** Where the held source documents are (for referral bundles, GET /sources/<id> and the seed's citations). */
  SOURCES_DIR: z.string().min(1).default(DEFAULT_SOURCES_DIR),
  /** Largest accepted request body, e.g. 1m. */
  MAX_BODY_SIZE: size.default('1m'),
  /** HS256 key that signs and verifies bearer tokens (at least 32 bytes). */
  AUTH_JWT_SECRET: z
    .string()
    .refine((s) => Buffer.byteLength(s, 'utf8') >= 32, 'must be at least 32 bytes (e.g. `openssl rand -base64 48`)')
    .optional(),
  /** A JWKS JSON file of public keys (RS*, PS*, ES*, EdDSA) that verify bearer tokens; verification only. */
  AUTH_JWKS_FILE: z.string().min(1).optional(),
  /** When set, tokens must carry this `iss` (and issued tokens get it). */
  AUTH_ISSUER: z.string().min(1).optional(),
  /** When set, tokens must carry this `aud` (and issued tokens get it). */
  AUTH_AUDIENCE: z.string().min(1).optional(),
  /** Lifetime of tokens the service issues (`token` command, development token): 30m, 8h, 7d. */
  AUTH_TOKEN_TTL: z.string().regex(TTL, 'must be a duration such as 30m, 8h or 7d').default('8h'),
  /** Deepest accepted GraphQL selection nesting (introspection fields not counted). */
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(1).max(1000).default(12),
  /** Highest accepted query cost: every field 1, times the items of the lists above it (bounded by arguments, else estimated from the data). */
  GRAPHQL_MAX_COST: z.coerce.number().int().min(1).default(5000),
  /** How often the list estimates behind the query cost are read again from the database, in seconds. */
  GRAPHQL_COST_REFRESH_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
  /** /graphql requests per viewer per minute (a token bucket); 0 disables the limit. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** An Ed25519 private key (PKCS#8 PEM) that signs referral bundles (`evidence-graph keys generate`). */
  EXPORT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** Where exports started from GraphQL are written, one folder per job. */
  EXPORT_DIR: z.string().min(1).default('.data/exports'),
  /** GraphQL exports one replica runs at once (each reads and writes for a while); past it startExport is refused. */
  EXPORT_JOBS_MAX_RUNNING: z.coerce.number().int().min(1).max(100).default(2),
  /** Finished export jobs kept (in the database, their files in EXPORT_DIR); the oldest beyond it are removed. */
  EXPORT_JOBS_KEPT: z.coerce.number().int().min(1).max(100_000).default(100),
  /** How often a replica running an export says so in the database, in seconds. */
  EXPORT_JOB_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  /** A RUNNING job with no heartbeat for this long was lost with its replica: it is marked FAILED. */
  EXPORT_JOB_STALE_SECONDS: z.coerce.number().int().min(2).max(86_400).default(60),
  /** Element coverage: evidence counts toward corroboration only at this grade or better (source reliability and credibility, e.g. B3). */
  COVERAGE_MIN_GRADE: z
    .string()
    .regex(/^[A-F][1-6]$/, 'must be a grade: a reliability letter A–F and a credibility digit 1–6, e.g. B3')
    .default('B3'),
  /** Element coverage: independent publishers (at COVERAGE_MIN_GRADE or better) an element needs to be SUPPORTED rather than WEAK. */
  COVERAGE_MIN_PUBLISHERS: z.coerce.number().int().min(1).max(20).default(2),
});

export type Environment = z.infer<typeof schema>;

export interface Config extends Environment {
  /** The Neo4j the service talks to: NEO4J_URI, or the local instance's Bolt address. */
  neo4j: { uri: string; user: string; password: string; database: string; local: boolean };
  localNeo4j: { port: number; dataDir: string; password: string; heap: string; pagecache: string; txTimeoutSeconds: number };
  sourcesDir: string;
  auth: AuthConfig;
  exports: ExportsConfig;
  coverage: CoverageConfig;
}

/** The thresholds of element coverage (src/domain/coverage): below them, evidence for an element is WEAK. */
export interface CoverageConfig {
  minGrade: string;
  minPublishers: number;
}

/**
 * Where exports go and what signs referral bundles. `development`: no EXPORT_SIGNING_KEY_FILE
 * outside production, so a key is generated once into `devKeyFile` (in memory only under
 * NODE_ENV=test). `none`: production without a key; bundle exports refuse, other formats work.
 */
export interface ExportsConfig {
  dir: string;
  jobs: { maxRunning: number; kept: number; heartbeatMs: number; staleMs: number };
  signing: { mode: 'file'; keyFile: string } | { mode: 'development'; devKeyFile?: string } | { mode: 'none' };
}

/**
 * How bearer tokens are checked. `development`: neither AUTH_JWT_SECRET nor AUTH_JWKS_FILE is set
 * outside production, so the service uses a random HS256 secret kept in `devSecretFile`.
 */
export type AuthConfig = { issuer?: string; audience?: string; tokenTtl: string } & (
  | { mode: 'secret'; secret: string }
  | { mode: 'jwks'; jwksFile: string }
  /** devSecretFile is unset under NODE_ENV=test: the secret then lives in memory only. */
  | { mode: 'development'; devSecretFile?: string }
);

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const SECRET = /PASSWORD|SECRET|KEY|TOKEN/;

/** A setting's value for an error message; secrets are never echoed. */
function shown(name: string, env: NodeJS.ProcessEnv): string {
  const value = env[name];
  if (value === undefined) return 'nothing';
  return SECRET.test(name) && name !== 'AUTH_TOKEN_TTL' ? `a value of ${value.length} characters` : JSON.stringify(value);
}

function crossSettingProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  if (env.NEO4J_URI && !env.NEO4J_PASSWORD) problems.push('NEO4J_PASSWORD: is required when NEO4J_URI is set');
  const heartbeat = Number(env.EXPORT_JOB_HEARTBEAT_SECONDS ?? 10);
  const stale = Number(env.EXPORT_JOB_STALE_SECONDS ?? 60);
  if (heartbeat * 2 > stale) problems.push('EXPORT_JOB_STALE_SECONDS: must be at least twice EXPORT_JOB_HEARTBEAT_SECONDS, or a slow heartbeat fails a live export');
  if (env.AUTH_JWT_SECRET && env.AUTH_JWKS_FILE) problems.push('AUTH_JWT_SECRET, AUTH_JWKS_FILE: set one of them, not both');
  if (env.NODE_ENV === 'production' && !env.AUTH_JWT_SECRET && !env.AUTH_JWKS_FILE) {
    problems.push('AUTH_JWT_SECRET or AUTH_JWKS_FILE: one is required in production (an HS256 secret of at least 32 bytes, or a JWKS file of public keys)');
  }
  return problems;
}

/** A configured path: absolute as given, relative to the project root otherwise. */
export const inProject = (p: string) => (isAbsolute(p) ? p : resolve(projectRoot(), p));

/** Validates an environment (process.env by default). Throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = schema.safeParse(env);
  // Rules across settings are checked on the raw environment too, so they are listed alongside
  // the per-setting problems rather than only once those are fixed.
  const problems = crossSettingProblems(env);
  if (!result.success) {
    problems.unshift(...result.error.issues.map((i) => `${i.path.join('.') || 'environment'}: ${i.message} (got ${shown(String(i.path[0]), env)})`));
  }
  if (problems.length || !result.success) throw new ConfigError(problems);
  const e = result.data;
  const local = !e.NEO4J_URI;
  return {
    ...e,
    neo4j: {
      uri: e.NEO4J_URI ?? `bolt://127.0.0.1:${e.LOCAL_NEO4J_PORT}`,
      user: local ? 'neo4j' : e.NEO4J_USER,
      password: local ? e.LOCAL_NEO4J_PASSWORD : e.NEO4J_PASSWORD!,
      database: e.NEO4J_DATABASE,
      local,
    },
    localNeo4j: {
      port: e.LOCAL_NEO4J_PORT,
      dataDir: inProject(e.LOCAL_NEO4J_DATA_DIR),
      password: e.LOCAL_NEO4J_PASSWORD,
      heap: e.LOCAL_NEO4J_HEAP,
      pagecache: e.LOCAL_NEO4J_PAGECACHE,
      txTimeoutSeconds: e.NEO4J_TX_TIMEOUT_SECONDS,
    },
    sourcesDir: inProject(e.SOURCES_DIR),
    auth: {
      issuer: e.AUTH_ISSUER,
      audience: e.AUTH_AUDIENCE,
      tokenTtl: e.AUTH_TOKEN_TTL,
      ...(e.AUTH_JWT_SECRET
        ? { mode: 'secret' as const, secret: e.AUTH_JWT_SECRET }
        : e.AUTH_JWKS_FILE
          ? { mode: 'jwks' as const, jwksFile: inProject(e.AUTH_JWKS_FILE) }
          : { mode: 'development' as const, devSecretFile: e.NODE_ENV === 'test' ? undefined : inProject('.data/dev-jwt-secret') }),
    },
    exports: {
      dir: inProject(e.EXPORT_DIR),
      jobs: { maxRunning: e.EXPORT_JOBS_MAX_RUNNING, kept: e.EXPORT_JOBS_KEPT, heartbeatMs: e.EXPORT_JOB_HEARTBEAT_SECONDS * 1000, staleMs: e.EXPORT_JOB_STALE_SECONDS * 1000 },
      signing: e.EXPORT_SIGNING_KEY_FILE
        ? { mode: 'file', keyFile: inProject(e.EXPORT_SIGNING_KEY_FILE) }
        : e.NODE_ENV === 'production'
          ? { mode: 'none' }
          : { mode: 'development', devKeyFile: e.NODE_ENV === 'test' ? undefined : inProject('.data/dev-signing-key.pem') },
    },
    coverage: { minGrade: e.COVERAGE_MIN_GRADE, minPublishers: e.COVERAGE_MIN_PUBLISHERS },
  };
}

/** A duration such as 8h (AUTH_TOKEN_TTL, `token --ttl`) in seconds; undefined when malformed. */
export function durationSeconds(ttl: string): number | undefined {
  if (!TTL.test(ttl)) return undefined;
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[ttl.slice(-1) as 's' | 'm' | 'h' | 'd'];
  return Number(ttl.slice(0, -1)) * unit;
}

/** Sizes such as "1m" in bytes. */
export function bytes(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size)!;
  const unit = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2]!.toLowerCase() as '' | 'k' | 'm' | 'g'];
  return Number(m[1]) * unit;
}
