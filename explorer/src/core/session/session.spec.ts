import { may, signedIn, signedOut, splitFragmentToken, takeTokenFromAddress, tokenExpiry, withViewer } from './actions';
import { initialSession, SESSION_STORAGE_KEY } from './state';
import type { AddressBar, KeyValueStorage } from './types';

const base64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const JWT = `${base64url({ alg: 'HS256' })}.${base64url({ sub: 'developer', exp: 1_900_000_000 })}.c2lnbmF0dXJl`;

function memoryStorage(): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

function addressBar(hash: string): AddressBar & { replaced: string[] } {
  const replaced: string[] = [];
  return { replaced, location: { hash, pathname: '/explorer/', search: '' }, history: { replaceState: (_d, _u, url) => void replaced.push(url ?? '') } };
}

describe('session', () => {
  it('takes the token out of the fragment, keeps other fragment parameters', () => {
    expect(splitFragmentToken(`#token=${JWT}`)).toEqual({ token: JWT, rest: '' });
    expect(splitFragmentToken(`#view=chain&token=${JWT}`)).toEqual({ token: JWT, rest: '#view=chain' });
    expect(splitFragmentToken('#')).toEqual({ token: null, rest: '' });
  });

  it('stores a token from the link in sessionStorage and removes it from the address bar', () => {
    const storage = memoryStorage();
    const bar = addressBar(`#token=${JWT}`);
    expect(takeTokenFromAddress(bar, storage)).toBe(JWT);
    expect(storage.items.get(SESSION_STORAGE_KEY)).toBe(JWT);
    expect(bar.replaced).toEqual(['/explorer/']);
  });

  it('without a token in the link, uses the one this tab stored, and leaves the address alone', () => {
    const storage = memoryStorage();
    storage.setItem(SESSION_STORAGE_KEY, JWT);
    const bar = addressBar('');
    expect(takeTokenFromAddress(bar, storage)).toBe(JWT);
    expect(bar.replaced).toEqual([]);
  });

  it('signs in with a pasted token and forgets it on sign-out', () => {
    const storage = memoryStorage();
    const session = signedIn(initialSession, JWT, storage);
    expect(session.token).toBe(JWT);
    expect(signedOut(storage, 'the token expired')).toEqual({ token: null, viewer: null, problem: 'the token expired' });
    expect(storage.items.size).toBe(0);
  });

  it('reads the expiry from the payload, and permissions from the viewer', () => {
    expect(tokenExpiry(JWT)?.toISOString()).toBe('2030-03-17T17:46:40.000Z');
    expect(tokenExpiry('not.a.jwt')).toBeUndefined();
    const session = withViewer({ token: JWT, viewer: null, problem: null }, { id: 'a', roles: ['analyst'], cleared: false, permissions: ['read', 'export'] });
    expect(may(session, 'export')).toBe(true);
    expect(may(session, 'exportBundle')).toBe(false);
  });
});
