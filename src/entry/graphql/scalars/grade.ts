import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../../../foundations/errors';
import { gradeProblem } from '../../../foundations/model/grades';

function check(value: unknown): string {
  const problem = typeof value === 'string' ? gradeProblem(value) : 'a Grade must be a string such as "B2"';
  if (problem) throw new GraphQLError(problem, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
  return value as string;
}

/** Admiralty grades such as "B2". */
export const GradeScalar = new GraphQLScalarType({
  name: 'Grade',
  serialize: (v) => v,
  parseValue: check,
  parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : null),
});
