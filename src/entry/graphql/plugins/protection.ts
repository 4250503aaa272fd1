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
 *
 * Work it need not do, it skips: nothing for a cleared viewer; for an answer holding no string at
 * all (counts, flags) the protected names are not even loaded; and a path is written out only for
 * a string that had to be scrubbed.
 */
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { DATABASE_UNAVAILABLE_MESSAGE, ErrorCode } from '../../../foundations/errors';
import type { Logger } from '../../../foundations/logger';
import type { Protection } from '../../../domain/protection/view';
import type { Scrubber } from '../../../domain/protection/scrubber';

interface ProtectedContext {
  protection: Protection;
  logger: Logger;
}

const NOTHING_EXEMPT: ReadonlySet<string> = new Set();

export interface LastLineHit {
  path: string;
}

/** A path in the response, kept as segments and written out only for a hit. */
type Segments = (string | number)[];
const pathText = (segments: Segments) => segments.reduce<string>((p, s) => (typeof s === 'number' ? `${p}[${s}]` : p ? `${p}.${s}` : s), '');

/** Scrubs `value` in place; returns the paths where something had to be replaced. */
export function scrubResponse(value: unknown, scrubber: Scrubber, exempt: ReadonlySet<string>): LastLineHit[] {
  const hits: LastLineHit[] = [];
  const path: Segments = [];
  const walk = (v: unknown, inErrors: boolean): unknown => {
    if (typeof v === 'string') {
      const out = scrubber.scrub(v, inErrors ? { exempt } : {});
      if (out !== v) hits.push({ path: pathText(path) });
      return out;
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        v[i] = walk(v[i], inErrors);
        path.pop();
      }
      return v;
    }
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        path.push(k);
        o[k] = walk(o[k], inErrors || (path.length === 1 && k === 'errors'));
        path.pop();
      }
      return o;
    }
    return v;
  };
  walk(value, false);
  return hits;
}

/** Whether any string is anywhere in `value`: an answer without one cannot hold a name. */
export function holdsText(value: unknown): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(holdsText);
  if (value && typeof value === 'object') return Object.values(value).some(holdsText);
  return false;
}

export function protectionPlugin(): ApolloServerPlugin<ProtectedContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse(rc: GraphQLRequestContextWillSendResponse<ProtectedContext>) {
          const { contextValue, response, request } = rc;
          if (!contextValue?.protection || contextValue.protection.viewer.cleared) return;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // Counts, flags and nulls only: nothing a name could be in, so no names to load.
          if (!holdsText(result.data) && !holdsText(result.errors)) return;
          let view: Awaited<ReturnType<Protection['get']>>;
          try {
            view = await contextValue.protection.get();
          } catch (e) {
            // Without the list of protected names nothing can be checked: send no data at all
            // (fail closed), only the reason, which is almost always the database being away.
            contextValue.logger.warn({ err: e }, 'cannot load protected names: response withheld');
            result.data = null;
            result.errors = [{ message: DATABASE_UNAVAILABLE_MESSAGE, extensions: { code: ErrorCode.DATABASE_UNAVAILABLE } }];
            return;
          }
          if (view.scrubber.empty) return;
          // What the client sent matters only for the errors that may echo it.
          const errors = result.errors as unknown[] | undefined;
          const exempt = errors?.length ? view.scrubber.protectedWordsIn(`${request.query ?? ''} ${JSON.stringify(request.variables ?? {})}`) : NOTHING_EXEMPT;
          const hits = scrubResponse({ data: result.data, errors: result.errors }, view.scrubber, exempt);
          for (const hit of hits) {
            contextValue.logger.warn({ path: hit.path, operation: request.operationName ?? null }, 'protected name scrubbed at the last line: a surface did not redact it');
          }
        },
      };
    },
  };
}
