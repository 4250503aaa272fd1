/**
 * The one way the explorer talks to the service: POST /graphql on its own origin with the signed-in
 * token. A GraphQL error or a refused request becomes an ApiError with the service's code, which
 * the page turns into a sentence (core/errors); nothing is retried behind the user's back.
 */
import { errorFromResponse, type ApiErrorInfo } from '../core/errors/errors';
import { sessionStore } from '../core/session/state';

export class ApiError extends Error {
  constructor(readonly info: ApiErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
  }
}

export function bearer(): Record<string, string> {
  const token = sessionStore.get().token;
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** fetch on the service, a failure to reach it as an ApiError with code NETWORK. */
export async function serviceFetch(path: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(path, { ...init, headers: { ...bearer(), ...(init.headers as Record<string, string> | undefined) }, credentials: 'omit', cache: 'no-store' });
  } catch (e) {
    throw new ApiError({ code: 'NETWORK', message: e instanceof Error ? e.message : String(e) });
  }
}

export async function request<TData, TVariables extends Record<string, unknown>>(document: string, operationName: string, variables: TVariables): Promise<TData> {
  const res = await serviceFetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: document, operationName, variables }),
  });
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiError({ code: res.ok ? 'INTERNAL' : errorFromResponse(res.status, null).code, message: `the service answered HTTP ${res.status} without JSON`, status: res.status });
  }
  const errors = (body as { errors?: unknown[] }).errors;
  if (!res.ok || (Array.isArray(errors) && errors.length)) throw new ApiError(errorFromResponse(res.status, body));
  return (body as { data: TData }).data;
}

/** An error of any kind as an ApiErrorInfo, for the error banner. */
export function errorInfo(e: unknown): ApiErrorInfo {
  if (e instanceof ApiError) return e.info;
  return { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
}
