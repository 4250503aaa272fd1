/**
 * The last line of defence: for a viewer without clearance, every string of the response (data
 * and errors, messages and extensions included) is scrubbed of protected names before it is
 * sent. Redaction happens at the source (the loaders, lists, search, chain of command…); a name
 * found here means a surface missed it, so each one is logged as a warning with its path
 * ("protected name scrubbed at the last line"), and the tests assert it never happens.
 *
 * Error messages may echo what the client sent (a variable's value); words of a protected name
 * that appear in the request itself are left in error messages, so that whether a guessed name
 * is protected cannot be learned from what comes back.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { Logger } from '../logger';
import type { Protection } from './view';
import type { Scrubber } from './scrubber';

interface ProtectedContext {
  protection: Protection;
  logger: Logger;
}

export interface LastLineHit {
  path: string;
}

/** Scrubs `value` in place; returns the paths where something had to be replaced. */
export function scrubResponse(value: unknown, scrubber: Scrubber, exempt: ReadonlySet<string>, path = ''): LastLineHit[] {
  const hits: LastLineHit[] = [];
  const walk = (v: unknown, p: string, inErrors: boolean): unknown => {
    if (typeof v === 'string') {
      const out = scrubber.scrub(v, inErrors ? { exempt } : {});
      if (out !== v) hits.push({ path: p });
      return out;
    }
    if (Array.isArray(v)) {
      v.forEach((x, i) => (v[i] = walk(x, `${p}[${i}]`, inErrors)));
      return v;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = walk(o[k], p ? `${p}.${k}` : k, inErrors || (p === '' && k === 'errors'));
      return o;
    }
    return v;
  };
  walk(value, path, false);
  return hits;
}

export function protectionPlugin(): ApolloServerPlugin<ProtectedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<ProtectedContext>) {
          const { contextValue, response, request } = rc;
          if (!contextValue?.protection || contextValue.protection.viewer.cleared) return;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult as unknown as Record<string, unknown>;
          let view: Awaited<ReturnType<Protection['get']>>;
          try {
            view = await contextValue.protection.get();
          } catch (e) {
            // Without the list of protected names nothing can be checked: send no data at all
            // (fail closed), only the reason, which is almost always the database being away.
            contextValue.logger.warn({ err: e }, 'cannot load protected names: response withheld');
            result.data = null;
            result.errors = [{ message: 'the database is unavailable; try again shortly', extensions: { code: 'DATABASE_UNAVAILABLE' } }];
            return;
          }
          if (view.scrubber.empty) return;
          const exempt = view.scrubber.protectedWordsIn(`${request.query ?? ''} ${JSON.stringify(request.variables ?? {})}`);
          const hits = scrubResponse({ data: result.data, errors: result.errors }, view.scrubber, exempt);
          for (const hit of hits) {
            contextValue.logger.warn({ path: hit.path, operation: request.operationName ?? null }, 'protected name scrubbed at the last line: a surface did not redact it');
          }
        },
      };
    },
  };
}
