import type { Resolvers } from '../../generated/graphql';
import { DateScalar } from '../scalars/date';
import { aboutResolvers } from './about';

/** Every concept's resolvers; each concept keeps its own file. */
export const resolvers: Resolvers[] = [{ Date: DateScalar }, aboutResolvers];
