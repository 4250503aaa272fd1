/** Filter changes, checked as the service would check them, so a bad value is caught as it is typed. */
import { isGrade } from '../grades/grades';
import type { Filters } from './types';

export const MAX_HOPS = 4;
/**
 * Nodes one expansion draws at most. The service prices a query by what it may return (a node
 * limit of 500, its default, costs more than GRAPHQL_MAX_COST allows with the fields drawn here);
 * 200 stays within it, and a canvas of more is no longer read by eye. Past it `truncated` says so.
 */
export const EXPANSION_NODE_LIMIT = 200;
/** The most nodes the service draws in one neighbourhood. */
export const SERVICE_NODE_LIMIT = 5000;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE.test(value);
}

/** The filters with one field changed, or a message saying why the value is refused. */
export function withFilter<K extends keyof Filters>(filters: Filters, key: K, raw: string): { filters: Filters } | { problem: string } {
  const value = raw.trim();
  switch (key) {
    case 'hops': {
      const hops = Number(value);
      if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) return { problem: `hops must be a whole number from 1 to ${MAX_HOPS}` };
      return { filters: { ...filters, hops } };
    }
    case 'from':
    case 'to':
      if (value && !isPartialDate(value)) return { problem: `${key} must be a date such as 2020, 2020-08 or 2020-08-09` };
      return { filters: { ...filters, [key]: value || null } };
    case 'minGrade': {
      const grade = value.toUpperCase();
      if (grade && !isGrade(grade)) return { problem: 'the minimum grade is a letter A–F and a digit 1–6, such as B2' };
      return { filters: { ...filters, minGrade: grade || null } };
    }
    default:
      return { problem: `unknown filter ${String(key)}` };
  }
}

/** The filters as GraphQL variables of `neighborhood` and `neighborCounts`. */
export function filterVariables(filters: Filters): { from?: string; to?: string; minGrade?: string } {
  return { ...(filters.from ? { from: filters.from } : {}), ...(filters.to ? { to: filters.to } : {}), ...(filters.minGrade ? { minGrade: filters.minGrade } : {}) };
}

/**
 * The node limit of an expansion: EXPANSION_NODE_LIMIT, unless the page was opened with
 * `#nodeLimit=N` in its address (at most the service's own limit). The benchmark (bench/explorer)
 * draws neighbourhoods of 500 and 2,000 nodes this way, through the same expansion a click runs;
 * the service still prices and refuses the request as any other.
 */
export function expansionNodeLimit(hash: string): number {
  const asked = new URLSearchParams(hash.replace(/^#/, '')).get('nodeLimit');
  const limit = asked === null ? NaN : Number(asked);
  return Number.isInteger(limit) && limit >= 1 ? Math.min(limit, SERVICE_NODE_LIMIT) : EXPANSION_NODE_LIMIT;
}
