/**
 * Element coverage (docs/case-matrix.md): what each allegation has proved, element by element, and
 * the case matrix of an accused. Results are plain objects carrying ids; see types.ts.
 */
export { elementCoverage, type CoverageOptions } from './element-coverage';
export { caseMatrix } from './case-matrix';
export { configureCoverage, defaultThresholds, describeThresholds, thresholdsFor } from './thresholds';
export { DERIVATION_RULES, CITED, MODE_ARTICLES, mostDerivedElements, type DerivationRule } from './rules';
export { rulesTableMarkdown } from './rules-table';
export type * from './types';
