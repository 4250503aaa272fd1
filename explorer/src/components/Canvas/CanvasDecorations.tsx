/**
 * Applies what the analysis panels draw on the canvas after every change of what is drawn: the
 * highlight (a path, a fact of a timeline) and the network metrics (sizes, community colours),
 * asked again of the service when the canvas changed.
 */
import { useEffect } from 'preact/hooks';
import { refreshMetrics } from '../../commands/metrics';
import { filtersStore } from '../../core/filters/state';
import { graphStore } from '../../core/graph/state';
import { highlightStore } from '../../core/highlight/state';
import { decorations } from '../../core/metrics/actions';
import { metricsStore } from '../../core/metrics/state';
import { useStore } from '../use-store';
import { canvas } from './canvas-instance';

export function CanvasDecorations() {
  const graph = useStore(graphStore);
  const filters = useStore(filtersStore);
  const highlight = useStore(highlightStore);
  const metrics = useStore(metricsStore);

  useEffect(() => {
    const cy = canvas();
    if (!cy) return;
    cy.batch(() => {
      cy.elements('.highlighted').removeClass('highlighted');
      for (const id of highlight?.ids ?? []) cy.getElementById(id).addClass('highlighted');
    });
  }, [graph, highlight]);

  useEffect(() => {
    void refreshMetrics();
  }, [graph, filters, metrics.sizeBy, metrics.colourBy]);

  useEffect(() => {
    const cy = canvas();
    if (!cy) return;
    const looks = decorations(metrics);
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const look = looks[n.id()];
        n.toggleClass('sized', look?.size !== undefined);
        n.toggleClass('by-community', look?.colour !== undefined);
        if (look?.size !== undefined) n.data('size', look.size);
        if (look?.colour !== undefined) n.data('communityColour', look.colour);
      });
    });
  }, [graph, metrics]);

  if (!highlight) return null;
  return (
    <p class="canvas-caption" aria-live="polite">
      Highlighted: {highlight.reason}{' '}
      <button type="button" class="link" onClick={() => highlightStore.set(null)}>
        clear
      </button>
    </p>
  );
}
