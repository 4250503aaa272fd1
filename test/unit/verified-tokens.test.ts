/** The cache of verified bearer tokens: kept until `exp` and never longer, bounded, and only for tokens that verified. */
import { createAuthenticator, AuthenticationError } from '../../src/domain/auth/tokens';
import type { Viewer } from '../../src/domain/auth/permissions';
import { VerifiedTokens } from '../../src/domain/auth/verified-tokens';

const alice: Viewer = { id: 'alice', roles: ['analyst'], cleared: false };
const SECRET = 'a-test-secret-of-more-than-thirty-two-bytes';

describe('verified tokens', () => {
  it('hand back the viewer until the clock reaches exp, then forget it', () => {
    let now = 1_000_000;
    const cache = new VerifiedTokens(10, () => now);
    expect(cache.get('t')).toBeUndefined();
    cache.set('t', alice, 1_010); // exp: 1,010 s, i.e. 1,010,000 ms
    expect(cache.get('t')).toEqual(alice);
    now = 1_009_999;
    expect(cache.get('t')).toEqual(alice);
    now = 1_010_000;
    expect(cache.get('t')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('do not keep a token whose exp has passed, or any token when the bound is 0', () => {
    const cache = new VerifiedTokens(10, () => 5_000);
    cache.set('old', alice, 5);
    cache.set('nan', alice, Number.NaN);
    expect(cache.size).toBe(0);
    const none = new VerifiedTokens(0, () => 0);
    none.set('t', alice, 100);
    expect(none.size).toBe(0);
  });

  it('hold at most maxEntries, dropping the one used longest ago', () => {
    const cache = new VerifiedTokens(3, () => 0);
    for (const t of ['a', 'b', 'c']) cache.set(t, { ...alice, id: t }, 100);
    expect(cache.get('a')?.id).toBe('a'); // a is now the most recently used
    cache.set('d', { ...alice, id: 'd' }, 100);
    expect(cache.size).toBe(3);
    expect(cache.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((t) => cache.get(t)?.id)).toEqual(['a', 'c', 'd']);
  });

  it('hand out a viewer nobody can change for the next request', () => {
    const cache = new VerifiedTokens(3, () => 0);
    cache.set('t', alice, 100);
    const v = cache.get('t')!;
    expect(() => (v.cleared = true)).toThrow(TypeError);
    expect(() => v.roles.push('admin')).toThrow(TypeError);
    expect(cache.get('t')).toEqual(alice);
  });
});

describe('the authenticator with the cache', () => {
  it('accepts a token again from the cache, refuses it as expired once its exp has passed, and never accepts an altered one', async () => {
    const auth = await createAuthenticator({ mode: 'secret', secret: SECRET, tokenTtl: '8h' });
    // exp is whole seconds: a ttl of 1 s issued late in a second ends a few ms later, before the
    // first use on a busy machine; 3 s leaves at least 2.
    const token = await auth.issue({ user: 'alice', roles: ['analyst'], ttl: '3s' });
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual(alice);
    expect(await auth.authenticate(`Bearer ${token}`)).toEqual(alice);
    const [header, payload, signature] = token.split('.');
    const altered = `${header}.${payload}.${signature!.slice(0, -2)}${signature!.endsWith('AA') ? 'BB' : 'AA'}`;
    await expect(auth.authenticate(`Bearer ${altered}`)).rejects.toMatchObject({ reason: 'bad-signature' });
    const exp = JSON.parse(Buffer.from(payload!, 'base64url').toString()).exp as number;
    await new Promise((r) => setTimeout(r, exp * 1000 - Date.now() + 50));
    const refused = await auth.authenticate(`Bearer ${token}`).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AuthenticationError);
    expect(refused).toMatchObject({ reason: 'expired' });
  });
});
