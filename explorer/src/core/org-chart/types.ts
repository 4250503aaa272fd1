/** An organisation chart at a date (`organizationChart`), with each organisation's commanders asked separately. */
import type { ChainCommander, ChainLink } from '../chain/types';

export type ChartDirection = 'UP' | 'DOWN';

export interface ChartAnswer {
  at: string;
  direction: ChartDirection;
  depth: number;
  minGrade: string | null;
  depthLimited: boolean;
  organization: { id: string; name: string; shortName: string | null };
  levels: readonly {
    level: number;
    organizations: readonly { organization: { id: string; name: string; shortName: string | null }; pathGrade: string | null; commanders: readonly ChainCommander[] }[];
  }[];
  links: readonly ChainLink[];
  cycles: readonly { cutAt: string; organizations: readonly { id: string; name: string }[] }[];
  excluded: readonly { kind: string; id: string; reason: string }[];
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
