/**
 * Signing in and out. The printed link carries the token in the URL fragment (never sent to a
 * server, never in a query string that logs and Referer headers keep); the page moves it into
 * sessionStorage and takes it out of the address bar with history.replaceState, so it is neither
 * bookmarked nor shown. A pasted token goes the same way. Signing out forgets it.
 */
import { SESSION_STORAGE_KEY } from './state';
import type { AddressBar, KeyValueStorage, Session, ViewerInfo } from './types';

/** The token in a fragment such as "#token=eyJ…" (other fragment parameters are kept apart). */
export function splitFragmentToken(hash: string): { token: string | null; rest: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  params.delete('token');
  const rest = params.toString();
  return { token: token && token.trim() ? token.trim() : null, rest: rest ? `#${rest}` : '' };
}

/** A JWT's three base64url parts, with a payload that decodes to an object. */
export function looksLikeJwt(token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]+$/.test(p))) return false;
  return tokenExpiry(token) !== undefined || decodePayload(parts[1]!) !== undefined;
}

function decodePayload(part: string): Record<string, unknown> | undefined {
  try {
    const json = atob(
      part
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(part.length / 4) * 4, '='),
    );
    const payload: unknown = JSON.parse(json);
    return payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** When the token expires (from its unverified payload: only to warn the user, the service decides). */
export function tokenExpiry(token: string): Date | undefined {
  const payload = decodePayload(token.split('.')[1] ?? '');
  return typeof payload?.exp === 'number' ? new Date(payload.exp * 1000) : undefined;
}

/**
 * The token the page starts with: one in the fragment (stored, then removed from the address bar),
 * else the one this tab stored before, else none.
 */
export function takeTokenFromAddress(bar: AddressBar, storage: KeyValueStorage): string | null {
  const { token, rest } = splitFragmentToken(bar.location.hash);
  if (token) {
    storage.setItem(SESSION_STORAGE_KEY, token);
    bar.history.replaceState(null, '', `${bar.location.pathname}${bar.location.search}${rest}`);
    return token;
  }
  return storage.getItem(SESSION_STORAGE_KEY);
}

export function signedIn(session: Session, token: string, storage: KeyValueStorage): Session {
  storage.setItem(SESSION_STORAGE_KEY, token);
  return { token, viewer: null, problem: null };
}

export function withViewer(session: Session, viewer: ViewerInfo): Session {
  return { ...session, viewer, problem: null };
}

export function signedOut(storage: KeyValueStorage, problem: string | null = null): Session {
  storage.removeItem(SESSION_STORAGE_KEY);
  return { token: null, viewer: null, problem };
}

export function may(session: Session, permission: string): boolean {
  return session.viewer?.permissions.includes(permission) ?? false;
}
