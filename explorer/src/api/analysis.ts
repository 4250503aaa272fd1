/**
 * The explorer's analysis operations (time, timeline, paths, metrics, a drawing asked again), each
 * typed by graphql-codegen from its .graphql file. A document using another file's fragments is
 * sent with that file (every fragment of it is used by one of its operations, as validation wants).
 */
import chainDocument from './queries/chain.graphql';
import neighborhoodDocument from './queries/neighborhood.graphql';
import metricsDocument from './queries/metrics.graphql';
import orgChartDocument from './queries/org-chart.graphql';
import pathsDocument from './queries/paths.graphql';
import recordDocument from './queries/record.graphql';
import timeDocument from './queries/time.graphql';
import timelineDocument from './queries/timeline.graphql';
import { request } from './client';
import type {
  ChainChangesQuery,
  ChainChangesQueryVariables,
  ChartChangesQuery,
  ChartChangesQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  NetworkMetricsQuery,
  NetworkMetricsQueryVariables,
  OrganizationChartQuery,
  OrganizationChartQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from './generated';

const withFragments = (...documents: string[]) => documents.join('\n');

export const analysisApi = {
  chainChanges: (variables: ChainChangesQueryVariables) => request<ChainChangesQuery, ChainChangesQueryVariables>(timeDocument, 'ChainChanges', variables),
  chartChanges: (variables: ChartChangesQueryVariables) => request<ChartChangesQuery, ChartChangesQueryVariables>(timeDocument, 'ChartChanges', variables),
  organizationChart: (variables: OrganizationChartQueryVariables) =>
    request<OrganizationChartQuery, OrganizationChartQueryVariables>(withFragments(orgChartDocument, chainDocument), 'OrganizationChart', variables),
  timeline: (entityId: string) => request<TimelineQuery, TimelineQueryVariables>(withFragments(timelineDocument, recordDocument), 'Timeline', { entityId }),
  paths: (variables: PathsQueryVariables) => request<PathsQuery, PathsQueryVariables>(withFragments(pathsDocument, neighborhoodDocument, recordDocument), 'Paths', variables),
  networkMetrics: (variables: NetworkMetricsQueryVariables) => request<NetworkMetricsQuery, NetworkMetricsQueryVariables>(metricsDocument, 'NetworkMetrics', variables),
  /** Records and the links among them (hops 0): a drawing asked again, as this viewer may see it. */
  drawing: (variables: Omit<NeighborhoodQueryVariables, 'hops'>) => request<NeighborhoodQuery, NeighborhoodQueryVariables>(neighborhoodDocument, 'Neighborhood', { ...variables, hops: 0 }),
};

export type OrganizationChartAnswer = OrganizationChartQuery['organizationChart'];
export type TimelineEntry = TimelineQuery['timeline'][number];
export type FoundPath = PathsQuery['paths'][number];
export type Metrics = NetworkMetricsQuery['networkMetrics'];
