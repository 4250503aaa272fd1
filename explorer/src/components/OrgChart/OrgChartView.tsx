/**
 * An organisation chart at a date: whom an organisation answers to (upward) or what answers to it
 * (downward), drawn as the chain of command is, with the date slider, what changed since the date
 * before, and the evidence of whatever is clicked.
 */
import { useMemo } from 'preact/hooks';
import { closeChart, openChart } from '../../commands/org-chart';
import { chartTime } from '../../commands/time';
import { chartToDrawing } from '../../core/org-chart/actions';
import { chartStore } from '../../core/org-chart/state';
import type { ChartDirection, ChartViewState } from '../../core/org-chart/types';
import { markChanges } from '../../core/time/marking';
import { chartTimeStore } from '../../core/time/state';
import { ChainBody } from '../Chain/ChainView';
import { MinimumGradeSelect } from '../MinimumGrade/MinimumGradeSelect';
import { TimeSlider } from '../Time/TimeSlider';
import { useStore } from '../use-store';

export function OrgChartView() {
  const state = useStore(chartStore);
  return state ? <ChartDialog key={state.organizationId} state={state} /> : null;
}

function ChartDialog({ state }: { state: ChartViewState }) {
  const time = useStore(chartTimeStore);
  const drawing = useMemo(() => (state.chart ? markChanges(chartToDrawing(state.chart), time?.diff ?? null) : null), [state.chart, time?.diff]);
  const chart = state.chart;
  return (
    <div class="overlay" role="dialog" aria-modal="true" aria-label="Organisation chart">
      <div class="overlay-box chain-view org-chart-view">
        <header class="overlay-head">
          <h2>Organisation chart{chart ? `: ${chart.organization.name}` : ''}</h2>
          <label>
            Direction{' '}
            <select
              aria-label="Direction of the chart"
              value={state.direction}
              onChange={(e) => void openChart(state.organizationId, { direction: (e.target as HTMLSelectElement).value as ChartDirection })}
            >
              <option value="UP">above it (whom it answers to)</option>
              <option value="DOWN">below it (what answers to it)</option>
            </select>
          </label>
          <MinimumGradeSelect
            ariaLabel="Minimum grade of the chart"
            value={state.minGrade}
            onChange={(e) => void openChart(state.organizationId, { minGrade: (e.target as HTMLSelectElement).value || null })}
          />
          <button type="button" onClick={closeChart}>
            Close
          </button>
        </header>
        <TimeSlider view={chartTime} subject={chartTime.subject()} />
        {state.loading && <p class="muted">Asking the service…</p>}
        {state.problem && (
          <p class="problem" role="alert">
            {state.problem}
          </p>
        )}
        <ChainBody drawing={drawing} time={chartTime} />
      </div>
    </div>
  );
}
