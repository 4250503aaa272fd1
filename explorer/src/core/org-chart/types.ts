/** An organisation chart at a date (`organizationChart`), its organisations' commanders in the same answer. */
import type { CommandStructure } from '../chain/types';

export type ChartDirection = 'UP' | 'DOWN';

export interface ChartAnswer extends CommandStructure {
  at: string;
  direction: ChartDirection;
  depth: number;
  minGrade: string | null;
  depthLimited: boolean;
  organization: { id: string; name: string; shortName: string | null };
}

/** The chart view: which organisation, which way, at what date and grade, and the service's answer. */
export interface ChartViewState {
  organizationId: string;
  direction: ChartDirection;
  at: string;
  minGrade: string | null;
  loading: boolean;
  problem: string | null;
  chart: ChartAnswer | null;
}
