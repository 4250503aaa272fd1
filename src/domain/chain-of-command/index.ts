/**
 * The chain-of-command domain layer, called by the GraphQL resolvers. Results
 * are plain objects carrying ids plus all the evidence; see types.ts.
 */
export { chainOfCommand, type ChainOptions } from './chain';
export { commandersAt, type CommandersAtOptions } from './commanders';
export { organizationChart, type OrganizationChartOptions } from './org-chart';
export { superiorResponsibility } from './superior-responsibility';
export { DEFAULT_DEPTH, MAX_DEPTH } from './options';
export type * from './types';
export type { ChainReadOptions, ShownKinds } from './load';
export { chainOfCommandChanges, organizationChartChanges, type CommandChanges, type FactBoundary } from './changes';
