/**
 * The fields an operation selects on each object type, anywhere in it: through fragments, and on
 * abstract types (a field selected on `Node` or `Actor` counts for every type that may stand
 * there). Fragments the operation never spreads count too, and @skip/@include are not evaluated:
 * a field counted that is not resolved only means a property read that goes unused.
 * Remembered per operation: Apollo hands every request with the same query text the same parsed
 * document, and the answer depends on nothing else (the schema is fixed for the server's life).
 */
import { isAbstractType, TypeInfo, visit, visitWithTypeInfo, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';

/** Object type name → the names of the fields selected on it (`__typename` and the like left out). */
export type FieldsByType = ReadonlyMap<string, ReadonlySet<string>>;

const remembered = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, FieldsByType>>();

export function fieldsByType(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Readonly<Record<string, FragmentDefinitionNode>>): FieldsByType {
  let ofSchema = remembered.get(schema);
  if (!ofSchema) remembered.set(schema, (ofSchema = new WeakMap()));
  let fields = ofSchema.get(operation);
  if (!fields) ofSchema.set(operation, (fields = collect(schema, [operation, ...Object.values(fragments)])));
  return fields;
}

function collect(schema: GraphQLSchema, definitions: readonly (OperationDefinitionNode | FragmentDefinitionNode)[]): FieldsByType {
  const byType = new Map<string, Set<string>>();
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (!parent || node.name.value.startsWith('__')) return;
      for (const type of isAbstractType(parent) ? schema.getPossibleTypes(parent) : [parent]) {
        let names = byType.get(type.name);
        if (!names) byType.set(type.name, (names = new Set()));
        names.add(node.name.value);
      }
    },
  });
  for (const definition of definitions) visit(definition, visitor);
  return byType;
}
