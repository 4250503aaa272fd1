/** The explorer's GraphQL operations, each typed by graphql-codegen from its .graphql file. */
import chainDocument from './queries/chain.graphql';
import exportsDocument from './queries/exports.graphql';
import neighborhoodDocument from './queries/neighborhood.graphql';
import recordDocument from './queries/record.graphql';
import searchDocument from './queries/search.graphql';
import viewerDocument from './queries/viewer.graphql';
import { request } from './client';
import type {
  ChainOfCommandQuery,
  ChainOfCommandQueryVariables,
  ExportJobQuery,
  ExportJobQueryVariables,
  NeighborCountsQuery,
  NeighborCountsQueryVariables,
  NeighborhoodQuery,
  NeighborhoodQueryVariables,
  RecordQuery,
  RecordQueryVariables,
  SearchQuery,
  SearchQueryVariables,
  StartExportMutation,
  StartExportMutationVariables,
  ViewerQuery,
  ViewerQueryVariables,
} from './generated';

export const api = {
  viewer: () => request<ViewerQuery, ViewerQueryVariables>(viewerDocument, 'Viewer', {}),
  search: (variables: SearchQueryVariables) => request<SearchQuery, SearchQueryVariables>(searchDocument, 'Search', variables),
  neighborhood: (variables: NeighborhoodQueryVariables) => request<NeighborhoodQuery, NeighborhoodQueryVariables>(neighborhoodDocument, 'Neighborhood', variables),
  neighborCounts: (variables: NeighborCountsQueryVariables) => request<NeighborCountsQuery, NeighborCountsQueryVariables>(neighborhoodDocument, 'NeighborCounts', variables),
  record: (id: string) => request<RecordQuery, RecordQueryVariables>(recordDocument, 'Record', { id }),
  chainOfCommand: (variables: ChainOfCommandQueryVariables) => request<ChainOfCommandQuery, ChainOfCommandQueryVariables>(chainDocument, 'ChainOfCommand', variables),
  startExport: (variables: StartExportMutationVariables) => request<StartExportMutation, StartExportMutationVariables>(exportsDocument, 'StartExport', variables),
  exportJob: (id: string) => request<ExportJobQuery, ExportJobQueryVariables>(exportsDocument, 'ExportJob', { id }),
};

export type SearchHit = SearchQuery['search'][number];
export type RecordNode = NonNullable<RecordQuery['node']>;
export type Chain = ChainOfCommandQuery['chainOfCommand'];
export type ExportJobFields = StartExportMutation['startExport'];
