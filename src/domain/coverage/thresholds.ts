/**
 * The thresholds below which an element's evidence is WEAK: COVERAGE_MIN_GRADE and
 * COVERAGE_MIN_PUBLISHERS from the configuration (installed by the service at start-up; read once
 * from the environment otherwise), overridable per question and always shown in the answer.
 */
import { loadConfig, type Config } from '../../foundations/config/environment';
import { AppError } from '../../foundations/errors';
import { gradeProblem } from '../../foundations/model/grades';
import type { CoverageThresholds } from './types';

let configured: CoverageThresholds | undefined;

export function configureCoverage(config: Pick<Config, 'coverage'>): void {
  configured = { minGrade: config.coverage.minGrade, minPublishers: config.coverage.minPublishers };
}

export function defaultThresholds(): CoverageThresholds {
  if (!configured) configureCoverage(loadConfig());
  return configured!;
}

export interface ThresholdOverrides {
  minGrade?: string | null;
  minPublishers?: number | null;
}

/** The configured thresholds with the question's overrides, checked. */
export function thresholdsFor(overrides: ThresholdOverrides = {}): CoverageThresholds {
  const base = defaultThresholds();
  const minGrade = overrides.minGrade ?? base.minGrade;
  const problem = gradeProblem(minGrade);
  if (problem) throw AppError.badInput('minGrade', problem);
  const minPublishers = overrides.minPublishers ?? base.minPublishers;
  if (!Number.isInteger(minPublishers) || minPublishers < 1 || minPublishers > 20) throw AppError.badInput('minPublishers', `must be a whole number from 1 to 20, got ${minPublishers}`);
  return { minGrade, minPublishers };
}

/** The thresholds in words, as every answer shows them. */
export function describeThresholds(t: CoverageThresholds): string {
  return `SUPPORTED needs evidence from at least ${t.minPublishers} independent publisher${t.minPublishers === 1 ? '' : 's'} at grade ${t.minGrade} or better; less is WEAK`;
}
