/**
 * Measures remembered per document: a client asks the same operation over and over with a handful
 * of variable values, and measuring walks the whole selection every time. Apollo hands every
 * request with the same query text the same parsed document (its document cache), so measures are
 * kept beside that document (a WeakMap: they go when Apollo drops it), keyed by the operation and
 * the variables' values, and forgotten as soon as the list estimates are read again. A measure is
 * a pure function of those (and the schema, fixed for the server's life), so a remembered one is
 * exactly the one measuring again would give.
 */
import type { DocumentNode, OperationDefinitionNode } from 'graphql';
import type { ListEstimates } from './list-estimates';
import type { Measure } from './measure';
import type { VariableValues } from './argument-values';

/** Variable sets remembered per document; the oldest goes first. */
const PER_DOCUMENT = 64;
/** Variables whose JSON is longer (an import's records) are measured every time, never kept. */
const MAX_KEY_CHARS = 2_000;

interface Remembered {
  estimates: ListEstimates;
  measures: Map<string, Measure>;
}

export class MeasureCache {
  private readonly byDocument = new WeakMap<DocumentNode, Remembered>();

  /** The measure of `operation` with `variables` under `estimates`: remembered, or `measure()` now. */
  get(document: DocumentNode, operation: OperationDefinitionNode, variables: VariableValues, estimates: ListEstimates, measure: () => Measure): Measure {
    const key = keyOf(operation, variables);
    if (key === undefined) return measure();
    let remembered = this.byDocument.get(document);
    if (!remembered || remembered.estimates !== estimates) {
      remembered = { estimates, measures: new Map() };
      this.byDocument.set(document, remembered);
    }
    const known = remembered.measures.get(key);
    if (known) return known;
    const fresh = measure();
    if (remembered.measures.size >= PER_DOCUMENT) remembered.measures.delete(remembered.measures.keys().next().value!);
    remembered.measures.set(key, fresh);
    return fresh;
  }
}

/** The operation's name and the variables as JSON; undefined when too long to keep. */
function keyOf(operation: OperationDefinitionNode, variables: VariableValues): string | undefined {
  let json: string;
  try {
    json = JSON.stringify(variables);
  } catch {
    return undefined;
  }
  const key = `${operation.name?.value ?? ''}\n${json}`;
  return key.length > MAX_KEY_CHARS ? undefined : key;
}
