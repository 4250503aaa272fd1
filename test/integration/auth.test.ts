/**
 * Authentication and roles over HTTP: every /graphql request needs a valid
 * bearer token (401 with a reason otherwise, never a stack trace), health stays open, the roles'
 * permissions are enforced in the resolvers, clearance comes from the token, a JWKS file of public
 * keys works instead of a secret, and the `token` command issues tokens the service accepts.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type KeyLike } from 'jose';
import { ConfigError, loadConfig, type AuthConfig } from '../../src/foundations/config/environment';
import { createAuthenticator } from '../../src/domain/auth/tokens';
import type { Service } from '../../src/entry/service/start';
import { authHeader, gql, startTestService, TEST_JWT_SECRET } from '../support/service';

jest.setTimeout(120_000);

const ROOT = join(__dirname, '..', '..');
const ABOUT = '{ about { name } }';
const SOURCE = { id: 'src:auth-test', title: 'Authentication test source', kind: 'NEWS', reliability: 'C', confidentiality: 'PUBLIC', url: 'https://example.org/auth' };
const CREATE_SOURCE = 'mutation($input: SourceInput!) { createSource(input: $input) { record { id } errors { code message } } }';
const IMPORT = 'mutation($records: [JSON!]!) { importRecords(records: $records, dryRun: true) { records written } }';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const hs = (secret = TEST_JWT_SECRET) => new TextEncoder().encode(secret);

/** A token signed by hand, so every way of getting one wrong can be tried. */
async function signed(claims: Record<string, unknown>, opts: { secret?: string; exp?: number | null; sub?: string | null } = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setIssuedAt(now);
  if (opts.sub !== null) jwt.setSubject(opts.sub ?? 'someone');
  if (opts.exp !== null) jwt.setExpirationTime(opts.exp ?? now + 600);
  return jwt.sign(hs(opts.secret));
}

