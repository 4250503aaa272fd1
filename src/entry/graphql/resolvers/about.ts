import type { Resolvers } from '../../../generated/graphql';
import { version } from '../../../foundations/version';

export const aboutResolvers: Resolvers = {
  Query: {
    about: async (_parent, _args, { graph }) => {
      const [row] = await graph.read<{ records: number; migrations: string[] }>('about/summary');
      return { name: 'evidence-graph', version, recordCount: row?.records ?? 0, migrations: row?.migrations ?? [] };
    },
  },
};
