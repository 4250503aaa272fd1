/**
 * Argument values as a resolver will see them, worked out before execution for the cost measure:
 * a literal, or a variable's value as the request gives it (else the operation's default for it);
 * an argument left out, or given a variable the request leaves out, takes the schema's default.
 * Values are not coerced: a variable of the wrong type is refused later, at execution, and here
 * simply does not read as a number (list-sizes.ts then uses the default).
 */
import { valueFromASTUntyped, type FieldNode, type GraphQLField, type OperationDefinitionNode } from 'graphql';

export type VariableValues = Readonly<Record<string, unknown>>;

/** The request's variable values, with the operation's defaults for those it does not give. */
export function variableValues(operation: OperationDefinitionNode, given: VariableValues): VariableValues {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (definition.defaultValue) values[name] = valueFromASTUntyped(definition.defaultValue);
  }
  for (const [name, value] of Object.entries(given)) if (value !== undefined) values[name] = value;
  return values;
}

/** The values of the arguments `definition` declares, as selected by `node`. */
export function argumentValues(definition: GraphQLField<unknown, unknown>, node: FieldNode, variables: VariableValues): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of definition.args) {
    const given = node.arguments?.find((a) => a.name.value === arg.name)?.value;
    const value = given ? valueFromASTUntyped(given, variables) : undefined;
    values[arg.name] = value === undefined ? arg.defaultValue : value;
  }
  return values;
}
