import type { Resolvers } from '../../../generated/graphql';
import { DateScalar } from '../scalars/date';
import { GradeScalar } from '../scalars/grade';
import { JsonScalar } from '../scalars/json';
import { aboutResolvers } from './about';
import { auditResolvers } from './audit';
import { chainResolvers } from './chain';
import { chainChangesResolvers } from './chain-changes';
import { coverageResolvers } from './coverage';
import { importResolvers } from './import';
import { eventResolvers } from './event';
import { exportResolvers } from './exports';
import { factResolvers } from './facts';
import { lawResolvers } from './law';
import { metricsResolvers } from './metrics';
import { mutationResolvers } from './mutations';
import { neighborhoodResolvers } from './neighborhood';
import { nodeResolvers } from './node';
import { organizationResolvers } from './organization';
import { pathResolvers } from './paths';
import { personResolvers } from './person';
import { placeResolvers } from './place';
import { searchResolvers } from './search';
import { sourceResolvers } from './source';
import { statisticsResolvers } from './statistics';
import { timelineResolvers } from './timeline';
import { viewerResolvers } from './viewer';

/** Every concept's resolvers; each concept keeps its own file. */
export const resolvers: Resolvers[] = [
  { Date: DateScalar, Grade: GradeScalar, JSON: JsonScalar },
  aboutResolvers,
  nodeResolvers,
  sourceResolvers,
  personResolvers,
  organizationResolvers,
  placeResolvers,
  eventResolvers,
  factResolvers,
  lawResolvers,
  searchResolvers,
  timelineResolvers,
  statisticsResolvers,
  chainResolvers,
  chainChangesResolvers,
  coverageResolvers,
  neighborhoodResolvers,
  metricsResolvers,
  pathResolvers,
  mutationResolvers,
  importResolvers,
  auditResolvers,
  exportResolvers,
  viewerResolvers,
];
