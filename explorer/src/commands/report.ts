/** Runs an action, showing its failure in the banner (a token the service refuses signs the user out). */
import { errorInfo } from '../api/client';
import { signedOut } from '../core/session/actions';
import { sessionStore } from '../core/session/state';
import { errorStore } from '../core/errors/state';
import { readableError } from '../core/errors/errors';

export async function reporting<T>(doing: string, action: () => Promise<T>): Promise<T | undefined> {
  try {
    const result = await action();
    return result;
  } catch (e) {
    const error = errorInfo(e);
    errorStore.set({ doing, error });
    if (error.code === 'UNAUTHENTICATED') sessionStore.set(signedOut(window.sessionStorage, readableError(error)));
    return undefined;
  }
}
