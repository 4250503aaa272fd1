/**
 * Remembered measures (src/entry/graphql/limits/measure-cache.ts): a remembered measure is the one
 * measuring again would give, so it is reused only for the same document, operation, variables and
 * estimates, and never for variables too long to keep.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildSchema } from '../../src/entry/graphql/schema';
import { NO_ESTIMATES, type ListEstimates } from '../../src/entry/graphql/limits/list-estimates';
import { measureOperation } from '../../src/entry/graphql/limits/measure';
import { MeasureCache } from '../../src/entry/graphql/limits/measure-cache';

const schema = buildSchema();
const document = parse('query Q($n: Int) { events(first: $n) { edges { node { id } } } }');
const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

/** A cache and a counter of the measures it had to take. */
function counting() {
  const cache = new MeasureCache();
  let taken = 0;
  const get = (variables: Record<string, unknown>, estimates: ListEstimates = NO_ESTIMATES) =>
    cache.get(document, operation, variables, estimates, () => {
      taken += 1;
      return measureOperation(schema, document, operation, variables, estimates);
    });
  return { get, taken: () => taken };
}

describe('remembered query measures', () => {
  it('measures a document once per set of variables, and gives what measuring again gives', () => {
    const c = counting();
    const few = c.get({ n: 2 });
    const many = c.get({ n: 200 });
    expect(c.get({ n: 2 })).toBe(few);
    expect(c.get({ n: 200 })).toBe(many);
    expect(c.taken()).toBe(2);
    expect(few).toEqual(measureOperation(schema, document, operation, { n: 2 }, NO_ESTIMATES));
    expect(many.cost).toBeGreaterThan(few.cost);
  });

  it('measures again once the estimates are read again', () => {
    const c = counting();
    c.get({ n: 2 });
    c.get({ n: 2 }, { ...NO_ESTIMATES });
    expect(c.taken()).toBe(2);
  });

  it('never keeps the measure of variables too long to remember', () => {
    const c = counting();
    const long = { n: 2, pad: 'x'.repeat(5_000) };
    c.get(long);
    c.get(long);
    expect(c.taken()).toBe(2);
  });
});