function configProblems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
}

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { AUTH_JWT_SECRET: _s, AUTH_JWKS_FILE: _f, ...base } = process.env;
  const cli = spawn(process.execPath, ['--import', 'tsx', 'src/entry/cli.ts', ...args], { cwd: ROOT, env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env } });
  let stdout = '';
  let stderr = '';
  cli.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  cli.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => cli.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('configuration of authentication', () => {
  it('refuses a short secret without echoing it', () => {
    expect(configProblems({ AUTH_JWT_SECRET: 'too-short' })).toEqual(['AUTH_JWT_SECRET: must be at least 32 bytes (e.g. `openssl rand -base64 48`) (got a value of 9 characters)']);
  });

  it('requires a secret or a key set in production, and not both; lists every problem', () => {
    const p = configProblems({ NODE_ENV: 'production', AUTH_TOKEN_TTL: 'forever' });
    expect(p).toHaveLength(2);
    expect(p).toContain('AUTH_JWT_SECRET or AUTH_JWKS_FILE: one is required in production (an HS256 secret of at least 32 bytes, or a JWKS file of public keys)');
    expect(p).toContain('AUTH_TOKEN_TTL: must be a duration such as 30m, 8h or 7d (got "forever")');
    expect(configProblems({ AUTH_JWT_SECRET: TEST_JWT_SECRET, AUTH_JWKS_FILE: 'keys.json' })).toEqual(['AUTH_JWT_SECRET, AUTH_JWKS_FILE: set one of them, not both']);
    expect(loadConfig({ NODE_ENV: 'production', AUTH_JWT_SECRET: TEST_JWT_SECRET }).auth).toEqual({ mode: 'secret', secret: TEST_JWT_SECRET, tokenTtl: '8h', issuer: undefined, audience: undefined });
  });

  it('uses a development secret kept in .data/dev-jwt-secret when neither is set outside production', () => {
    expect(loadConfig({}).auth).toEqual(expect.objectContaining({ mode: 'development', devSecretFile: expect.stringMatching(/\.data\/dev-jwt-secret$/) }));
    expect(loadConfig({ NODE_ENV: 'test' }).auth).toEqual(expect.objectContaining({ mode: 'development', devSecretFile: undefined }));
  });

  it('keeps the development secret across restarts (file mode 0600), so tokens survive them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'eg-dev-secret-'));
    try {
      const auth: AuthConfig = { mode: 'development', devSecretFile: join(dir, 'sub', 'dev-jwt-secret'), tokenTtl: '8h' };
      const token = await (await createAuthenticator(auth)).issue({ user: 'dev', roles: ['admin'], cleared: true });
      expect(statSync(auth.mode === 'development' ? auth.devSecretFile! : '').mode & 0o777).toBe(0o600);
      expect(await (await createAuthenticator(auth)).authenticate(`Bearer ${token}`)).toEqual({ id: 'dev', roles: ['admin'], cleared: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks issuer and audience when they are configured', async () => {
    const strict = await createAuthenticator({ mode: 'secret', secret: TEST_JWT_SECRET, tokenTtl: '1h', issuer: 'https://idp.example.org', audience: 'evidence-graph' });
    const ok = await strict.issue({ user: 'u', roles: ['analyst'] });
    await expect(strict.authenticate(`Bearer ${ok}`)).resolves.toEqual({ id: 'u', roles: ['analyst'], cleared: false });
    const plain = await signed({ roles: ['analyst'] });
    await expect(strict.authenticate(`Bearer ${plain}`)).rejects.toMatchObject({ code: 'UNAUTHENTICATED', reason: 'malformed', message: 'the token has no "iss" claim' });
    const other = await new SignJWT({ roles: ['analyst'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('u')
      .setExpirationTime('1h')
      .setIssuer('https://idp.example.org')
      .setAudience('another-app')
      .sign(hs());
    await expect(strict.authenticate(`Bearer ${other}`)).rejects.toMatchObject({ reason: 'wrong-audience' });
  });
});

describe('authentication and roles over HTTP (HS256 secret)', () => {
  let service: Service;

  beforeAll(async () => {
    service = await startTestService();
    await service.db.graph.runText("MATCH (n) WHERE n.id STARTS WITH 'src:auth-' OR n.id STARTS WITH 'person:auth-' DETACH DELETE n");
  });
  afterAll(async () => {
    await service?.db.graph.runText("MATCH (n) WHERE n.id STARTS WITH 'src:auth-' OR n.id STARTS WITH 'person:auth-' DETACH DELETE n");
    await service?.close();
  });

  async function post(headers: Record<string, string>, query = ABOUT) {
    const res = await fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    const text = await res.text();
    expect(text).not.toMatch(/stack|at .*\.[jt]s:\d+/);
    return { status: res.status, challenge: res.headers.get('www-authenticate'), body: JSON.parse(text) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
  }

  const refused = async (headers: Record<string, string>) => {
    const r = await post(headers);
    expect(r.status).toBe(401);
    expect(r.challenge).toMatch(/^Bearer realm="evidence-graph"/);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toHaveLength(1);
    expect(r.body.errors![0]!.extensions.code).toBe('UNAUTHENTICATED');
    return { reason: r.body.errors![0]!.extensions.reason, message: r.body.errors![0]!.message, challenge: r.challenge };
  };

  it('refuses a request without a token: 401, UNAUTHENTICATED, reason missing, WWW-Authenticate: Bearer', async () => {
    expect(await refused({})).toEqual({
      reason: 'missing',
      message: expect.stringMatching(/^authentication required: send `Authorization: Bearer <token>`/),
      challenge: 'Bearer realm="evidence-graph"',
    });
  });

  it('refuses an expired token', async () => {
    const token = await signed({ roles: ['admin'] }, { exp: Math.floor(Date.now() / 1000) - 60 });
    const r = await refused(bearer(token));
    expect(r.reason).toBe('expired');
    expect(r.message).toMatch(/^the token expired at \d{4}-\d\d-\d\dT/);
    expect(r.challenge).toMatch(/error="invalid_token"/);
  });

  it('refuses a token signed with another secret', async () => {
    const token = await signed({ roles: ['admin'] }, { secret: 'another-secret-that-is-also-32-bytes-long' });
    expect(await refused(bearer(token))).toEqual(expect.objectContaining({ reason: 'bad-signature', message: "the token's signature does not verify with the service's key" }));
  });

  it('refuses malformed headers and tokens, unsigned tokens and tokens without expiry or subject', async () => {
    expect((await refused({ authorization: 'Basic dXNlcjpwdw==' })).reason).toBe('malformed');
    expect((await refused({ authorization: 'Bearer not-a-jwt' })).reason).toBe('malformed');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ sub: 'x', roles: ['admin'], exp: 9e9 })).toString('base64url')}.`;
    expect(await refused(bearer(unsigned))).toEqual(expect.objectContaining({ reason: 'wrong-algorithm', message: 'the token must be signed with HS256' }));
    expect(await refused(bearer(await signed({ roles: ['admin'] }, { exp: null })))).toEqual(expect.objectContaining({ reason: 'malformed', message: 'the token has no "exp" claim' }));
    expect((await refused(bearer(await signed({ roles: ['admin'] }, { sub: null })))).reason).toBe('malformed');
    expect((await refused(bearer(await signed({ roles: 'admin' })))).reason).toBe('malformed');
    expect((await refused(bearer(await signed({ roles: ['admin'], cleared: 'yes' })))).reason).toBe('malformed');
  });

  it('refuses a token with an unknown role, naming it', async () => {
    const r = await refused(bearer(await signed({ roles: ['analyst', 'superuser'] })));
    expect(r).toEqual(expect.objectContaining({ reason: 'unknown-role', message: 'unknown role "superuser" in the token; the roles are admin, investigator, analyst, referral' }));
  });

  it('answers 403 FORBIDDEN to a valid token without any role', async () => {
    const r = await post(bearer(await signed({ roles: [] })));
    expect(r.status).toBe(403);
    expect(r.body.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', action: 'read', allowed: ['admin', 'investigator', 'analyst', 'referral'] });
  });

  it('keeps /healthz, /readyz and GET / open without a token', async () => {
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${service.url}/readyz`)).status).toBe(200);
    expect((await fetch(`${service.url}/`)).status).toBe(200);
  });

  it('answers 401 (not 413) to an oversized body without a token, 413 with one', async () => {
    const body = JSON.stringify({ query: `${ABOUT} #${'x'.repeat(2 * 1024 * 1024)}` });
    const send = (headers: Record<string, string>) => fetch(`${service.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    expect((await send({})).status).toBe(401);
    expect((await send(await authHeader(service, ['analyst']))).status).toBe(413);
  });

  it('lets every role read', async () => {
    for (const role of ['admin', 'investigator', 'analyst', 'referral'] as const) {
      const r = await gql<{ about: { name: string } }>(service.url, ABOUT, {}, await authHeader(service, [role]));
      expect([role, r.status, r.body.errors]).toEqual([role, 200, undefined]);
      expect(r.body.data!.about.name).toBe('evidence-graph');
    }
  });

  it('lets an analyst or a referral read but not write or import: FORBIDDEN, nothing written', async () => {
    for (const role of ['analyst', 'referral'] as const) {
      const auth = await authHeader(service, [role], { cleared: true });
      const write = await gql<any>(service.url, CREATE_SOURCE, { input: SOURCE }, auth);
      expect(write.body.errors).toHaveLength(1);
      expect(write.body.errors![0]).toEqual(
        expect.objectContaining({ message: `role ${role} may not write; roles that may: admin, investigator`, extensions: { code: 'FORBIDDEN', action: 'write', allowed: ['admin', 'investigator'] } }),
      );
      const imported = await gql<any>(service.url, IMPORT, { records: [{ type: 'Source', ...SOURCE }] }, auth);
      expect(imported.body.errors![0]!.extensions).toEqual({ code: 'FORBIDDEN', action: 'import', allowed: ['admin', 'investigator'] });
    }
    const [row] = await service.db.graph.runText<{ n: number }>("MATCH (n {id: 'src:auth-test'}) RETURN count(n) AS n", {}, 'READ');
    expect(row!.n).toBe(0);
  });

  it('lets an investigator write and import', async () => {
    const auth = await authHeader(service, ['investigator']);
    const imported = await gql<any>(service.url, IMPORT, { records: [{ type: 'Source', ...SOURCE }] }, auth);
    expect(imported.body).toEqual({ data: { importRecords: { records: 1, written: false } } });
    const write = await gql<any>(service.url, CREATE_SOURCE, { input: SOURCE }, auth);
    expect(write.body).toEqual({ data: { createSource: { record: { id: 'src:auth-test' }, errors: [] } } });
  });

  it('takes clearance from the token: a withheld person is counted only for a cleared viewer', async () => {
    // Other suites share this database: compare the gap between cleared and uncleared counts before and after.
    const count = async (cleared: boolean) =>
      (await gql<any>(service.url, '{ persons { totalCount } }', {}, await authHeader(service, ['analyst'], { cleared }))).body.data.persons.totalCount as number;
    const gapBefore = (await count(true)) - (await count(false));
    const admin = await authHeader(service, ['admin']);
    const created = await gql<any>(
      service.url,
      'mutation($input: PersonInput!) { createPerson(input: $input) { errors { message } } }',
      { input: { id: 'person:auth-withheld', name: 'Protected Witness', protection: 'WITHHOLD', sources: [{ source: 'src:auth-test', locator: 'line 1', credibility: 2 }] } },
      admin,
    );
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createPerson.errors).toEqual([]);
    expect((await count(true)) - (await count(false)) - gapBefore).toBe(1);
  });
});

describe('a JWKS file of public keys instead of a secret', () => {
  let service: Service;
  let dir: string;
  const keys: { alg: 'ES256' | 'EdDSA'; kid: string; privateKey: KeyLike; publicJwk: JWK }[] = [];

  const sign = (k: (typeof keys)[number], claims: Record<string, unknown> = { roles: ['analyst'] }, key: KeyLike = k.privateKey) =>
    new SignJWT(claims).setProtectedHeader({ alg: k.alg, kid: k.kid }).setSubject('idp-user').setIssuedAt().setExpirationTime('10m').sign(key);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'eg-jwks-'));
    for (const [alg, crv] of [
      ['ES256', undefined],
      ['EdDSA', 'Ed25519'],
    ] as const) {
      const pair = await generateKeyPair(alg, crv ? { crv } : {});
      keys.push({ alg, kid: `key-${alg}`, privateKey: pair.privateKey, publicJwk: { ...(await exportJWK(pair.publicKey)), kid: `key-${alg}`, alg, use: 'sig' } });
    }
    writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: keys.map((k) => k.publicJwk) }));
    service = await startTestService({ AUTH_JWKS_FILE: join(dir, 'jwks.json') });
  });
  afterAll(async () => {
    await service?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts tokens signed with either private key (ES256, EdDSA)', async () => {
    for (const k of keys) {
      const r = await gql<any>(service.url, ABOUT, {}, bearer(await sign(k)));
      expect([k.alg, r.status, r.body.errors]).toEqual([k.alg, 200, undefined]);
    }
  });

  it('refuses a token signed with another key under a known kid, an unknown kid, and an HS256 token', async () => {
    const stranger = await generateKeyPair('ES256');
    const forged = await gql(service.url, ABOUT, {}, bearer(await sign(keys[0]!, { roles: ['admin'] }, stranger.privateKey)));
    expect([forged.status, forged.body.errors![0]!.extensions!.reason]).toEqual([401, 'bad-signature']);
    const unknownKid = await new SignJWT({ roles: ['admin'] }).setProtectedHeader({ alg: 'ES256', kid: 'nope' }).setSubject('x').setExpirationTime('5m').sign(stranger.privateKey);
    expect((await gql(service.url, ABOUT, {}, bearer(unknownKid))).body.errors![0]!.extensions!.reason).toBe('unknown-key');
    const hsToken = await signed({ roles: ['admin'] });
    expect((await gql(service.url, ABOUT, {}, bearer(hsToken))).body.errors![0]!.extensions!.reason).toBe('wrong-algorithm');
  });

  it('cannot issue tokens with public keys, and says so', async () => {
    await expect(service.auth.issue({ user: 'x', roles: ['admin'] })).rejects.toThrow(/AUTH_JWKS_FILE: the service holds public keys only and cannot sign tokens/);
  });

  it('fails start-up on a key set holding a private key or an unreadable file', async () => {
    const withPrivate = join(dir, 'private.json');
    writeFileSync(withPrivate, JSON.stringify({ keys: [await exportJWK(keys[0]!.privateKey)] }));
    await expect(createAuthenticator({ mode: 'jwks', jwksFile: withPrivate, tokenTtl: '8h' })).rejects.toThrow(/must hold public keys only/);
    await expect(createAuthenticator({ mode: 'jwks', jwksFile: join(dir, 'missing.json'), tokenTtl: '8h' })).rejects.toBeInstanceOf(ConfigError);
  });
});

describe('the token command', () => {
  let service: Service;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service?.close();
  });

  it('issues a token the service accepts, with the roles and clearance asked for', async () => {
    const r = await runCli(['token', '--user', 'alice', '--role', 'analyst', '--role', 'referral', '--cleared', '--ttl', '1h'], { AUTH_JWT_SECRET: TEST_JWT_SECRET });
    expect(r.stderr).toBe('token for alice: roles analyst, referral, cleared, valid 1h\n');
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(await service.auth.authenticate(`Bearer ${token}`)).toEqual({ id: 'alice', roles: ['analyst', 'referral'], cleared: true });
    const q = await gql(service.url, ABOUT, {}, bearer(token));
    expect([q.status, q.body.errors]).toEqual([200, undefined]);
  });

  it('refuses an unknown role (exit 2) and refuses to sign with only a JWKS file configured', async () => {
    const bad = await runCli(['token', '--user', 'bob', '--role', 'superuser'], { AUTH_JWT_SECRET: TEST_JWT_SECRET });
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([2, '', 'evidence-graph: unknown role superuser; the roles are admin, investigator, analyst, referral\n']);
    const dir = mkdtempSync(join(tmpdir(), 'eg-jwks-cli-'));
    try {
      const { publicKey } = await generateKeyPair('ES256');
      writeFileSync(join(dir, 'jwks.json'), JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'k', alg: 'ES256' }] }));
      const jwksOnly = await runCli(['token', '--user', 'bob', '--role', 'admin'], { AUTH_JWKS_FILE: join(dir, 'jwks.json') });
      expect([jwksOnly.code, jwksOnly.stdout]).toEqual([2, '']);
      expect(jwksOnly.stderr).toMatch(/AUTH_JWKS_FILE: the service holds public keys only and cannot sign tokens; issue them with the identity provider/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
