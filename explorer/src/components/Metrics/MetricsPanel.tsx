/**
 * Network metrics on the canvas: size nodes by degree or betweenness, colour them by Louvain
 * community (as the service computes them on what is drawn, the graph exports' own metrics), with a
 * legend of the communities; colour by kind again with one click.
 */
import { showMetrics } from '../../commands/metrics';
import { graphStore } from '../../core/graph/state';
import { COMMUNITY_COLOURS, communityLegend } from '../../core/metrics/actions';
import { metricsStore } from '../../core/metrics/state';
import type { ColourBy, SizeBy } from '../../core/metrics/types';
import { useStore } from '../use-store';

const SIZES: { value: SizeBy; title: string }[] = [
  { value: 'none', title: 'all alike' },
  { value: 'degree', title: 'degree (links drawn)' },
  { value: 'betweenness', title: 'betweenness' },
];

function CommunityLegend() {
  const metrics = useStore(metricsStore);
  const graph = useStore(graphStore);
  if (metrics.colourBy !== 'community' || !metrics.values) return null;
  const labels = Object.fromEntries(Object.values(graph.nodes).map((n) => [n.id, n.shortLabel ?? n.label]));
  const entries = communityLegend(metrics.values, labels);
  return (
    <div class="community-legend" aria-label="Communities">
      <p class="muted">
        {metrics.communityCount} communit{metrics.communityCount === 1 ? 'y' : 'ies'} (Louvain) · modularity {metrics.modularity.toFixed(2)} · {metrics.edgeCount} links
        {metrics.communityCount > COMMUNITY_COLOURS.length ? ` · colours repeat past the ${COMMUNITY_COLOURS.length}th` : ''}
      </p>
      <ul>
        {entries.map((c) => (
          <li key={c.community} class="community" data-community={c.community}>
            <svg width="14" height="14" aria-hidden="true">
              <circle cx="7" cy="7" r="6" fill={c.colour} stroke="#1a202c" stroke-width="0.8" />
            </svg>{' '}
            community {c.community + 1}: {c.count} · {c.examples.join(', ')}
          </li>
        ))}
      </ul>
      <button type="button" class="link metrics-kind" onClick={() => showMetrics({ colourBy: 'kind' })}>
        colour by kind again
      </button>
    </div>
  );
}

export function MetricsPanel() {
  const metrics = useStore(metricsStore);
  return (
    <fieldset class="metrics" aria-label="Network metrics">
      <legend>Network metrics</legend>
      <label>
        Size by{' '}
        <select aria-label="Size nodes by" value={metrics.sizeBy} onChange={(e) => showMetrics({ sizeBy: (e.target as HTMLSelectElement).value as SizeBy })}>
          {SIZES.map((s) => (
            <option key={s.value} value={s.value}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        Colour by{' '}
        <select aria-label="Colour nodes by" value={metrics.colourBy} onChange={(e) => showMetrics({ colourBy: (e.target as HTMLSelectElement).value as ColourBy })}>
          <option value="kind">kind</option>
          <option value="community">community (Louvain)</option>
        </select>
      </label>
      {metrics.loading && <p class="muted">Measuring…</p>}
      <CommunityLegend />
    </fieldset>
  );
}
