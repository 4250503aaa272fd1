/**
 * GraphiQL's fetcher: POST /graphql on the service's own origin with the token the explorer keeps in
 * this tab's sessionStorage (sign in there, or with the printed link, first).
 */
import type { ExecutionResult } from 'graphql';
import { SESSION_STORAGE_KEY } from '../core/session/state';

export interface FetcherParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

export function storedToken(): string | null {
  return window.sessionStorage.getItem(SESSION_STORAGE_KEY);
}

export async function fetchGraphQL(params: FetcherParams, options?: { headers?: Record<string, unknown> }): Promise<ExecutionResult> {
  const token = storedToken();
  const extra = Object.fromEntries(Object.entries(options?.headers ?? {}).map(([k, v]) => [k, String(v)]));
  const res = await fetch('/graphql', {
    method: 'POST',
    credentials: 'omit',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    body: JSON.stringify(params),
  });
  return (await res.json()) as ExecutionResult;
}
