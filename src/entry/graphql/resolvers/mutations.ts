/**
 * create<T> and update<T> for every record type T of records v1 (schema/mutations.graphql), all
 * generated from the one implementation in record-mutation.ts: the type name parameterises it.
 */
import type { MutationResolvers, Resolvers } from '../../../generated/graphql';
import { RECORD_TYPE_NAMES } from '../../../foundations/model/record-types';
import type { RecordType } from '../../../storage/records/schemas';
import type { Context } from '../context';
import { mutateRecord, type MutationMode } from './record-mutation';

const resolver = (type: RecordType, mode: MutationMode) => (_parent: unknown, args: { input: object }, ctx: Context) => mutateRecord(ctx, type, mode, args.input);

const mutationFields = Object.fromEntries(
  RECORD_TYPE_NAMES.flatMap((type) => [
    [`create${type}`, resolver(type, 'create')],
    [`update${type}`, resolver(type, 'update')],
  ]),
) as MutationResolvers;

export const mutationResolvers: Resolvers = {
  Mutation: mutationFields,
};
