import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../../../foundations/errors';
import { partialDateProblem } from '../../../foundations/model/partial-date';

function check(value: unknown): string {
  if (typeof value !== 'string') throw new GraphQLError(`Date must be a string such as "2021", "2021-07" or "2021-07-14"`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  const problem = partialDateProblem(value);
  if (problem) throw new GraphQLError(problem, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return value;
}

/** Full or partial ISO 8601 dates, kept with their precision. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => v,
  parseValue: check,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string literal', { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    return check(ast.value);
  },
});
