/**
 * Bearer tokens: verifying the JWT a request carries into a Viewer, and issuing HS256
 * tokens for local use (the `token` command, the development token printed at start-up).
 *
 * Keys, by configuration: AUTH_JWT_SECRET (HS256, signs and verifies); AUTH_JWKS_FILE (public keys:
 * verifies only — the service cannot sign with public keys, so tokens come from the identity
 * provider that holds the private ones); neither, outside production: a random development secret
 * kept in `.data/dev-jwt-secret` (git-ignored) so tokens survive restarts and the `token` command
 * signs with the same secret the server verifies with (in memory only under NODE_ENV=test).
 *
 * Claims: `sub` → Viewer.id; `roles` → Viewer.roles (an array of ROLES; an unknown role is refused,
 * not ignored); `cleared` → Viewer.cleared (boolean, false when absent); `exp` is required.
 */
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createLocalJWKSet, errors as jose, jwtVerify, SignJWT, type JSONWebKeySet, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { ConfigError, durationSeconds, type AuthConfig } from '../../foundations/config/environment';
import { AppError, ErrorCode } from '../../foundations/errors';
import { ROLES, type Role, type Viewer } from './permissions';
import { DEFAULT_VERIFIED_TOKENS, VerifiedTokens } from './verified-tokens';

/** Why a request is not authenticated: in `extensions.reason` of the 401, for clients to switch on. */
export type AuthFailureReason =
  'missing' | 'malformed' | 'expired' | 'not-yet-valid' | 'bad-signature' | 'wrong-algorithm' | 'unknown-key' | 'wrong-issuer' | 'wrong-audience' | 'unknown-role' | 'invalid-claims';

export class AuthenticationError extends AppError {
  constructor(
    readonly reason: AuthFailureReason,
    message: string,
  ) {
    super(ErrorCode.UNAUTHENTICATED, message, { reason });
    this.name = 'AuthenticationError';
  }
}

export interface TokenRequest {
  user: string;
  roles: Role[];
  cleared?: boolean;
  /** A duration such as 8h; the configured AUTH_TOKEN_TTL when absent. */
  ttl?: string;
}

export interface Authenticator {
  mode: AuthConfig['mode'];
  /** The Viewer an `Authorization` header value stands for; AuthenticationError when it stands for none. */
  authenticate(header: string | undefined): Promise<Viewer>;
  /** A signed HS256 token; ConfigError when only public keys (AUTH_JWKS_FILE) are configured. */
  issue(request: TokenRequest): Promise<string>;
}

const HS = ['HS256'];
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'];

/** The development secret: read from its file, or created there (0600) on first use. */
async function developmentSecret(file: string | undefined): Promise<string> {
  const fresh = randomBytes(48).toString('base64url');
  if (!file) return fresh;
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  } catch (e) {
    // Another process (the server, the token command) created it first: use theirs.
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return (await readFile(file, 'utf8')).trim();
    throw e;
  }
}

async function loadJwks(file: string): Promise<JWTVerifyGetKey> {
  let jwks: JSONWebKeySet;
  try {
    jwks = JSON.parse(await readFile(file, 'utf8')) as JSONWebKeySet;
  } catch (e) {
    throw new ConfigError([`AUTH_JWKS_FILE: cannot read a JSON key set from ${file} (${(e as Error).message})`]);
  }
  if (!jwks || !Array.isArray(jwks.keys) || jwks.keys.length === 0) {
    throw new ConfigError([`AUTH_JWKS_FILE: ${file} must hold a JWKS: {"keys": [ …public JWKs… ]}`]);
  }
  if (jwks.keys.some((k) => 'd' in k || k.kty === 'oct')) {
    throw new ConfigError([`AUTH_JWKS_FILE: ${file} must hold public keys only (no "d", no symmetric "oct" keys); use AUTH_JWT_SECRET for HS256`]);
  }
  try {
    return createLocalJWKSet(jwks);
  } catch (e) {
    throw new ConfigError([`AUTH_JWKS_FILE: ${file} is not a valid JWKS (${(e as Error).message})`]);
  }
}

const ROLE_LIST = ROLES.join(', ');

function viewerFrom(payload: JWTPayload): Viewer {
  if (typeof payload.sub !== 'string' || !payload.sub) throw new AuthenticationError('malformed', 'the token has no subject ("sub" claim): it must name the user');
  const roles = payload.roles;
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) {
    throw new AuthenticationError('malformed', `the token's "roles" claim must be an array of roles (${ROLE_LIST})`);
  }
  const names = roles as string[]; // each checked just above
  const unknown = names.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length) {
    throw new AuthenticationError('unknown-role', `unknown role${unknown.length > 1 ? 's' : ''} ${unknown.map((r) => JSON.stringify(r)).join(', ')} in the token; the roles are ${ROLE_LIST}`);
  }
  const cleared = payload.cleared ?? false;
  if (typeof cleared !== 'boolean') throw new AuthenticationError('malformed', 'the token\'s "cleared" claim must be true or false');
  return { id: payload.sub, roles: [...new Set(names as Role[])], cleared };
}

