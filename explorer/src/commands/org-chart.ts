/**
 * The organisation chart view: open it for an organisation, upward (whom it answers to) or downward
 * (what answers to it), at a date and a minimum grade; one request brings the chart with its
 * organisations' commanders, as the chain's does.
 */
import { analysisApi } from '../api/analysis';
import { readableError } from '../core/errors/errors';
import { errorStore } from '../core/errors/state';
import { today } from '../core/org-chart/actions';
import { chartStore } from '../core/org-chart/state';
import type { ChartAnswer, ChartDirection } from '../core/org-chart/types';
import { chartTimeStore } from '../core/time/state';
import { reporting } from './report';

async function readChart(organizationId: string, direction: ChartDirection, at: string, minGrade: string | null): Promise<ChartAnswer> {
  const { organizationChart } = await analysisApi.organizationChart({ organizationId, at, direction, ...(minGrade ? { minGrade } : {}) });
  return organizationChart;
}

export async function openChart(organizationId: string, options: { direction?: ChartDirection; at?: string | null; minGrade?: string | null } = {}): Promise<void> {
  const previous = chartStore.get();
  const same = previous?.organizationId === organizationId;
  const direction = options.direction ?? (same ? previous.direction : 'UP');
  const at = options.at ?? (same ? previous.at : today());
  const minGrade = options.minGrade !== undefined ? options.minGrade : same ? previous.minGrade : null;
  const asked = { organizationId, direction, at, minGrade };
  chartStore.set({ ...asked, loading: true, problem: null, chart: same ? previous.chart : null });
  const current = () => {
    const now = chartStore.get();
    return !!now && now.organizationId === organizationId && now.direction === direction && now.at === at && now.minGrade === minGrade;
  };
  const chart = await reporting(`reading the organisation chart of ${organizationId}`, () => readChart(organizationId, direction, at, minGrade));
  if (!current()) return;
  chartStore.set({ ...asked, loading: false, problem: chart ? null : readableError(errorStore.get()?.error ?? { code: 'INTERNAL', message: 'no answer' }), chart: chart ?? null });
}

export function closeChart(): void {
  chartStore.set(null);
  chartTimeStore.set(null);
}
