/** An allegation's element coverage, for its panel (components/Matrix). */
import matrixDocument from './queries/matrix.graphql';
import { request } from './client';
import type { ElementCoverageQuery, ElementCoverageQueryVariables } from './generated';

export type Coverage = ElementCoverageQuery['elementCoverage'];

export async function elementCoverage(allegationId: string): Promise<Coverage> {
  return (await request<ElementCoverageQuery, ElementCoverageQueryVariables>(matrixDocument, 'ElementCoverage', { allegationId })).elementCoverage;
}