/** jose's errors as 401 reasons and messages safe to show (no key material, no token). */
function failure(e: unknown, algorithms: string[]): AuthenticationError {
  if (e instanceof AuthenticationError) return e;
  if (e instanceof jose.JWTExpired) {
    const exp = typeof e.payload.exp === 'number' ? ` at ${new Date(e.payload.exp * 1000).toISOString()}` : '';
    return new AuthenticationError('expired', `the token expired${exp}; get a new one`);
  }
  if (e instanceof jose.JWTClaimValidationFailed) {
    if (e.reason === 'missing') return new AuthenticationError('malformed', `the token has no "${e.claim}" claim`);
    if (e.claim === 'nbf') return new AuthenticationError('not-yet-valid', 'the token is not valid yet ("nbf" is in the future)');
    if (e.claim === 'iss') return new AuthenticationError('wrong-issuer', 'the token was issued by another issuer ("iss" does not match AUTH_ISSUER)');
    if (e.claim === 'aud') return new AuthenticationError('wrong-audience', 'the token is meant for another audience ("aud" does not match AUTH_AUDIENCE)');
    return new AuthenticationError('invalid-claims', `the token's claims do not check: ${e.message}`);
  }
  if (e instanceof jose.JWSSignatureVerificationFailed) return new AuthenticationError('bad-signature', "the token's signature does not verify with the service's key");
  if (e instanceof jose.JOSEAlgNotAllowed) return new AuthenticationError('wrong-algorithm', `the token must be signed with ${algorithms.join(', ')}`);
  if (e instanceof jose.JWKSNoMatchingKey || e instanceof jose.JWKSMultipleMatchingKeys) {
    return new AuthenticationError('unknown-key', 'no single key of the configured key set matches the token\'s "kid" and "alg"');
  }
  if (e instanceof jose.JWSInvalid || e instanceof jose.JWTInvalid || e instanceof jose.JOSENotSupported) {
    return new AuthenticationError('malformed', 'the token is not a well-formed signed JWT');
  }
  if (e instanceof jose.JOSEError) return new AuthenticationError('malformed', `the token cannot be verified (${e.code})`);
  throw e;
}

/**
 * Builds the verifier (and, with a secret, the signer) the configuration asks for. `cacheSize`:
 * how many verified tokens are remembered (verified-tokens.ts; 0: none).
 */
export async function createAuthenticator(auth: AuthConfig, cacheSize = DEFAULT_VERIFIED_TOKENS): Promise<Authenticator> {
  // The secret as a KeyObject made once: jose would otherwise import the raw bytes on every request.
  let secret: KeyObject | undefined;
  let keys: JWTVerifyGetKey | undefined;
  if (auth.mode === 'jwks') keys = await loadJwks(auth.jwksFile);
  else secret = createSecretKey(new TextEncoder().encode(auth.mode === 'secret' ? auth.secret : await developmentSecret(auth.devSecretFile)));
  const algorithms = keys ? ASYMMETRIC : HS;
  const options = { algorithms, issuer: auth.issuer, audience: auth.audience, requiredClaims: ['sub', 'exp'] };
  // Tokens verified once are not verified again on every request, until their `exp`.
  const verified = new VerifiedTokens(cacheSize);

  return {
    mode: auth.mode,
    async authenticate(header) {
      if (header === undefined || header.trim() === '') {
        throw new AuthenticationError('missing', 'authentication required: send `Authorization: Bearer <token>` (see the README, "Authentication")');
      }
      const m = /^Bearer[ \t]+([A-Za-z0-9\-_.~+/]+=*)[ \t]*$/i.exec(header);
      if (!m) throw new AuthenticationError('malformed', 'the Authorization header must be `Bearer <token>`');
      const token = m[1]!;
      const known = verified.get(token);
      if (known) return known;
      try {
        const { payload } = keys ? await jwtVerify(token, keys, options) : await jwtVerify(token, secret!, options);
        const viewer = viewerFrom(payload);
        // `exp` is required (requiredClaims) and checked by jwtVerify: a number here.
        verified.set(token, viewer, payload.exp!);
        return viewer;
      } catch (e) {
        throw failure(e, algorithms);
      }
    },
    async issue({ user, roles, cleared = false, ttl = auth.tokenTtl }) {
      if (!secret) {
        throw new ConfigError([
          'AUTH_JWKS_FILE: the service holds public keys only and cannot sign tokens; issue them with the identity provider that holds the private keys (or configure AUTH_JWT_SECRET for HS256)',
        ]);
      }
      const seconds = durationSeconds(ttl);
      if (seconds === undefined) throw AppError.badInput('ttl', `must be a duration such as 30m, 8h or 7d (got ${JSON.stringify(ttl)})`);
      if (!user) throw AppError.badInput('user', 'must not be empty');
      const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
      if (unknown.length || roles.length === 0) throw AppError.badInput('roles', `must be one or more of ${ROLE_LIST}${unknown.length ? ` (got ${unknown.join(', ')})` : ''}`);
      const now = Math.floor(Date.now() / 1000);
      const jwt = new SignJWT({ roles: [...new Set(roles)], cleared })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(user)
        .setIssuedAt(now)
        .setExpirationTime(now + seconds);
      if (auth.issuer) jwt.setIssuer(auth.issuer);
      if (auth.audience) jwt.setAudience(auth.audience);
      return jwt.sign(secret);
    },
  };
}
