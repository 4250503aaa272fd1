/** Signing in (from the link's fragment, a stored token or the sign-in box) and out. */
import { api } from '../api/operations';
import { errorStore } from '../core/errors/state';
import { signedIn, signedOut, takeTokenFromAddress, withViewer } from '../core/session/actions';
import { sessionStore } from '../core/session/state';
import { reporting } from './report';

/** Asks the service who the token stands for; a refused token ends the session with the reason. */
export async function loadViewer(): Promise<void> {
  const answer = await reporting('checking your token', () => api.viewer());
  if (answer) sessionStore.set((s) => withViewer(s, answer.viewer));
}

export async function startSession(): Promise<void> {
  const token = takeTokenFromAddress(window, window.sessionStorage);
  if (!token) return;
  sessionStore.set((s) => signedIn(s, token, window.sessionStorage));
  await loadViewer();
}

export async function signInWith(token: string): Promise<void> {
  errorStore.set(null);
  sessionStore.set((s) => signedIn(s, token.trim(), window.sessionStorage));
  await loadViewer();
}

export function signOut(): void {
  errorStore.set(null);
  sessionStore.set(signedOut(window.sessionStorage));
}
