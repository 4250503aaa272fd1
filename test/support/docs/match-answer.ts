/**
 * Compares an answer the service gave with the answer a document shows, so the documentation
 * cannot drift from the product. Exact, except for what the documents mark as elided:
 *
 * - `"…"` as an array item stands for any number of items (none included) at that place;
 * - a string ending in `…` matches any string that starts with the text before it;
 * - a placeholder string in angle brackets (`"<id>"`, `"<token>"`, `"<time>"`, `"<sha256>"`,
 *   `"<any>"`) matches any value; `"<number>"` any number.
 *
 * Objects must have exactly the keys shown, arrays the items shown in that order.
 */

export const ELLIPSIS = '…';

const PLACEHOLDER = /^<(id|token|time|sha256|any|number)>$/;

/** Where an answer differs from the document, as `path: why` lines; empty when it matches. */
export function answerMismatches(shown: unknown, actual: unknown, path = '$'): string[] {
  if (typeof shown === 'string') return stringMismatches(shown, actual, path);
  if (Array.isArray(shown)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${describe(actual)}`];
    return arrayMatches(shown, actual, 0, 0, path) ? [] : arrayMismatches(shown, actual, path);
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [`${path}: expected an object, got ${describe(actual)}`];
    return objectMismatches(shown as Record<string, unknown>, actual as Record<string, unknown>, path);
  }
  return Object.is(shown, actual) ? [] : [`${path}: expected ${describe(shown)}, got ${describe(actual)}`];
}

function stringMismatches(shown: string, actual: unknown, path: string): string[] {
  const placeholder = PLACEHOLDER.exec(shown)?.[1];
  if (placeholder === 'any') return [];
  if (placeholder === 'number') return typeof actual === 'number' ? [] : [`${path}: expected a number, got ${describe(actual)}`];
  if (placeholder) return typeof actual === 'string' && actual.length > 0 ? [] : [`${path}: expected ${shown}, got ${describe(actual)}`];
  if (typeof actual !== 'string') return [`${path}: expected ${describe(shown)}, got ${describe(actual)}`];
  if (shown.endsWith(ELLIPSIS) && shown !== ELLIPSIS) {
    const prefix = shown.slice(0, -ELLIPSIS.length);
    return actual.startsWith(prefix) ? [] : [`${path}: expected a string starting ${describe(prefix)}, got ${describe(actual)}`];
  }
  return shown === actual ? [] : [`${path}: expected ${describe(shown)}, got ${describe(actual)}`];
}

function objectMismatches(shown: Record<string, unknown>, actual: Record<string, unknown>, path: string): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(shown)) {
    if (!(key in actual)) problems.push(`${path}.${key}: shown but missing from the answer`);
    else problems.push(...answerMismatches(shown[key], actual[key], `${path}.${key}`));
  }
  for (const key of Object.keys(actual)) if (!(key in shown)) problems.push(`${path}.${key}: in the answer (${describe(actual[key])}) but not shown`);
  return problems;
}

/** Whether `actual[j…]` matches `shown[i…]`, an ELLIPSIS item standing for any run of items. */
function arrayMatches(shown: unknown[], actual: unknown[], i: number, j: number, path: string): boolean {
  if (i === shown.length) return j === actual.length;
  if (shown[i] === ELLIPSIS) {
    for (let k = j; k <= actual.length; k++) if (arrayMatches(shown, actual, i + 1, k, path)) return true;
    return false;
  }
  return j < actual.length && answerMismatches(shown[i], actual[j], `${path}[${j}]`).length === 0 && arrayMatches(shown, actual, i + 1, j + 1, path);
}

/** Explains an array that does not match: item by item while there is no ellipsis, else as a whole. */
function arrayMismatches(shown: unknown[], actual: unknown[], path: string): string[] {
  if (!shown.includes(ELLIPSIS)) {
    if (shown.length !== actual.length) return [`${path}: expected ${shown.length} items, got ${actual.length}: ${describe(actual)}`];
    return shown.flatMap((item, k) => answerMismatches(item, actual[k], `${path}[${k}]`));
  }
  return [`${path}: no way to match the items shown (with "${ELLIPSIS}" for any run of items) to the ${actual.length} items of the answer: ${describe(actual)}`];
}

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}
